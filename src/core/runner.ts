import { Story } from 'inkjs';
import type { Container } from 'inkjs/engine/Container';
import type { ListDefinition } from 'inkjs/engine/ListDefinition';
import type { InkObject } from 'inkjs/engine/Object';
import type { StoryState } from 'inkjs/engine/StoryState';
import { NARRATOR, parseChoiceTags, parseHeader, parseLineTags, SELLER, type StoryHeader } from './tags';
import { arrivingBuyers, followArrivals, presentAtStart } from './arrivals';
import { withoutBidiControls } from './text';
import type { Wordless } from './wordless';
import { enterRoom, openingRoom, type Beat, type ChoiceOption, type RunSnapshot, type TranscriptEntry, type VariableValue } from './transcript';

/**
 * The story runner: a thin wrapper over the inkjs runtime that hands out plain data.
 * A run is fully determined by (story, seed, choice path), so saving a run means saving the
 * path, and rewinding means replaying a prefix of it.
 */

export class StoryError extends Error {
  override name = 'StoryError';
}

/** A saved choice path that does not fit the story (it changed, or the save is corrupt). */
export class PathMismatchError extends StoryError {
  override name = 'PathMismatchError';
  constructor(
    readonly step: number,
    readonly index: number,
    readonly available: number,
  ) {
    super(
      available === 0
        ? `step ${step + 1}: the story has already ended, but the saved path goes on`
        : `step ${step + 1}: choice ${index + 1} does not exist (the story offers ${available})`,
    );
  }
}

export interface CompiledStory {
  readonly json: string;
  readonly header: StoryHeader;
  readonly variableNames: readonly string[];
  /** Buyers the story brings in later with `# enter:` (core/arrivals.ts). */
  readonly arriving: readonly string[];
}

const ANONYMOUS_PART = /^(\d+|[cg]-\d+)$/;

// Knots, stitches and labels addressable by name: the visit counts a story may read. Only names
// reachable through named parents form stable paths. Read from the content inkjs built (not the
// JSON again): a story is parsed once.
function namedContainersOf(root: Container): Container[] {
  const named: Container[] = [];
  const walk = (container: Container): void => {
    for (const [name, child] of container.namedContent) {
      if (ANONYMOUS_PART.test(name) || name === 'global decl' || !('namedContent' in child)) continue;
      named.push(child as Container);
      walk(child as Container);
    }
  };
  walk(root);
  return named;
}

// ink counts visits only where the compiler asked it to; any other visit count stays 0.
const countedIn = (named: readonly Container[]): Container[] => named.filter((c) => c.visitsShouldBeCounted);

/**
 * The story's runtime content as inkjs built it from the JSON. Building it is most of the cost
 * of opening a story (on a phone-class CPU, tens of milliseconds), and ink never changes it
 * while playing, so every run of a loaded story shares it and only the state is per run.
 */
interface StoryContent {
  readonly container: Container;
  readonly lists: ListDefinition[] | null;
  /** The named containers whose visits ink counts (what a state key reads). */
  readonly counted: readonly Container[];
  /** What runs of this story play on instead, when it was loaded for replaying many. */
  readonly wordless: WordlessRuns | null;
  /** What runs on this content worked out, by how they split lines: shared by every run. */
  readonly worked: Map<LineSplitter | null, Worked>;
}

/** A story's wordless form (core/wordless.ts), loaded, and how to put its words back. */
interface WordlessRuns {
  readonly compiled: CompiledStory;
  readonly lines: LineSplitter;
  readonly words: (text: string) => string;
  /** Each container's path in the story, by its path in the wordless form. */
  readonly paths: ReadonlyMap<string, string>;
  /** Each option of the wordless form in the story's words. */
  readonly options: WeakMap<ChoiceOption, ChoiceOption>;
}

const isContainer = (item: InkObject): item is Container => 'namedContent' in item;

/**
 * The wordless form keeps every container, but joining text moves the ones after it within
 * their parent, and a decision point is named by its container's path: the two trees are
 * walked side by side to name each point as the story does. Null when they do not pair up.
 */
