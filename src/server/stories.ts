import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { loadStory, type CompiledStory } from '../core/runner';
import { MANIFEST_FILE, StoryManifestSchema, type StoryManifestEntry } from '../core/story-manifest';

/**
 * The built story library (tools/stories-build.ts), as the server re-scores against it. The
 * manifest is re-read when it changes, so `npm start` picks up an edited story without a
 * restart; compiled stories are cached by their content-hashed file name.
 */
export interface StoryLibrary {
  get(id: string): (StoryManifestEntry & { readonly compiled: CompiledStory }) | null;
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
    if (!existsSync(manifestPath)) {
      throw new StoryLibraryError(`No built stories in ${dir}: run \`npm run build\` (or \`npm run stories:build\`) first.`);
    }
    const mtime = statSync(manifestPath).mtimeMs;
    if (mtime !== readAt) {
      const manifest = v.parse(StoryManifestSchema, JSON.parse(readFileSync(manifestPath, 'utf8')));
      entries = new Map(manifest.stories.map((s) => [s.id, s]));
      readAt = mtime;
    }
    return entries;
  };

  return {
    get(id) {
      const entry = current().get(id);
      if (!entry) return null;
      let story = compiled.get(entry.file);
      if (!story) {
        story = loadStory(readFileSync(join(dir, entry.file), 'utf8'));
        compiled.set(entry.file, story);
      }
      return { ...entry, compiled: story };
    },
    ids: () => [...current().keys()],
  };
}
