import type Phaser from 'phaser';

type Source = HTMLImageElement | HTMLCanvasElement;

/**
 * Draws a texture of its own from a portrait's texture, once, on a canvas `pad` pixels larger
 * on every side. Baked effects cost nothing per frame, in WebGL and in Canvas alike.
 */
export function bakeFromPortrait(
  textures: Phaser.Textures.TextureManager,
  key: string,
  portraitKey: string,
  pad: number,
  draw: (context: CanvasRenderingContext2D, source: Source) => void,
): void {
  if (textures.exists(key) || !textures.exists(portraitKey)) return;
  const source = textures.get(portraitKey).getSourceImage();
  if (!(source instanceof HTMLImageElement || source instanceof HTMLCanvasElement)) return;
  const canvas = document.createElement('canvas');
  canvas.width = source.width + pad * 2;
  canvas.height = source.height + pad * 2;
  const context = canvas.getContext('2d');
  if (!context) return;
  draw(context, source);
  textures.addCanvas(key, canvas);
}
