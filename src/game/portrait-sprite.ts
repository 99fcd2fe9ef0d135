import Phaser from 'phaser';
import { HALO_PAD } from './halo-texture';
import { DEPTH, type PortraitSlot } from './stage-layout';

/** Whether this buyer is talking, someone else is, or nobody on stage is (seller, narrator). */
export type Presence = 'speaking' | 'listening' | 'idle';

/** How the speaking buyer stands out: grows by `scale`, and glows around the outline. */
export interface Emphasis {
  readonly scale: number;
  readonly glow: boolean;
}

export interface PortraitLook {
  /** The texture of the current expression. */
  readonly face: string;
  /** The baked glow shown while speaking, or null for none. */
  readonly halo: string | null;
  /** The baked silhouette that dims the buyer while another speaks. */
  readonly shade: string;
  /** How much the portrait grows while its buyer speaks. */
  readonly speakingScale: number;
}

const FADE_MS = 250;
const BOUNCE_MS = 120;
const BOUNCE_SCALE = 1.06;
const PRESENCE_MS = 220;
/**
 * Buyers who listen while another speaks are in slightly less light (the shade's alpha). Kept
 * gentle: stronger, and a listener's skin would read darker than it is.
 */
const LISTENING_SHADE = 0.09;

/**
 * One buyer's portrait. A new expression fades in over the old one with a small bounce; the
 * speaking buyer grows slightly and glows while the listeners dim, so the eye finds the voice.
 */
export class PortraitSprite extends Phaser.GameObjects.Container {
  private readonly face: Phaser.GameObjects.Image;
  private readonly incoming: Phaser.GameObjects.Image;
  private readonly halo: Phaser.GameObjects.Image | null;
  private readonly shade: Phaser.GameObjects.Image;
  private readonly baseScale: number;
  private readonly speakingScale: number;
  private shownKey: string;

  constructor(scene: Phaser.Scene, slot: PortraitSlot, look: PortraitLook) {
    super(scene, slot.x, slot.bottom);
    this.face = new Phaser.GameObjects.Image(scene, 0, 0, look.face).setOrigin(0.5, 1);
    this.incoming = new Phaser.GameObjects.Image(scene, 0, 0, look.face).setOrigin(0.5, 1).setVisible(false);
    this.baseScale = slot.size / this.face.width;
    this.speakingScale = look.speakingScale;
    this.shownKey = look.face;
    this.halo = look.halo ? this.makeHalo(look.halo) : null;
    this.shade = new Phaser.GameObjects.Image(scene, 0, 0, look.shade).setOrigin(0.5, 1).setAlpha(0);
    for (const image of this.images()) image.setScale(this.baseScale);
    this.add(this.images()).setDepth(DEPTH.portrait);
    scene.add.existing(this);
  }

  /** Shows another expression texture; `animate` is false on a first draw. */
  showFace(textureKey: string, animate: boolean): void {
    if (textureKey === this.shownKey) return;
    this.shownKey = textureKey;
    const tweens = this.scene.tweens;
    tweens.killTweensOf([this.face, this.incoming]);
    // A fade interrupted half-way settles on the face it was bringing in.
    if (this.incoming.visible) this.face.setTexture(this.incoming.texture.key);
    for (const image of this.images()) image.setScale(this.baseScale);
    this.incoming.setVisible(false);
    if (!animate) {
      this.face.setTexture(textureKey);
      return;
    }
    // The new face fades in on top of an opaque old one: two half-transparent faces would let
    // the room show through the buyer mid-fade.
    this.incoming.setTexture(textureKey).setAlpha(0).setVisible(true);
    tweens.add({
      targets: this.incoming,
      alpha: 1,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        this.face.setTexture(textureKey);
        this.incoming.setVisible(false);
      },
    });
    tweens.add({
      targets: this.images(),
      scale: this.baseScale * BOUNCE_SCALE,
      duration: BOUNCE_MS,
      ease: 'Quad.easeOut',
      yoyo: true,
    });
  }

  setPresence(presence: Presence, animate: boolean): void {
    const speaking = presence === 'speaking';
    const scale = speaking ? this.speakingScale : 1;
    const shadeAlpha = presence === 'listening' ? LISTENING_SHADE : 0;
    const haloAlpha = speaking ? 1 : 0;
    const tweens = this.scene.tweens;
    tweens.killTweensOf(this);
    if (!animate) {
      this.setScale(scale);
      this.halo?.setAlpha(haloAlpha);
      this.shade.setAlpha(shadeAlpha);
      return;
    }
    tweens.add({ targets: this, scale, duration: PRESENCE_MS, ease: 'Sine.easeOut' });
    // Alphas are tweened here; the images' scale belongs to the bounce in showFace.
    if (this.halo) tweens.add({ targets: this.halo, alpha: haloAlpha, duration: PRESENCE_MS });
    tweens.add({ targets: this.shade, alpha: shadeAlpha, duration: PRESENCE_MS });
  }

  override destroy(fromScene?: boolean): void {
    this.scene?.tweens.killTweensOf([this, ...this.images()]);
    super.destroy(fromScene);
  }

  /** Behind the face, pivoting on the same point (the bust's bottom centre) so bounces agree. */
  private makeHalo(key: string): Phaser.GameObjects.Image {
    const halo = new Phaser.GameObjects.Image(this.scene, 0, 0, key);
    return halo.setOrigin(0.5, (halo.height - HALO_PAD) / halo.height).setAlpha(0);
  }

  /** Back to front: the shade lies over both faces, so a cross-fade stays evenly lit. */
  private images(): Phaser.GameObjects.Image[] {
    const faces = [this.face, this.incoming, this.shade];
    return this.halo ? [this.halo, ...faces] : faces;
  }
}
