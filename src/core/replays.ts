import { loadStory, type CompiledStory } from './runner';
import { withoutWords } from './wordless';

/**
 * A compiled story loaded for replaying many runs: the server's re-score of every attempt and
 * its replays for the manager's review. Its runs play on the story's wordless form and show the
 * same as any other run of it (runner.ts LoadOptions).
 */
export const loadForReplays = (json: string): CompiledStory => loadStory(json, { wordless: withoutWords });
