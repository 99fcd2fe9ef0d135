import Phaser from 'phaser';
import { addLabel } from './label-text';
import { DEPTH } from './stage-layout';
import type { StageBuyer } from './stage-types';

const HEIGHT = 54;
const ACCENT = 0x2563eb;

/** A folded name card standing on the table in front of a buyer. */
export class NamePlate extends Phaser.GameObjects.Container {
  private readonly accent: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene, place: { x: number; y: number; width: number }, buyer: StageBuyer) {
    super(scene, place.x, place.y);
    const w = place.width;
    const card = scene.make.graphics({}, false);
    card.fillStyle(0x000000, 0.18).fillRoundedRect(-w / 2 + 3, -HEIGHT / 2 + 5, w, HEIGHT, 6);
    card.fillStyle(0xfbf8f2, 1).fillRoundedRect(-w / 2, -HEIGHT / 2, w, HEIGHT, 6);
    // The fold's shading: the card leans back slightly.
    card.fillStyle(0xe9e2d6, 1).fillRoundedRect(-w / 2, HEIGHT / 2 - 8, w, 8, { tl: 0, tr: 0, bl: 6, br: 6 });
    this.accent = scene.make.graphics({}, false);
    this.accent.fillStyle(ACCENT, 1).fillRoundedRect(-w / 2, -HEIGHT / 2, w, 5, { tl: 6, tr: 6, bl: 0, br: 0 });
    this.accent.setAlpha(0);
    const maxWidth = w - 16;
    const name = addLabel(scene, 0, -8, buyer.name, { size: 19, color: '#1f2937', bold: true, maxWidth });
    // Large enough for Chinese job titles to stay legible when the stage is shown at half size.
    const title = addLabel(scene, 0, 14, buyer.title, { size: 16, color: '#4b5563', maxWidth });
    this.add([card, this.accent, name, title]).setDepth(DEPTH.label);
    scene.add.existing(this);
  }

  setSpeaking(speaking: boolean, animate: boolean): void {
    const alpha = speaking ? 1 : 0;
    this.scene.tweens.killTweensOf(this.accent);
    if (animate) this.scene.tweens.add({ targets: this.accent, alpha, duration: 200 });
    else this.accent.setAlpha(alpha);
  }

  override destroy(fromScene?: boolean): void {
    this.scene?.tweens.killTweensOf(this.accent);
    super.destroy(fromScene);
  }
}