function pathsByWordlessPath(story: Container, wordless: Container): Map<string, string> | null {
  const paths = new Map<string, string>();
  const pair = (left: Container, right: Container): boolean => {
    paths.set(right.path.toString(), left.path.toString());
    const lefts = left.content.filter(isContainer);
    const rights = right.content.filter(isContainer);
    if (lefts.length !== rights.length || left.namedOnlyContent?.size !== right.namedOnlyContent?.size) return false;
    if (!lefts.every((child, i) => pair(child, rights[i] as Container))) return false;
    for (const [name, child] of left.namedOnlyContent ?? []) {
      const other = right.namedOnlyContent?.get(name);
      if (!isContainer(child) || !other || !isContainer(other) || !pair(child, other)) return false;
    }
    return true;
  };
  return pair(story, wordless) ? paths : null;
}

/** The wordless form runs play on, or null when the story must keep its words. */
function wordlessRuns(json: string, story: Container, withoutWords: (json: string) => Wordless | null): WordlessRuns | null {
  const wordless = withoutWords(json);
  if (!wordless) return null;
  const compiled = loadStory(wordless.json);
  const content = contents.get(compiled);
  const paths = content && pathsByWordlessPath(story, content.container);
  return paths ? { compiled, lines: wordless.lines, words: wordless.words, paths, options: new WeakMap() } : null;
}

const contents = new WeakMap<CompiledStory, StoryContent>();

export interface LoadOptions {
  /**
   * Runs play on the story's wordless form, made by this (core/wordless.ts `withoutWords`),
   * with its words put back: a replay takes about a fifth of the time, but loading reads the
   * story twice. For a machine that replays many runs (core/replays.ts), not for a page that
   * plays one, which need not download the code that makes it.
   */
  readonly wordless?: (json: string) => Wordless | null;
}

