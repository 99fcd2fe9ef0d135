import type Phaser from 'phaser';
import type { Setting } from '../core/tags';
import type { PortraitVariant } from './portrait-textures';
import type { Emphasis, Presence } from './portrait-sprite';
import type { PortraitSlot } from './stage-layout';
import type { StageBuyer } from './stage-types';
import { buildTableSet } from './table-set';
import { buildCallSet } from './call-set';
import { buildVideoSet } from './video-set';

/**
 * Everything on stage except the portraits themselves: the room, the frames around the buyers
 * and their name plates. A set says where each portrait goes and lights its own frame for the
 * speaker; the scene places the portraits.
 */
export interface StageSet {
  readonly slots: readonly PortraitSlot[];
  readonly variant: PortraitVariant;
  /** How the speaking buyer's portrait stands out; frames that light up themselves need less. */
  readonly emphasis: Emphasis;
  setPresence(index: number, presence: Presence, animate: boolean): void;
  destroy(): void;
}

export const PORTRAIT_VARIANT = {
  office: 'bust',
  boardroom: 'bust',
  cafe: 'bust',
  phone: 'disc',
  video: 'bust',
} as const satisfies Record<Setting, PortraitVariant>;

export function buildStageSet(scene: Phaser.Scene, setting: Setting, buyers: readonly StageBuyer[]): StageSet {
  switch (setting) {
    case 'phone':
      return buildCallSet(scene, buyers);
    case 'video':
      return buildVideoSet(scene, buyers);
    default:
      return buildTableSet(scene, setting, buyers);
  }
}
