import type { Outcome } from './buying';
import type { ConceptId } from './concepts';
import { conceptsAtStake } from './scoring';
import { followArrivals, presentAtStart } from './arrivals';
import { loadStory, openCursor, startRun, type CompiledStory, type SavedState } from './runner';
import type { Policy } from './policies';
import type { Beat, RunSnapshot } from './transcript';
import { withoutWords } from './wordless';

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
  /** The last line the story showed on this path (where a dead end stops), if any. */
  readonly lastText?: string;
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
  /** The path with the most choices (what an LMS's suspend data must hold at most). */
  readonly longestPath: readonly number[];
}

export interface ExploreOptions {
  readonly seed?: number;
  readonly maxStates?: number;
  /** Walk the story with its own words, not tokens (slower; the same exploration). */
  readonly keepWords?: boolean;
}

export function explore(compiled: CompiledStory, { seed = 1, maxStates = 20_000, keepWords = false }: ExploreOptions = {}): Exploration {
  // What the exploration reports is in the story's words; what it walks may be tokens (core/wordless.ts).
  const wordless = keepWords ? null : withoutWords(compiled.json);
  const words = wordless?.words ?? ((text: string) => text);
  const cursor = wordless ? openCursor(loadStory(wordless.json), seed, wordless.lines) : openCursor(compiled, seed);
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

  const inspect = (path: readonly number[], beats: readonly Beat[], ended: boolean, causes: ReadonlySet<string>, present: ReadonlySet<string>): Set<string> => {
    for (const message of cursor.problems) runtimeProblems.push({ path, message });
    const arrivals = followArrivals(present, compiled.arriving, beats);
    for (const id of new Set(arrivals.early)) {
      const spoken = beats.find((b) => b.speaker === id)?.text;
      const line = spoken === undefined ? undefined : words(spoken);
      runtimeProblems.push({ path, message: `"${id}" speaks before arriving: put "# enter: ${id}" on the line that brings them in`, ...(line ? { lastText: line } : {}) });
    }
    const outcomeBeat = beats.find((b) => b.outcome);
    if (outcomeBeat?.outcome) {
      const text = words(outcomeBeat.text);
      endings.set(`${outcomeBeat.outcome}\n${text}`, { outcome: outcomeBeat.outcome, text });
      if (!ended) runtimeProblems.push({ path, message: `"outcome: ${outcomeBeat.outcome}" is tagged, but the story goes on with choices` });
      const cause = outcomeBeat.causedBy;
      if (cause && !causes.has(cause)) {
        runtimeProblems.push({ path, message: `the ending "${text.slice(0, 60)}" says "caused-by: ${cause}", but this path reaches it without a choice tagged "cause: ${cause}"` });
      }
    } else if (ended) {
      const said = beats.at(-1)?.text;
      const last = said === undefined ? undefined : words(said);
      deadEnds.push({ path, message: cursor.problems[0] ?? 'the path stops without an "outcome:" line', ...(last ? { lastText: last } : {}) });
    }
    return arrivals.present;
  };

  const atStart = inspect([], cursor.beats, cursor.choices.length === 0, new Set(), presentAtStart(compiled.header, compiled.arriving));
  // Depth first, going straight on into each new state: the cursor is already there, so only
  // coming back to a state's later choices restores it (a copy of ink's state, not free).
  // Each frame also keeps the causes taken on the way, so an ending's "caused-by" can be checked against its path.
  // Each frame also learns the longest way on from its state (a state reached again goes on the
  // same way), so the longest path is only spelled out once, at the end.
  interface Frame {
    readonly key: string;
    readonly saved: SavedState | null;
    readonly path: readonly number[];
    readonly causes: ReadonlySet<string>;
    /** Who is in the room (core/arrivals.ts). */
    readonly present: ReadonlySet<string>;
    readonly options: readonly (string | null)[];
    readonly parent: Frame | null;
    next: number;
    longest: Longest;
  }
  const longestFrom = new Map<string, Longest>();
  const offer = (frame: Frame, index: number, length: number, next: string | null): void => {
    if (length > frame.longest.length) frame.longest = { length, index, next };
  };
  const stack: Frame[] = [];
  let here: Frame | null = null;
  const enter = (key: string, path: readonly number[], causes: ReadonlySet<string>, present: ReadonlySet<string>, parent: Frame | null): void => {
    const options = cursor.choices.map((c) => c.cause);
    here = { key, saved: options.length > 1 ? cursor.save() : null, path, causes, present, options, parent, next: 0, longest: { length: 0, index: -1, next: null } };
    stack.push(here);
  };
  let rootKey: string | null = null;
  if (cursor.choices.length) {
    rootKey = cursor.stateKey();
    seen.add(rootKey);
    visitPoint();
    enter(rootKey, [], new Set(), atStart, null);
  }
  while (stack.length) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next === frame.options.length) {
      stack.pop();
      longestFrom.set(frame.key, frame.longest);
      if (frame.parent) offer(frame.parent, frame.path[frame.path.length - 1] as number, 1 + frame.longest.length, frame.key);
      continue;
    }
    const index = frame.next++;
    if (here !== frame && frame.saved !== null) cursor.restore(frame.saved, frame.next === frame.options.length);
    here = null;
    cursor.choose(index);
    const next = [...frame.path, index];
    const cause = frame.options[index];
    const taken = cause ? new Set([...frame.causes, cause]) : frame.causes;
    const ended = cursor.choices.length === 0;
    const present = inspect(next, cursor.beats, ended, taken, frame.present);
    offer(frame, index, 1, null);
    if (ended) continue;
    const key = cursor.stateKey();
    if (seen.has(key)) {
      // A state still being explored (a loop back) has no way on recorded yet.
      const known = longestFrom.get(key);
      if (known) offer(frame, index, 1 + known.length, key);
      continue;
    }
    if (seen.size >= maxStates) {
      truncated = true;
      continue;
    }
    seen.add(key);
    visitPoint();
    enter(key, next, taken, present, frame);
  }
  return {
    states: seen.size,
    decisionPoints: points.size,
    concepts: [...concepts].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
    endings: [...endings.values()],
    deadEnds,
    runtimeProblems,
    truncated,
    longestPath: spelledOut(longestFrom, rootKey),
  };
}

/** The longest way on from a state: how many choices, the first of them, and the state it leads to. */
interface Longest {
  readonly length: number;
  readonly index: number;
  readonly next: string | null;
}

function spelledOut(longestFrom: ReadonlyMap<string, Longest>, from: string | null): number[] {
  const path: number[] = [];
  for (let at = from === null ? undefined : longestFrom.get(from); at && at.length > 0; at = at.next === null ? undefined : longestFrom.get(at.next)) path.push(at.index);
  return path;
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
