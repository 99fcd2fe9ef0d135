import { playWith } from '../../src/core/explore';
import { POLICIES, type PolicyName } from '../../src/core/policies';
import { loadStory } from '../../src/core/runner';
import { compileInkFile } from '../../tools/ink-compile';

/** The path a policy takes through a story, and where it ends, so the browser tests follow real content. */
export function policyPath(storyFile: string, policy: PolicyName): { path: number[]; outcome: string | null; title: string } {
  const { json } = compileInkFile(storyFile);
  if (!json) throw new Error(`${storyFile} does not compile`);
  const story = loadStory(json);
  const end = playWith(story, POLICIES[policy], 1);
  return { path: [...end.path], outcome: end.outcome, title: story.header.title };
}

/** The expert's path, except that it takes the first option carrying `cause` (a diligent seller's one deciding mistake). */
export function expertUntil(storyFile: string, cause: string): { path: number[]; outcome: string | null } {
  const { json } = compileInkFile(storyFile);
  if (!json) throw new Error(`${storyFile} does not compile`);
  let taken = false;
  const end = playWith(loadStory(json), (options) => {
    const mistake = taken ? undefined : options.find((o) => o.cause === cause);
    if (mistake) taken = true;
    return mistake ? mistake.index : POLICIES.expert(options);
  });
  return { path: [...end.path], outcome: end.outcome };
}
