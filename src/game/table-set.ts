import type Phaser from 'phaser';
import { NamePlate } from './name-plate';
import { roomKey } from './room-art';
import type { StageSet } from './stage-set';
import { DEPTH, TABLE_EDGE, tableSeats, type PortraitSlot } from './stage-layout';
import type { StageBuyer } from './stage-types';

export type TableSetting = 'office' | 'boardroom' | 'cafe';

const CHAIR_COLOUR = {
  office: { back: 0x3b4656, edge: 0x4d5a6c },
  boardroom: { back: 0x1d2430, edge: 0x2c3544 },
  cafe: { back: 0x8a5a36, edge: 0xa36c42 },
} as const satisfies Record<TableSetting, { back: number; edge: number }>;

/** A room with a table: buyers sit behind it in chairs, name cards standing in front of them. */
export function buildTableSet(scene: Phaser.Scene, setting: TableSetting, buyers: readonly StageBuyer[]): StageSet {
  const seats = tableSeats(buyers.length);
  const backdrop = scene.add.image(0, 0, roomKey(setting, 'backdrop')).setOrigin(0).setDepth(DEPTH.backdrop);
  const chairs = scene.add.graphics().setDepth(DEPTH.frame);
  for (const seat of seats) drawChair(chairs, seat.portrait, CHAIR_COLOUR[setting]);
  const table = scene.add.image(0, 0, roomKey(setting, 'table')).setOrigin(0).setDepth(DEPTH.foreground);
  const plates = seats.map((seat, i) => new NamePlate(scene, seat.plate, buyers[i] as StageBuyer));

  return {
    slots: seats.map((seat) => seat.portrait),
    variant: 'bust',
    emphasis: { scale: 1.05, glow: true },
    setPresence(index, presence, animate) {
      plates[index]?.setSpeaking(presence === 'speaking', animate);
    },
    destroy() {
      for (const object of [backdrop, chairs, table, ...plates]) object.destroy();
    },
  };
}

/** A high-backed chair whose top shows above the buyer's shoulders. */
function drawChair(g: Phaser.GameObjects.Graphics, slot: PortraitSlot, colour: { back: number; edge: number }): void {
  const width = slot.size * 0.7;
  const top = slot.bottom - slot.size * 0.66;
  const height = TABLE_EDGE - top + 10;
  const radius = width * 0.22;
  g.fillStyle(colour.edge, 1).fillRoundedRect(slot.x - width / 2 - 4, top - 4, width + 8, height, radius + 4);
  g.fillStyle(colour.back, 1).fillRoundedRect(slot.x - width / 2, top, width, height, radius);
}
