import type Phaser from 'phaser';
import { MOODS, type Mood } from '../core/buying';
import type { Buyer } from '../core/tags';
import { portraitSvg } from './portraits';
import { addHaloTexture } from './halo-texture';
import { addShadeTexture } from './shade-texture';
import { addSvgTexture } from './svg-texture';

/** 'bust' stands free behind a table or in a video tile; 'disc' sits in a phone call card. */
export type PortraitVariant = 'bust' | 'disc';

/** Rasterised once at this size; the stage never shows a portrait much larger. */
const TEXTURE_SIZE = 400;
const DISC_COLOUR = 'c7dbf2';

export function portraitKey(buyerId: string, mood: Mood, variant: PortraitVariant): string {
  return `portrait:${variant}:${mood}:${buyerId}`;
}

export function haloKey(buyerId: string, variant: PortraitVariant): string {
  return `halo:${variant}:${buyerId}`;
}

export function shadeKey(buyerId: string, variant: PortraitVariant): string {
  return `shade:${variant}:${buyerId}`;
}

/**
 * Makes every mood's texture for these buyers, so a mood change can cross-fade at once
 * instead of waiting on an image decode mid-conversation; and each buyer's speaking halo and
 * listening shade.
 */
export function loadPortraits(
  textures: Phaser.Textures.TextureManager,
  buyers: readonly Pick<Buyer, 'id' | 'look'>[],
  variant: PortraitVariant,
): Promise<void> {
  const jobs = buyers.map(async ({ id, look }) => {
    const options = { size: TEXTURE_SIZE, disc: variant === 'disc' ? DISC_COLOUR : undefined, look };
    await Promise.all(
      MOODS.map((mood) => addSvgTexture(textures, portraitKey(id, mood, variant), portraitSvg(id, mood, options))),
    );
    if (!textures.game) return;
    addHaloTexture(textures, haloKey(id, variant), portraitKey(id, 'neutral', variant));
    addShadeTexture(textures, shadeKey(id, variant), portraitKey(id, 'neutral', variant));
  });
  return Promise.all(jobs).then(() => undefined);
}
