import type Phaser from 'phaser';

const pending = new WeakMap<Phaser.Textures.TextureManager, Map<string, Promise<void>>>();

/**
 * Rasterises an SVG string into a texture under `key`, once: the SVG's own width and height
 * set the texture's resolution. Resolves without adding anything if the game was destroyed
 * meanwhile. Phaser's own SVG loader cannot take the non-base64 data URLs Vite inlines, and a
 * loader queue is a poor fit for textures needed at any moment after create().
 */
export function addSvgTexture(textures: Phaser.Textures.TextureManager, key: string, svg: string): Promise<void> {
  if (textures.exists(key)) return Promise.resolve();
  let inFlight = pending.get(textures);
  if (!inFlight) pending.set(textures, (inFlight = new Map()));
  const existing = inFlight.get(key);
  if (existing) return existing;

  const loading = decodeSvg(svg).then((image) => {
    // The game may have been destroyed while the image decoded.
    if (textures.game && !textures.exists(key)) textures.addImage(key, image);
  });
  const forget = (): void => void inFlight.delete(key);
  loading.then(forget, forget);
  inFlight.set(key, loading);
  return loading;
}

function decodeSvg(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  const image = new Image();
  return new Promise<HTMLImageElement>((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('An SVG texture failed to decode.'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}
