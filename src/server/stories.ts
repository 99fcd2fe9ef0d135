import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { loadForReplays } from '../core/replays';
import type { CompiledStory } from '../core/runner';
import { MANIFEST_FILE, StoryManifestSchema, type StoryLocale, type StoryManifestEntry } from '../core/story-manifest';
import type { StoryHeader } from '../core/tags';

/**
 * The built story library (tools/stories-build.ts), as the server re-scores against it. The
 * manifest is re-read when it changes, so `npm start` picks up an edited story without a
 * restart; compiled stories are cached by their content-hashed file name.
 */
export interface StoryLibrary {
  get(id: string): (StoryManifestEntry & { readonly compiled: CompiledStory }) | null;
  /** The current build's translation of a story, when it has one. */
  translation(id: string, locale: StoryLocale): { readonly header: StoryHeader; readonly compiled: CompiledStory } | null;
  ids(): readonly string[];
}

export class StoryLibraryError extends Error {
  override name = 'StoryLibraryError';
}

export function storyLibrary(dir: string): StoryLibrary {
  const manifestPath = join(dir, MANIFEST_FILE);
  const compiled = new Map<string, CompiledStory>();
  let entries = new Map<string, StoryManifestEntry>();
  let readAt = -1;

  const current = (): Map<string, StoryManifestEntry> => {
    // Asked on every submission: one look at the file.
    const mtime = statSync(manifestPath, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined) {
      throw new StoryLibraryError(`No built stories in ${dir}: run \`npm run build\` (or \`npm run stories:build\`) first.`);
    }
    if (mtime !== readAt) {
      const manifest = v.parse(StoryManifestSchema, JSON.parse(readFileSync(manifestPath, 'utf8')));
      entries = new Map(manifest.stories.map((s) => [s.id, s]));
      readAt = mtime;
    }
    return entries;
  };

  const load = (file: string): CompiledStory => {
    let story = compiled.get(file);
    if (!story) {
      story = loadForReplays(readFileSync(join(dir, file), 'utf8'));
      compiled.set(file, story);
    }
    return story;
  };

  return {
    get(id) {
      const entry = current().get(id);
      return entry ? { ...entry, compiled: load(entry.file) } : null;
    },
    translation(id, locale) {
      const translated = current().get(id)?.translations?.[locale];
      return translated ? { header: translated.header, compiled: load(translated.file) } : null;
    },
    ids: () => [...current().keys()],
  };
}
