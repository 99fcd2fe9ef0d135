import type Phaser from 'phaser';
import { bakeFromPortrait } from './baked-texture';

/**
 * Bakes a portrait's silhouette in black, once per buyer (outlines are the same in every mood).
 * Laid over the face at a low alpha it dims the buyer exactly as a multiply tint would, and
 * works in the Canvas renderer too, which has no tint.
 */
export function addShadeTexture(textures: Phaser.Textures.TextureManager, key: string, portraitKey: string): void {
  bakeFromPortrait(textures, key, portraitKey, 0, (context, source) => {
    context.drawImage(source, 0, 0);
    context.globalCompositeOperation = 'source-in';
    context.fillStyle = '#000';
    context.fillRect(0, 0, context.canvas.width, context.canvas.height);
  });
}
