import type Phaser from 'phaser';
import { bakeFromPortrait } from './baked-texture';

/** Room the halo spreads into around the portrait, in texture pixels. */
export const HALO_PAD = 40;
const BLUR = 16;
const COLOUR = '#ffe7a3';

/**
 * Bakes a soft glow around a portrait's outline into a texture of its own, once. Outlines are
 * the same in every mood, so one halo serves a buyer all conversation. A live glow filter
 * looks the same but costs a shader pass every frame, which software WebGL (CI, old laptops)
 * cannot afford.
 */
export function addHaloTexture(textures: Phaser.Textures.TextureManager, key: string, portraitKey: string): void {
  bakeFromPortrait(textures, key, portraitKey, HALO_PAD, (context, source) => {
    // Draw the portrait far off the canvas and its shadow back onto it: only the glow lands.
    const away = context.canvas.width * 2;
    context.shadowColor = COLOUR;
    context.shadowBlur = BLUR;
    context.shadowOffsetX = away;
    for (let pass = 0; pass < 3; pass++) context.drawImage(source, HALO_PAD - away, HALO_PAD);
  });
}