/** Reads a compiled story once; the result can start any number of runs. */
export function loadStory(json: string, { wordless }: LoadOptions = {}): CompiledStory {
  let story: Story;
  try {
    story = new Story(json);
  } catch (error) {
    throw new StoryError(`the story data is not a valid compiled ink story (${(error as Error).message})`);
  }
  const header = parseHeader(story.globalTags ?? []);
  if (header.problems.length) throw new StoryError(`the story header is invalid: ${header.problems.join('; ')}`);
  try {
    story.ValidateExternalBindings();
  } catch (error) {
    throw new StoryError(`the story calls functions the game does not provide (${(error as Error).message})`);
  }
  const variableNames = [...new Set([...json.matchAll(/"VAR=":"([^"]+)"/g)].map((m) => m[1] as string))];
  const named = namedContainersOf(story.mainContentContainer);
  const compiled: CompiledStory = { json, header: header.value, variableNames, arriving: arrivingBuyers(json, header.value) };
  contents.set(compiled, {
    container: story.mainContentContainer,
    lists: story.listDefinitions?.lists ?? null,
    counted: countedIn(named),
    wordless: wordless ? wordlessRuns(json, story.mainContentContainer, wordless) : null,
    worked: new Map(),
  });
  return compiled;
}

/** Whether runs of this loaded story play on its wordless form (see `LoadOptions`). */
export const playsWordless = (compiled: CompiledStory): boolean => !!contents.get(compiled)?.wordless;

/**
 * Builds a story's state where ink cannot make a Proxy. ink wraps a state's variables in a Proxy
 * for the `variablesState["name"]` syntax, which this code never uses (it reads variables with
 * `$`), and then every variable ink reads or writes while playing goes through the Proxy's traps:
 * 2.3 million calls exploring key-account-trust. Where Proxy is missing ink builds the plain
 * object (its own fallback, in VariablesState's constructor). The copies ink makes of a state
 * share the variables of the state they copy, so hiding the global while the live state is built
 * is enough; hiding it around every step as well measured slower, not faster.
 */
function withoutProxy<T>(run: () => T): T {
  const global = globalThis as { Proxy?: ProxyConstructor };
  const kept = global.Proxy;
  global.Proxy = undefined;
  try {
    return run();
  } finally {
    global.Proxy = kept;
  }
}

/** A fresh story at its start, on the shared content when this story was loaded here. */
function newStory(compiled: CompiledStory): { story: Story; counted: readonly Container[]; worked: Map<LineSplitter | null, Worked> } {
  const content = contents.get(compiled);
  if (!content) {
    const story = withoutProxy(() => new Story(compiled.json));
    return { story, counted: countedIn(namedContainersOf(story.mainContentContainer)), worked: new Map() };
  }
  const story = new Story(content.container, content.lists);
  // ink walks the whole content for missing externals before a story's first line; this content
  // passed that walk when it was loaded, and a replay on the server would otherwise pay it again.
  (story as unknown as ExternalsChecked)._hasValidatedExternals = true;
  withoutProxy(() => story.ResetState());
  return { story, counted: content.counted, worked: content.worked };
}

/**
 * Low-level access to a story, one decision at a time. The path explorer uses it directly
 * (saving and restoring ink's state instead of replaying from the start); runs build on it.
 */
export interface StoryCursor {
  /** Beats produced since the last decision (or the start). */
  readonly beats: readonly Beat[];
  readonly choices: readonly ChoiceOption[];
  /** Ink runtime errors and warnings since the last decision (a dead end reports one). */
  readonly problems: readonly string[];
  choose(index: number): void;
  /** Where the open choices were written: the same decision point under any state. */
  pointId(): string;
  /** Two moments with the same key continue identically. */
  stateKey(): string;
  save(): SavedState;
  /**
   * Back to a saved moment; the same save can be restored any number of times, unless it is
   * restored as its `last` time, which spares copying it.
   */
  restore(saved: SavedState, last?: boolean): void;
  variables(): Record<string, VariableValue>;
}

declare const savedState: unique symbol;
/** A moment kept aside by `StoryCursor.save`, for that cursor's `restore` only. */
export interface SavedState {
  readonly [savedState]: true;
}

// Where inkjs notes that a story's externals were checked (no public way to say so).
interface ExternalsChecked {
  _hasValidatedExternals: boolean;
}

// inkjs has no public way to put a state back in place; its Story keeps it here.
interface StateSlot {
  _state: StoryState;
}

/** What one `Continue` showed, in lines, and ink's own tags on it. */
interface Shown {
  readonly tags: readonly string[];
  readonly lines: readonly OutputLine[];
  /** The beats it says when no tag is carried into it, and the tags it carries on. */
  said?: { readonly beats: readonly Beat[]; readonly pending: readonly string[] };
}
/** What a sequence of items of content shows, by item. */
interface ShownTrie {
  readonly next: Map<InkObject, ShownTrie>;
  shown?: Shown;
}

/** What runs on the same content and splitting lines the same way work out once for all. */
interface Worked {
  /** What sequences of content items show (openCursor's `shownNow`). */
  readonly shown: ShownTrie;
  /** The options made from ink's choices, by index, text and tags. */
  readonly options: Map<string, ChoiceOption>;
}

function workedFor(worked: Map<LineSplitter | null, Worked>, split: LineSplitter | null): Worked {
  let known = worked.get(split);
  if (!known) worked.set(split, (known = { shown: { next: new Map() }, options: new Map() }));
  return known;
}

/** One line of a passage: its text and the tags written on it. */
export interface OutputLine {
  readonly text: string;
  readonly tags: readonly string[];
}

/**
 * For a story whose lines ink does not break (core/wordless.ts): what ink showed in one go,
 * as the lines it would have shown one by one. ink's own tags of that output come before them.
 * A choice's text is taken apart the same way, as one line.
 */
export type LineSplitter = (output: string) => readonly OutputLine[];

export function openCursor(compiled: CompiledStory, seed: number, split?: LineSplitter): StoryCursor {
  const { story, counted, worked: workedBySplit } = newStory(compiled);
  const worked = workedFor(workedBySplit, split ?? null);
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  const problems: string[] = [];
  story.onError = (message) => problems.push(message);
  const speakers = new Set([SELLER, NARRATOR, ...compiled.header.buyers.map((b) => b.id)]);
  const globalTagCount = story.globalTags?.length ?? 0;
  let beats: Beat[] = [];
  // Read on demand: the explorer restores a state only to take one of its choices at once.
  let choices: ChoiceOption[] | null = null;
  let first = true;
  let patching = false;
  const splitting = split ? { split, trie: worked.shown } : null;

  // Lines into beats. A tag on a line that shows nothing goes to the next line shown, as with
  // ink; what is still carried at the end is returned.
  const say = (carried: readonly string[], lines: readonly OutputLine[], into: Beat[]): readonly string[] => {
    let pending = carried;
    for (const { text: said, tags } of lines) {
      const text = withoutBidiControls(said.trim());
      if (!text) {
        pending = [...pending, ...tags];
        continue;
      }
      into.push({ text, ...parseLineTags([...pending, ...tags], speakers).value });
      pending = [];
    }
    return pending;
  };
  const advance = (): void => {
    let pending: readonly string[] = [];
    while (story.canContinue) {
      if (splitting) {
        story.ContinueAsync(0);
        const now = shownNow(splitting);
        if (first || pending.length) {
          // inkjs repeats the global tags on the first line; they are the header, not line tags.
          pending = say([...pending, ...(first ? now.tags.slice(globalTagCount) : now.tags)], now.lines, beats);
          first = false;
          continue;
        }
        // The same items with nothing carried into them say the same beats: made once.
        if (!now.said) {
          const said: Beat[] = [];
          now.said = { beats: said, pending: say(now.tags, now.lines, said) };
        }
        beats.push(...now.said.beats);
        pending = now.said.pending;
        continue;
      }
      const output = story.Continue() ?? '';
      const tags = first ? (story.currentTags ?? []).slice(globalTagCount) : (story.currentTags ?? []);
      first = false;
      pending = say(pending, [{ text: output, tags }], beats);
    }
    choices = null;
  };
  // What ink showed is made of the items of content it passed, and the walk passes the same
  // items from state after state: what they show is worked out once for each sequence, without
  // ink building the text again and cleaning its whitespace character by character. An item
  // ink made while playing (a printed number) is new each time and never met again: keeping it
  // would only hold memory. Runs on the same loaded story share what was worked out.
  const shownNow = ({ trie, split }: { readonly trie: ShownTrie; readonly split: LineSplitter }): Shown => {
    let node: ShownTrie | null = trie;
    for (const item of story.state.outputStream) {
      if (item.parent === null) {
        node = null;
        break;
      }
      let next: ShownTrie | undefined = node.next.get(item);
      if (!next) node.next.set(item, (next = { next: new Map() }));
      node = next;
    }
    if (node?.shown) return node.shown;
    const fresh: Shown = { tags: story.currentTags ?? [], lines: split(story.currentText ?? '') };
    if (node) node.shown = fresh;
    return fresh;
  };
  // The explorer reads the same choices from state after state, and a server replays the same
  // decisions run after run: each option is made once.
  const made = worked.options;
  const readChoices = (): ChoiceOption[] =>
    story.currentChoices.map((choice, index) => {
      const key = `${index}\n${choice.text}\n${(choice.tags ?? []).join('\n')}`;
      let option = made.get(key);
      if (!option) {
        // A choice's text is one line: `split` finds its tags written in it, if any.
        const written = split?.(choice.text)[0];
        option = {
          index,
          // ink keeps a choice's inner spaces as written; a line's it folds, and so does this.
          text: withoutBidiControls((written?.text ?? choice.text).trim()).replace(/[ \t]+/g, ' '),
          ...parseChoiceTags([...(choice.tags ?? []), ...(written?.tags ?? [])]).value,
        };
        made.set(key, option);
      }
      return option;
    });
  advance();

  return {
    get beats() {
      return beats;
    },
    get choices() {
      return (choices ??= readChoices());
    },
    get problems() {
      return problems;
    },
    choose(index) {
      beats = [];
      problems.length = 0;
      story.ChooseChoiceIndex(index);
      advance();
    },
    pointId: () => [...new Set(story.currentChoices.map((c) => c.sourcePath.replace(/\.[^.]+$/, '')))].join(','),
    stateKey: () => stateKey(story, compiled, counted),
    // Saves are ink's background-save copies, not JSON (writing and reading JSON was a fifth of
    // exploring): each has its own call stack and choices, while variables and visit counts are
    // shared underneath a patch. Once the story is in background-save mode ink never applies a
    // patch, so what lies underneath stays as it was and every copy keeps its own values.
    save() {
      if (!patching) {
        story.CopyStateForBackgroundThreadSave();
        patching = true;
      }
      const copy = story.state.CopyAndStartPatching(true);
      // Copying points the shared variables at the copy's patch; the live state keeps its own.
      story.state.RestoreAfterPatch();
      return copy as unknown as SavedState;
    },
    restore(saved, last = false) {
      // A fresh copy each time: playing on would otherwise change the save (its choices' threads).
      // The last time nothing needs it as it was: it becomes the live state, and the shared
      // variables are pointed back at it, as a copy would have done.
      const state = saved as unknown as StoryState;
      (story as unknown as StateSlot)._state = last ? state : state.CopyAndStartPatching(true);
      if (last) state.RestoreAfterPatch();
      beats = [];
      problems.length = 0;
      choices = null;
    },
    variables: () =>
      Object.fromEntries(compiled.variableNames.map((name) => [name, story.variablesState.$(name) as VariableValue])),
  };
}

export interface StoryRun {
  /** The current state as plain data. */
  snapshot(): RunSnapshot;
  /** Takes option `index` of the current choices; throws PathMismatchError when there is none. */
  choose(index: number): void;
}

/** Starts a run at the beginning of the story, with ink's randomness seeded by `seed`. */
export function startRun(compiled: CompiledStory, seed: number): StoryRun {
  const cursor = cursorInWords(compiled, seed);
  const { header } = compiled;
  const entries: TranscriptEntry[] = [];
  const path: number[] = [];
  const room = openingRoom(header);
  let present = presentAtStart(header, compiled.arriving);
  const record = (entry: TranscriptEntry): void => {
    enterRoom(room, entry);
    if (entry.kind === 'beat') present = followArrivals(present, compiled.arriving, [entry.beat]).present;
    entries.push(entry);
  };
  const hear = (beats: readonly Beat[]): void => beats.forEach((beat) => record({ kind: 'beat', beat }));
  hear(cursor.beats);

  return {
    snapshot: () => ({
      header,
      seed,
      path: [...path],
      entries: [...entries],
      choices: cursor.choices,
      variables: cursor.variables(),
      moods: { ...room.moods },
      phase: room.phase,
      speaker: room.speaker,
      ended: cursor.choices.length === 0,
      outcome: room.outcome,
      present: header.buyers.map((b) => b.id).filter((id) => present.has(id)),
    }),
    choose(index) {
      const { choices } = cursor;
      if (!Number.isInteger(index) || index < 0 || index >= choices.length) {
        throw new PathMismatchError(path.length, index, choices.length);
      }
      record({ kind: 'decision', decision: { step: path.length, options: choices, chosen: index, point: cursor.pointId() } });
      path.push(index);
      cursor.choose(index);
      hear(cursor.beats);
    },
  };
}

/**
 * A cursor on the story, or on its wordless form when it was loaded for many replays, with the
 * words and the names of decision points put back: runs see no difference.
 */
function cursorInWords(compiled: CompiledStory, seed: number): Pick<StoryCursor, 'beats' | 'choices' | 'choose' | 'pointId' | 'variables'> {
  const wordless = contents.get(compiled)?.wordless;
  if (!wordless) return openCursor(compiled, seed);
  const cursor = openCursor(wordless.compiled, seed, wordless.lines);
  const { words, paths, options } = wordless;
  // Each option is made once for every run (openCursor), and so is its copy in words, which
  // then stays the same object run after run (the scoring's memo is by object).
  const inWords = (option: ChoiceOption): ChoiceOption => {
    let said = options.get(option);
    if (!said) options.set(option, (said = { ...option, text: words(option.text) }));
    return said;
  };
  return {
    get beats() {
      return cursor.beats.map((beat) => ({ ...beat, text: words(beat.text) }));
    },
    get choices() {
      return cursor.choices.map(inWords);
    },
    choose: (index) => cursor.choose(index),
    pointId: () => cursor.pointId().split(',').map((path) => paths.get(path) ?? path).join(','),
    variables: () => cursor.variables(),
  };
}

// Two moments are the same state when the open choices lead to the same places, the variables
// agree and so do the visit counts the story can read by name. Visit counts of anonymous
// containers (every once-only choice records one) are left out, or branches that rejoin would
// never be recognised as the same state; the open choices already reflect them.
function stateKey(story: Story, compiled: CompiledStory, counted: readonly Container[]): string {
  const choices = story.currentChoices.map((c) => `${c.pathStringOnChoice}|${c.text}`);
  const variables = compiled.variableNames.map((name) => story.variablesState.$(name) as VariableValue);
  const visits = counted.map((container) => story.state.VisitCountForContainer(container));
  return JSON.stringify([choices, variables, visits]);
}

/**
 * Replays a choice path from the start. Throws PathMismatchError at the first index the story
 * does not offer, so a stale or corrupt save is detected rather than silently misplayed.
 */
export function replay(compiled: CompiledStory, seed: number, path: readonly number[]): StoryRun {
  const run = startRun(compiled, seed);
  for (const index of path) run.choose(index);
  return run;
}
