import { createAvatar } from '@dicebear/core';
import * as avataaars from '@dicebear/avataaars';
import type { Mood } from '../core/buying';
import { EXPRESSIONS } from './expressions';

export interface PortraitOptions {
  /** Width and height in pixels written on the <svg>; it scales freely anyway. */
  readonly size?: number;
  /** Draws the buyer in front of a disc of this colour (hex, no '#'), cropped at the shoulders. */
  readonly disc?: string;
}

// Everyone dresses for a business meeting, and nobody's skin or hair is cartoon yellow or pink.
const CLOTHING = ['blazerAndShirt', 'blazerAndSweater', 'collarAndSweater'] as const;
const CLOTHES = ['262e33', '25557c', '3c4f5c', '5199e4', '929598', '7b3f4b', '2f5d50'];
const SKIN = ['614335', 'd08b5b', 'ae5d29', 'edb98a', 'ffdbb4'];
const HAIR = ['2c1b18', '4a312c', '724133', 'a55728', 'b58143', 'd6b370', 'c93305', 'e8e1e1'];
const HEADWEAR = ['25557c', '3c4f5c', '929598', '7b3f4b', 'e6e6e6'];
const TOPS = [
  'hijab', 'turban', 'bob', 'bun', 'curly', 'curvy', 'dreads', 'fro', 'longButNotTooLong',
  'miaWallace', 'shavedSides', 'straight01', 'straight02', 'straightAndStrand', 'dreads01',
  'dreads02', 'frizzle', 'shaggy', 'shortCurly', 'shortFlat', 'shortRound', 'shortWaved', 'sides',
  'theCaesar', 'theCaesarAndSidePart', 'bigHair',
] as const;

/** A stable index from the seed, for choices DiceBear would otherwise make independently. */
function seededIndex(seed: string, length: number): number {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619);
  return (hash >>> 0) % length;
}

/**
 * The buyer's portrait as a complete `<svg>` string. The seed is the buyer id, so a buyer looks
 * the same on every screen and in every mood; only the face changes with `mood`. Each option
 * list is consumed by exactly one draw of DiceBear's seeded generator whatever its length, so
 * changing the face never reshuffles hair, skin or clothes.
 */
export function portraitSvg(buyerId: string, mood: Mood, options: PortraitOptions = {}): string {
  const face = EXPRESSIONS[mood];
  // Beard and hair share one colour; DiceBear would pick the two independently.
  const hair = HAIR[seededIndex(buyerId, HAIR.length)] ?? '2c1b18';
  return createAvatar(avataaars, {
    seed: buyerId,
    size: options.size ?? 280,
    style: [options.disc ? 'circle' : 'default'],
    backgroundColor: options.disc ? [options.disc] : undefined,
    clothing: [...CLOTHING],
    clothesColor: CLOTHES,
    skinColor: SKIN,
    hairColor: [hair],
    facialHairColor: [hair],
    hatColor: HEADWEAR,
    top: [...TOPS],
    facialHair: ['beardLight', 'beardMedium', 'beardMajestic'],
    facialHairProbability: 18,
    accessories: ['prescription01', 'prescription02', 'round'],
    accessoriesColor: ['262e33', '3c4f5c', '5199e4', '929598'],
    accessoriesProbability: 22,
    eyes: [face.eyes],
    eyebrows: [face.eyebrows],
    mouth: [face.mouth],
  }).toString();
}
