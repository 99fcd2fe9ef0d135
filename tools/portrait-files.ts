import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { optimize } from 'svgo';
import type { StoryManifest } from '../src/core/story-manifest';
import type { Buyer } from '../src/core/tags';
import { portraitSvg } from '../src/game/portraits';

/**
 * The buyers' portraits for the catalogue and the brief, drawn at build time: the avatar library
 * (≈ 46 KiB gzip) then never loads before the first choice, and a card fetches only the few small
 * files it shows. The stage still draws every mood in the browser, after the first choice.
 */

export const PORTRAIT_BUILD_DIR = 'build/portraits';

/**
 * One buyer's neutral portrait: `<buyer id>.<hash of the SVG>.svg`, so a changed look is a new
 * file. Coordinates keep one decimal (a fifth of a pixel at the stage's size, far less on a card),
 * which makes the files 40 % smaller and looks the same; with none, svgo drops eyebrows and shading.
 */
export function portraitFile(buyer: Pick<Buyer, 'id' | 'look'>): { readonly file: string; readonly svg: string } {
  const svg = optimize(portraitSvg(buyer.id, 'neutral', { look: buyer.look }), { multipass: true, floatPrecision: 1 }).data;
  return { file: `${buyer.id}.${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.svg`, svg };
}

/** Each story's buyers, by id, and the portrait file they are shown with. */
export function portraitsOf(manifest: StoryManifest): Map<string, Map<string, { readonly file: string; readonly svg: string }>> {
  return new Map(manifest.stories.map((story) => [story.id, new Map(story.header.buyers.map((b) => [b.id, portraitFile(b)]))]));
}

/** Writes every portrait into `dir`, removing the files of earlier builds. */
export function writePortraits(portraits: ReturnType<typeof portraitsOf>, dir: string): void {
  const files = new Map([...portraits.values()].flatMap((byBuyer) => [...byBuyer.values()].map(({ file, svg }) => [file, svg] as const)));
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (!files.has(old)) rmSync(join(dir, old));
  for (const [file, svg] of files) writeFileSync(join(dir, file), svg);
}
