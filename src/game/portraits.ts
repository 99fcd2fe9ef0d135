import { createAvatar } from '@dicebear/core';
import * as avataaars from '@dicebear/avataaars';
import type { Mood } from '../core/buying';
import type { LookWord } from '../core/tags';
import { EXPRESSIONS } from './expressions';

export interface PortraitOptions {
  /** Width and height in pixels written on the <svg>; it scales freely anyway. */
  readonly size?: number;
  /** Draws the buyer in front of a disc of this colour (hex, no '#'), cropped at the shoulders. */
  readonly disc?: string;
  /** The writer's words for how the buyer looks (`# buyer: …; look`); unsaid traits come from the seed. */
  readonly look?: readonly LookWord[];
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
type Top = (typeof TOPS)[number];
const SHORT_TOPS: Top[] = ['shortFlat', 'shortRound', 'shortWaved', 'shortCurly', 'sides', 'theCaesar', 'theCaesarAndSidePart', 'shavedSides'];
const LONG_TOPS: Top[] = ['bob', 'bun', 'curly', 'curvy', 'longButNotTooLong', 'miaWallace', 'straight01', 'straight02', 'straightAndStrand', 'bigHair'];
const GREY_HAIR = ['e8e1e1', 'b1b1b1'];

/** Narrows DiceBear's choices to what the writer said; leaves the rest to the seed. */
function lookOptions(seed: string, look: readonly LookWord[]) {
  const has = (word: LookWord): boolean => look.includes(word);
  const hairList = has('senior') ? GREY_HAIR : HAIR.filter((colour) => !GREY_HAIR.includes(colour));
  const hair = hairList[seededIndex(seed, hairList.length)] ?? '2c1b18';
  return {
    top: has('man') ? SHORT_TOPS : has('woman') ? LONG_TOPS : [...TOPS],
    hair,
    beard: has('beard') ? 100 : has('woman') || has('young') ? 0 : 18,
    glasses: has('glasses') ? 100 : look.length ? 0 : 22,
  };
}

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
  const { top, hair, beard, glasses } = lookOptions(buyerId, options.look ?? []);
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
    top,
    facialHair: ['beardLight', 'beardMedium', 'beardMajestic'],
    facialHairProbability: beard,
    accessories: ['prescription01', 'prescription02', 'round'],
    accessoriesColor: ['262e33', '3c4f5c', '5199e4', '929598'],
    accessoriesProbability: glasses,
    eyes: [face.eyes],
    eyebrows: [face.eyebrows],
    mouth: [face.mouth],
  }).toString();
}
