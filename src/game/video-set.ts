import Phaser from 'phaser';
import { addLabel } from './label-text';
import { roomKey } from './room-art';
import type { StageSet } from './stage-set';
import { DEPTH, videoTiles, type Box } from './stage-layout';
import type { StageBuyer } from './stage-types';

const WINDOW_COLOUR = 0x161b26;
const SPEAKER_COLOUR = 0x34d399;
const CORNER = 14;
const TILE_BACKDROPS = ['tile0', 'tile1', 'tile2'] as const;

/** A video call: each buyer in a camera tile with their own room behind them. */
export function buildVideoSet(scene: Phaser.Scene, buyers: readonly StageBuyer[]): StageSet {
  const tiles = videoTiles(buyers.length);
  const backdrop = scene.add.image(0, 0, roomKey('video', 'backdrop')).setOrigin(0).setDepth(DEPTH.backdrop);
  const rooms = tiles.map(({ tile }, i) =>
    scene.add
      .image(tile.x, tile.y, roomKey('video', backdropFor((buyers[i] as StageBuyer).id)))
      .setOrigin(0)
      .setDisplaySize(tile.width, tile.height)
      .setDepth(DEPTH.frame),
  );
  // Rounded tile corners, by painting the window colour over the square ones.
  const corners = scene.add.graphics().setDepth(DEPTH.foreground);
  for (const { tile } of tiles) roundCorners(corners, tile);
  const borders = tiles.map(({ tile }) => {
    const g = scene.add.graphics().setDepth(DEPTH.foreground + 1).setAlpha(0);
    g.lineStyle(4, SPEAKER_COLOUR, 1).strokeRoundedRect(tile.x, tile.y, tile.width, tile.height, CORNER);
    return g;
  });
  const tags = tiles.map(({ tile }, i) => addNameTag(scene, tile, buyers[i] as StageBuyer));

  return {
    slots: tiles.map((tile) => tile.portrait),
    variant: 'bust',
    // A glow would spill out of the tile's bottom edge; the tile's border marks the speaker.
    emphasis: { scale: 1, glow: false },
    setPresence(index, presence, animate) {
      const border = borders[index];
      if (!border) return;
      const alpha = presence === 'speaking' ? 1 : 0;
      scene.tweens.killTweensOf(border);
      if (animate) scene.tweens.add({ targets: border, alpha, duration: 200 });
      else border.setAlpha(alpha);
    },
    destroy() {
      scene.tweens.killTweensOf(borders);
      for (const object of [backdrop, corners, ...rooms, ...borders, ...tags]) object.destroy();
    },
  };
}

/** Each buyer always calls from the same room. */
function backdropFor(buyerId: string): (typeof TILE_BACKDROPS)[number] {
  let sum = 0;
  for (const ch of buyerId) sum = (sum * 31 + ch.charCodeAt(0)) >>> 0;
  return TILE_BACKDROPS[sum % TILE_BACKDROPS.length] ?? 'tile0';
}

function roundCorners(g: Phaser.GameObjects.Graphics, tile: Box): void {
  const r = CORNER;
  const right = tile.x + tile.width;
  const bottom = tile.y + tile.height;
  const corners: [number, number, number, number][] = [
    [tile.x, tile.y, 1, 1],
    [right, tile.y, -1, 1],
    [tile.x, bottom, 1, -1],
    [right, bottom, -1, -1],
  ];
  g.fillStyle(WINDOW_COLOUR, 1);
  for (const [x, y, dx, dy] of corners) {
    // The square corner minus a quarter disc, traced as a polygon.
    const points = [new Phaser.Math.Vector2(x, y)];
    for (let step = 0; step <= 8; step++) {
      const angle = (Math.PI / 2) * (step / 8);
      points.push(new Phaser.Math.Vector2(x + dx * (r - r * Math.cos(angle)), y + dy * (r - r * Math.sin(angle))));
    }
    g.fillPoints(points, true);
  }
}

function addNameTag(scene: Phaser.Scene, tile: Box, buyer: StageBuyer): Phaser.GameObjects.Container {
  const maxWidth = tile.width - 48;
  const name = addLabel(scene, 0, 0, buyer.name, { size: 16, color: '#ffffff', bold: true, maxWidth }).setOrigin(0, 0.5);
  const title = addLabel(scene, 0, 0, buyer.title, { size: 12, color: '#cbd5e1', maxWidth }).setOrigin(0, 0.5);
  const width = Math.max(name.displayWidth, title.displayWidth) + 24;
  const height = 48;
  const x = tile.x + 12;
  const y = tile.y + tile.height - height - 12;
  const panel = scene.make.graphics({}, false);
  panel.fillStyle(0x0b1220, 0.62).fillRoundedRect(0, 0, width, height, 10);
  name.setPosition(12, 16);
  title.setPosition(12, 34);
  return scene.add.container(x, y, [panel, name, title]).setDepth(DEPTH.label);
}
