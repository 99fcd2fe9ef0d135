import type Phaser from 'phaser';
import { addLabel } from './label-text';
import { roomKey } from './room-art';
import type { StageSet } from './stage-set';
import { DEPTH, callCards, type CallCard } from './stage-layout';
import type { StageBuyer } from './stage-types';
import { TALK_MS, VoiceMeter } from './voice-meter';

const ACCENT = 0x2563eb;
/** Where the disc sits in an avataaars 'circle' portrait, as fractions of its size. */
const DISC = { centreFromBottom: 120 / 280, radius: 120 / 280 } as const;

/** A phone call: each buyer is a call card with their photo disc, name and a voice meter. */
export function buildCallSet(scene: Phaser.Scene, buyers: readonly StageBuyer[]): StageSet {
  const cards = callCards(buyers.length);
  const backdrop = scene.add.image(0, 0, roomKey('phone', 'backdrop')).setOrigin(0).setDepth(DEPTH.backdrop);
  const frames = scene.add.graphics().setDepth(DEPTH.frame);
  for (const card of cards) drawCard(frames, card);
  const highlights = cards.map((card) => drawHighlight(scene, card));
  const rings = cards.map((card) => addRings(scene, card));
  const meters = cards.map(({ card, meterY }) =>
    new VoiceMeter(scene, card.x + card.width / 2, meterY, ACCENT).setDepth(DEPTH.label),
  );
  const labels = cards.flatMap(({ card, nameY }, i) => {
    const buyer = buyers[i] as StageBuyer;
    const x = card.x + card.width / 2;
    const maxWidth = card.width - 24;
    return [
      addLabel(scene, x, nameY, buyer.name, { size: Math.min(21, Math.round(card.width / 9)), color: '#0f172a', bold: true, maxWidth }),
      addLabel(scene, x, nameY + 26, buyer.title, { size: 14, color: '#5b6678', maxWidth }),
    ].map((label) => label.setDepth(DEPTH.label));
  });

  return {
    slots: cards.map((card) => card.portrait),
    variant: 'disc',
    emphasis: { scale: 1, glow: true },
    setPresence(index, presence, animate) {
      const speaking = presence === 'speaking';
      const highlight = highlights[index];
      if (!highlight) return;
      scene.tweens.killTweensOf(highlight);
      if (animate) scene.tweens.add({ targets: highlight, alpha: speaking ? 1 : 0, duration: 200 });
      else highlight.setAlpha(speaking ? 1 : 0);
      rings[index]?.ripple(speaking);
      meters[index]?.setTalking(speaking);
    },
    destroy() {
      scene.tweens.killTweensOf([...highlights, ...rings.flatMap((ring) => ring.container.list)]);
      for (const object of [backdrop, frames, ...highlights, ...rings.map((ring) => ring.container), ...meters, ...labels]) object.destroy();
    },
  };
}

function discCentre({ portrait }: CallCard): { y: number; radius: number } {
  return { y: portrait.bottom - portrait.size * DISC.centreFromBottom, radius: portrait.size * DISC.radius };
}

function drawCard(g: Phaser.GameObjects.Graphics, layout: CallCard): void {
  const { card } = layout;
  g.fillStyle(0x0f172a, 0.1).fillRoundedRect(card.x, card.y + 8, card.width, card.height, 26);
  g.fillStyle(0xffffff, 0.95).fillRoundedRect(card.x, card.y, card.width, card.height, 26);
  // A tinted header band the photo disc sits half over, as on a contact card.
  const headerHeight = discCentre(layout).y - card.y;
  g.fillStyle(0xe3ecf8, 1).fillRoundedRect(card.x + 8, card.y + 8, card.width - 16, headerHeight - 8, { tl: 20, tr: 20, bl: 0, br: 0 });
}

function drawHighlight(scene: Phaser.Scene, { card }: CallCard): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics().setDepth(DEPTH.frame + 1).setAlpha(0);
  g.lineStyle(4, ACCENT, 1).strokeRoundedRect(card.x - 2, card.y - 2, card.width + 4, card.height + 4, 28);
  return g;
}

const RIPPLE_MS = 1200;

/** Sound rings rippling out of the speaker's disc while the line is spoken. */
function addRings(scene: Phaser.Scene, layout: CallCard): { container: Phaser.GameObjects.Container; ripple(speaking: boolean): void } {
  const { y, radius } = discCentre(layout);
  const ripples = [0, 1].map(() => {
    const ripple = scene.make.graphics({}, false).setAlpha(0);
    ripple.lineStyle(3, ACCENT, 1).strokeCircle(0, 0, radius + 4);
    return ripple;
  });
  const container = scene.add.container(layout.portrait.x, y, ripples).setDepth(DEPTH.frame + 2).setVisible(false);
  return {
    container,
    ripple(speaking: boolean): void {
      scene.tweens.killTweensOf(ripples);
      container.setVisible(speaking);
      if (!speaking) return;
      ripples.forEach((ripple, n) =>
        scene.tweens.add({
          targets: ripple,
          scale: { from: 1, to: 1.16 },
          alpha: { from: 0.7, to: 0 },
          duration: RIPPLE_MS,
          delay: (n * RIPPLE_MS) / 2,
          repeat: Math.round(TALK_MS / RIPPLE_MS) - 1,
          ease: 'Sine.easeOut',
        }),
      );
    },
  };
}
