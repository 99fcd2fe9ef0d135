import type { Outcome } from './buying';
import type { ConceptId } from './concepts';
import { conceptsAtStake } from './scoring';
import { openCursor, startRun, type CompiledStory } from './runner';
import type { Policy } from './policies';
import type { Beat, RunSnapshot } from './transcript';

/**
 * Explores every path through a story, merging moments that are the same state, to prove it
 * sound before anyone plays it: every path ends in an outcome, no runtime errors.
 */

export interface ReachedEnding {
  readonly outcome: Outcome;
  readonly text: string;
}

export interface PathProblem {
  readonly path: readonly number[];
  readonly message: string;
}

export interface Exploration {
  readonly states: number;
  readonly decisionPoints: number;
  /** Concepts some decision in the story bears on. */
  readonly concepts: readonly ConceptId[];
  readonly endings: readonly ReachedEnding[];
  readonly deadEnds: readonly PathProblem[];
  readonly runtimeProblems: readonly PathProblem[];
  /** True when the state limit stopped the exploration before it was complete. */
  readonly truncated: boolean;
}

export interface ExploreOptions {
  readonly seed?: number;
  readonly maxStates?: number;
}

export function explore(compiled: CompiledStory, { seed = 1, maxStates = 20_000 }: ExploreOptions = {}): Exploration {
  const cursor = openCursor(compiled, seed);
  const seen = new Set<string>();
  const points = new Set<string>();
  const concepts = new Set<ConceptId>();
  const visitPoint = (): void => {
    points.add(cursor.pointId());
    for (const concept of conceptsAtStake(cursor.choices)) concepts.add(concept);
  };
  const endings = new Map<string, ReachedEnding>();
  const deadEnds: PathProblem[] = [];
  const runtimeProblems: PathProblem[] = [];
  let truncated = false;

  const inspect = (path: readonly number[], beats: readonly Beat[], ended: boolean, causes: ReadonlySet<string>): void => {
    for (const message of cursor.problems) runtimeProblems.push({ path, message });
    const outcomeBeat = beats.find((b) => b.outcome);
    if (outcomeBeat?.outcome) {
      endings.set(`${outcomeBeat.outcome}\n${outcomeBeat.text}`, { outcome: outcomeBeat.outcome, text: outcomeBeat.text });
      if (!ended) runtimeProblems.push({ path, message: `"outcome: ${outcomeBeat.outcome}" is tagged, but the story goes on with choices` });
      const cause = outcomeBeat.causedBy;
      if (cause && !causes.has(cause)) {
        runtimeProblems.push({ path, message: `the ending "${outcomeBeat.text.slice(0, 60)}" says "caused-by: ${cause}", but this path reaches it without a choice tagged "cause: ${cause}"` });
      }
    } else if (ended) {
      deadEnds.push({ path, message: cursor.problems[0] ?? 'the path stops without an "outcome:" line' });
    }
  };

  inspect([], cursor.beats, cursor.choices.length === 0, new Set());
  // The causes taken on the way to each state, so an ending's "caused-by" can be checked against its path.
  type Pending = { saved: string; path: number[]; causes: ReadonlySet<string>; options: readonly (string | null)[] };
  const stack: Pending[] = [];
  const pending = (path: number[], causes: ReadonlySet<string>): Pending => ({ saved: cursor.save(), path, causes, options: cursor.choices.map((c) => c.cause) });
  if (cursor.choices.length) {
    seen.add(cursor.stateKey());
    visitPoint();
    stack.push(pending([], new Set()));
  }
  while (stack.length) {
    const { saved, path, causes, options } = stack.pop() as Pending;
    for (let index = 0; index < options.length; index++) {
      cursor.restore(saved);
      cursor.choose(index);
      const next = [...path, index];
      const cause = options[index];
      const taken = cause ? new Set([...causes, cause]) : causes;
      const ended = cursor.choices.length === 0;
      inspect(next, cursor.beats, ended, taken);
      if (ended) continue;
      const key = cursor.stateKey();
      if (seen.has(key)) continue;
      if (seen.size >= maxStates) {
        truncated = true;
        continue;
      }
      seen.add(key);
      visitPoint();
      stack.push(pending(next, taken));
    }
  }
  return {
    states: seen.size,
    decisionPoints: points.size,
    concepts: [...concepts].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
    endings: [...endings.values()],
    deadEnds,
    runtimeProblems,
    truncated,
  };
}

/** Plays a story to its end with a policy; stops after `maxSteps` in case the story loops. */
export function playWith(compiled: CompiledStory, policy: Policy, seed = 1, maxSteps = 500): RunSnapshot {
  const run = startRun(compiled, seed);
  for (let step = 0; step < maxSteps; step++) {
    const snapshot = run.snapshot();
    if (snapshot.ended) break;
    run.choose(policy(snapshot.choices, snapshot));
  }
  return run.snapshot();
}
