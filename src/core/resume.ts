import type { RunFacts } from './attempts';
import { PathMismatchError, replay, type CompiledStory, type StoryRun } from './runner';

/**
 * Resuming a saved run against the story as it is now. The version policy: a path that still
 * replays continues (noting that the story was updated); one that no longer fits is dropped,
 * and the reason depends on whether the story changed or the save is corrupt.
 */
export type Resumption =
  | { readonly kind: 'resumed'; readonly run: StoryRun; readonly version: number; readonly updatedFrom: number | null }
  | { readonly kind: 'path-invalid' }
  | { readonly kind: 'story-changed'; readonly from: number; readonly to: number };

export function resumeRun(compiled: CompiledStory, saved: Pick<RunFacts, 'version' | 'seed' | 'path'>): Resumption {
  const { version } = compiled.header;
  try {
    const run = replay(compiled, saved.seed, saved.path);
    return { kind: 'resumed', run, version, updatedFrom: version === saved.version ? null : saved.version };
  } catch (error) {
    if (!(error instanceof PathMismatchError)) throw error;
    return version === saved.version ? { kind: 'path-invalid' } : { kind: 'story-changed', from: saved.version, to: version };
  }
}
