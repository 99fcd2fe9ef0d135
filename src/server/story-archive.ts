import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { REVIEW_LOCALES, type AttemptResult, type ReviewLocale } from '../core/api';
import { loadForReplays } from '../core/replays';
import { PathMismatchError, replay, type CompiledStory } from '../core/runner';
import type { StoryLocale } from '../core/story-manifest';
import type { StoryHeader } from '../core/tags';
import type { TranscriptEntry } from '../core/transcript';
import type { Db } from './db/database';
import { storyVersions } from './db/schema';
import type { StoryLibrary } from './stories';

/**
 * Every story version the server has scored against, kept in the database so an attempt can be
 * replayed on what its trainee actually played after the library has moved on. Replays are
 * cached: the trap map replays the same stored paths on every request.
 */


export interface StoryAt {
  readonly compiled: CompiledStory;
  readonly header: StoryHeader;
  /** The language found: the one asked for, or English when that version was never translated. */
  readonly locale: ReviewLocale;
}

export interface ReplayedRun extends StoryAt {
  readonly entries: readonly TranscriptEntry[];
}

export type ArchivedRun = Pick<AttemptResult, 'storyId' | 'version' | 'seed' | 'path'>;

export interface StoryArchive {
  /** Archives every language of the library's current version of a story (once per process). */
  keep(id: string): Promise<void>;
  /** Archives the whole current library (at start-up). */
  keepLibrary(): Promise<void>;
  /** The story at that version, in that language when it was kept in it, else in English; null if never kept. */
  storyAt(id: string, version: number, locale: ReviewLocale): Promise<StoryAt | null>;
  /** The run's transcript replayed on its version; null when that version was never kept or the path no longer fits it. */
  replayRun(run: ArchivedRun, locale: ReviewLocale): Promise<ReplayedRun | null>;
}

/** Enough for a team's trap maps of several scenarios at once (a run's transcript is some 25 KB of JSON). */
export const REPLAY_CACHE_RUNS = 1000;

export function storyArchive(db: Db, library: StoryLibrary, cacheRuns = REPLAY_CACHE_RUNS): StoryArchive {
  const kept = new Set<string>();
  const compiled = new Map<string, Promise<StoryAt | null>>();
  const replays = new LRUCache<string, ReplayedRun | 'unfit'>({ max: cacheRuns });
  const keyOf = (id: string, version: number, locale: ReviewLocale): string => `${id}@${version}#${locale}`;

  const current = (id: string, version: number, locale: ReviewLocale): StoryAt | null => {
    const entry = library.get(id);
    if (!entry || entry.version !== version) return null;
    if (locale === 'en') return { compiled: entry.compiled, header: entry.header, locale };
    const translated = library.translation(id, locale);
    return translated ? { ...translated, locale } : null;
  };

  // The promise is kept, so runs replayed together on an archived version load it once.
  const archived = (id: string, version: number, locale: ReviewLocale): Promise<StoryAt | null> => {
    const key = keyOf(id, version, locale);
    const known = compiled.get(key);
    if (known) return known;
    const loading = db
      .select({ json: storyVersions.json, header: storyVersions.header })
      .from(storyVersions)
      .where(and(eq(storyVersions.storyId, id), eq(storyVersions.version, version), eq(storyVersions.locale, locale)))
      .then(([row]) => {
        // A kept version never changes; a miss is forgotten, since a submission may keep it later.
        if (!row) compiled.delete(key);
        return row ? { compiled: loadForReplays(row.json), header: row.header, locale } : null;
      })
      .catch((error: unknown) => {
        compiled.delete(key);
        throw error;
      });
    compiled.set(key, loading);
    return loading;
  };

  const inLocale = async (id: string, version: number, locale: ReviewLocale): Promise<StoryAt | null> =>
    current(id, version, locale) ?? (await archived(id, version, locale));

  const archive: StoryArchive = {
    async keep(id) {
      const entry = library.get(id);
      if (!entry || kept.has(keyOf(id, entry.version, 'en'))) return;
      const rows = REVIEW_LOCALES.flatMap((locale) => {
        const story = locale === 'en' ? { header: entry.header, compiled: entry.compiled } : library.translation(id, locale as StoryLocale);
        return story ? [{ storyId: id, version: entry.version, locale, json: story.compiled.json, header: story.header }] : [];
      });
      await db.insert(storyVersions).values(rows).onConflictDoNothing();
      kept.add(keyOf(id, entry.version, 'en'));
    },
    async keepLibrary() {
      for (const id of library.ids()) await archive.keep(id);
    },
    async storyAt(id, version, locale) {
      return (locale === 'en' ? null : await inLocale(id, version, locale)) ?? (await inLocale(id, version, 'en'));
    },
    async replayRun(run, locale) {
      const story = await archive.storyAt(run.storyId, run.version, locale);
      if (!story) return null;
      const key = `${keyOf(run.storyId, run.version, story.locale)}:${run.seed}:${run.path.join(',')}`;
      const hit = replays.get(key);
      if (hit) return hit === 'unfit' ? null : hit;
      try {
        const replayed = { ...story, entries: replay(story.compiled, run.seed, run.path).snapshot().entries };
        replays.set(key, replayed);
        return replayed;
      } catch (error) {
        if (!(error instanceof PathMismatchError)) throw error;
        replays.set(key, 'unfit');
        return null;
      }
    },
  };
  return archive;
}
