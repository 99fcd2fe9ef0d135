import * as v from 'valibot';
import { StoryIdSchema } from './attempts';
import { CONCEPT_IDS } from './concepts';
import type { StoryHeader } from './tags';

/**
 * The built story library (`npm run stories:build`, also run by `vite build` and `npm start`):
 * `manifest.json` lists every scenario, each compiled to a JSON file named by a hash of its
 * content. The browser's catalogue and the server's re-scoring read the same files.
 */

export const MANIFEST_FILE = 'manifest.json';
/** Languages a scenario may be translated into, besides its English original. */
export const STORY_LOCALES = ['zh-CN'] as const;
export type StoryLocale = (typeof STORY_LOCALES)[number];
/** `<id>.<content hash>.json`, or `<id>.<locale>.<content hash>.json` for a translation. */
const STORY_FILE = /^[a-z0-9-]+(\.zh-CN)?\.[0-9a-f]{16}\.json$/;

export const StoryManifestEntrySchema = v.object({
  id: StoryIdSchema,
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** `<id>.<content hash>.json`, beside the manifest. */
  file: v.pipe(v.string(), v.regex(STORY_FILE)),
  // The header was parsed and checked by the build; the runner re-parses it from the story itself.
  header: v.custom<StoryHeader>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
  /** Concepts some choice in the scenario bears on (the catalogue filter). */
  concepts: v.array(v.picklist(CONCEPT_IDS)),
  /** The same scenario in other languages (the checker proves it is the same), by locale. */
  translations: v.optional(v.record(v.picklist(STORY_LOCALES), v.object({ file: v.pipe(v.string(), v.regex(STORY_FILE)), header: v.custom<StoryHeader>((x) => typeof x === 'object' && x !== null) }))),
});
export type StoryManifestEntry = v.InferOutput<typeof StoryManifestEntrySchema>;

export const StoryManifestSchema = v.object({ stories: v.array(StoryManifestEntrySchema) });
export type StoryManifest = v.InferOutput<typeof StoryManifestSchema>;
