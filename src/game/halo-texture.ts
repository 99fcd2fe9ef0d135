import type Phaser from 'phaser';

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
  if (textures.exists(key) || !textures.exists(portraitKey)) return;
  const source = textures.get(portraitKey).getSourceImage();
  if (!(source instanceof HTMLImageElement || source instanceof HTMLCanvasElement)) return;
  const canvas = document.createElement('canvas');
  canvas.width = source.width + HALO_PAD * 2;
  canvas.height = source.height + HALO_PAD * 2;
  const context = canvas.getContext('2d');
  if (!context) return;
  // Draw the portrait far off the canvas and its shadow back onto it: only the glow lands.
  const away = canvas.width * 2;
  context.shadowColor = COLOUR;
  context.shadowBlur = BLUR;
  context.shadowOffsetX = away;
  for (let pass = 0; pass < 3; pass++) context.drawImage(source, HALO_PAD - away, HALO_PAD);
  textures.addCanvas(key, canvas);
}
