import type { LineSplitter, OutputLine } from './runner';
import { joinTextRuns, withFixedStringsAsValues } from './text-runs';
import { withoutBidiControls } from './text';

/**
 * A compiled story with its words replaced by short tokens and its lines run together, for a
 * machine that walks every path and only needs the story's shape. ink does work for every
 * character it shows (splitting off and cleaning whitespace, building each line and each
 * choice's text), and at every line break it copies its whole state and steps on to see
 * whether the next content glues on, then steps that part again. With tokens in place of
 * sentences, and line breaks and tags as marks in the text that `lines` takes apart, one
 * `Continue` shows a whole passage and the walk does neither. Each run of text and marks is
 * then one item, and a choice's fixed text goes onto ink's evaluation stack as it is, without a
 * string section around it (core/text-runs.ts): ink steps once per item.
 *
 * Only sound when no text can change what the story does: a story that keeps or compares a
 * string in its logic (a `"…"` in a condition, an assignment or a function's return), glues
 * lines together or prints lines or tags from a function is left with its words. Tags keep
 * their text: they are what the game reads.
 */

export interface Wordless {
  /** The story's JSON with every sentence a token (same structure, same logic, same tags). */
  readonly json: string;
  /** The words ink would have shown for a line of the wordless story. */
  readonly words: (text: string) => string;
  /** The lines, each with its tags, of what ink showed in one go (runner.ts openCursor). */
  readonly lines: LineSplitter;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';
const BREAK = '\u0003';
const TAG_OPEN = '\u0004';
const TAG_CLOSE = '\u0005';
const TOKEN = new RegExp(`${OPEN}([0-9a-z]+)${CLOSE}`, 'g');
const TAG = new RegExp(`${TAG_OPEN}([^${TAG_CLOSE}]*)${TAG_CLOSE}`, 'g');
// ink's own notion of whitespace inside a line.
const LEAD_SPACE = /^[ \t]*/;
const TRAIL_SPACE = /[ \t]*$/;

type Node = unknown;
type Json = Node[];

const isText = (node: Node): node is string => typeof node === 'string' && node.startsWith('^');
const isObject = (node: Node): node is Record<string, Node> => !!node && typeof node === 'object' && !Array.isArray(node);

/**
 * The wordless form of a compiled story, or null when the story's logic may read text (or its
 * text already holds the characters marks are made of), so its words must stay.
 */
export function withoutWords(json: string): Wordless | null {
  // JSON may write these characters escaped or as they are; a story holding them keeps its words.
  if (/\\u000[1-5]/i.test(json) || [OPEN, CLOSE, BREAK, TAG_OPEN, TAG_CLOSE].some((mark) => json.includes(mark))) return null;
  const root = JSON.parse(json) as { root?: Node[] };
  if (readsStrings(root)) return null;
  const functions = functionKnots(root);
  if (gluesOrPrintsFromFunctions(root, functions)) return null;
  const bodies: string[] = [];
  const tokenOf = new Map<string, string>();
  const token = (body: string): string => {
    let known = tokenOf.get(body);
    if (known === undefined) {
      known = `${OPEN}${bodies.length.toString(36)}${CLOSE}`;
      tokenOf.set(body, known);
      bodies.push(body);
    }
    return known;
  };
  const sentence = (text: string): string => {
    if (text.includes('\n')) return `^${text}`;
    const lead = LEAD_SPACE.exec(text)?.[0] ?? '';
    const body = text.slice(lead.length).replace(TRAIL_SPACE, '');
    // A line of nothing but bidi controls shows nothing (core/text.ts): its tags go on to the next line.
    return withoutBidiControls(body) ? `^${lead}${token(body)}${text.slice(lead.length + body.length)}` : `^${text}`;
  };
  const opening = root.root?.[0];
  // The tags the story starts with are its header, which ink reads as they are written.
  let header = 0;
  while (Array.isArray(opening) && opening[header] === '#' && isText(opening[header + 1]) && opening[header + 2] === '/#') header += 3;
  // `marks` says whether line breaks and tags may become marks here: not in a function, nor in
  // the header. A choice's text has its tags as marks too, and the cursor takes them apart there
  // as well. `inTag` is the inside of a tag (`# mood: {x: a|b}`), whose text is the game's, not
  // words. Past the header no tag is left for ink, so none of ink's own comes with a passage.
  const rewrite = (node: Node, marks: boolean, inTag: boolean): Node => {
    if (Array.isArray(node)) return rewriteContainer(node, marks, inTag);
    if (isObject(node)) {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value, marks && !functions.has(key), inTag)]));
    }
    return node;
  };
  // The items of each rewritten container that are text shown as a passage, to be joined.
  const shown = new WeakMap<Json, boolean[]>();
  const rewriteContainer = (items: Json, marks: boolean, startsInTag: boolean): Json => {
    const out: Node[] = [];
    const text: boolean[] = [];
    shown.set(out, text);
    let inString = 0;
    let inTag = startsInTag;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item === 'str') inString++;
      else if (item === '/str') inString--;
      const here = marks && !(items === opening && i < header);
      const next = items[i + 1];
      if (here && item === '#' && isText(next) && items[i + 2] === '/#') {
        // A tag of one fixed text is one mark; two no-ops keep every later item at its index
        // (diverts address items by index) until the runs of text are joined.
        out.push(`^${TAG_OPEN}${next.slice(1)}${TAG_CLOSE}`, 'nop', 'nop');
        text.push(true, true, true);
        i += 2;
        continue;
      }
      // A choice's text has no line breaks: one there would be logic making a string.
      const breaks = here && inString === 0;
      // ink's own no-ops (where it goes on after a condition) join the text that follows them.
      text[out.length] = here && (item === '#' || item === '/#' || (item === '\n' && breaks) || item === 'nop' || isText(item));
      if (item === '#') {
        inTag = true;
        out.push(here ? `^${TAG_OPEN}` : item);
      } else if (item === '/#') {
        inTag = false;
        out.push(here ? `^${TAG_CLOSE}` : item);
      } else if (item === '\n') out.push(breaks ? `^${BREAK}` : item);
      else if (isText(item)) out.push(inTag ? item : sentence(item.slice(1)));
      else if (isObject(item) && i === items.length - 1) {
        const named = (key: string): boolean => here && !functions.has(key);
        out.push(Object.fromEntries(Object.entries(item).map(([key, value]) => [key, rewrite(value, named(key), inTag)])));
      } else out.push(rewrite(item, here, inTag));
    }
    return out;
  };
  const tokened = rewrite(root, true, false) as { root: Json };
  // Joining runs needs every path followed; one it cannot follow leaves the runs as they are.
  const joined = joinTextRuns(tokened.root, (container, index) => shown.get(container)?.[index] === true);
  const valued = joined && withFixedStringsAsValues(joined);
  const wordless = JSON.stringify(valued ? { ...tokened, root: valued } : tokened);
  // ink folds every run of spaces and tabs into one and trims the line; a sentence's own inner
  // runs were out of its reach behind a token.
  const put = (text: string): string =>
    withoutBidiControls(text.replace(TOKEN, (_, index: string) => bodies[parseInt(index, 36)] ?? ''))
      .replace(/[ \t]+/g, ' ')
      .trim();
  // Every path into an ending asks for its words again.
  const told = new Map<string, string>();
  const words = (text: string): string => {
    let said = told.get(text);
    if (said === undefined) told.set(text, (said = put(text)));
    return said;
  };
  const split = (output: string): OutputLine[] =>
    output.split(BREAK).map((said) => {
      const tags: string[] = [];
      // ink keeps no tag that shows nothing at all, and trims the text of one it keeps.
      const text = said.replace(TAG, (_, tag: string) => {
        if (tag.length) tags.push(tag.replace(/[ \t]+/g, ' ').trim());
        return '';
      });
      return { text, tags };
    });
  // A walk meets the same passages and choices again and again, from state after state.
  const known = new Map<string, readonly OutputLine[]>();
  const lines: LineSplitter = (output) => {
    let taken = known.get(output);
    if (!taken) known.set(output, (taken = split(output)));
    return taken;
  };
  return { json: wordless, words, lines };
}

/**
 * True when the story glues lines (`<>`), whose breaks only ink can place, or a function it
 * calls shows a line break or a tag, whose place in the line only ink knows.
 */
function gluesOrPrintsFromFunctions(root: { root?: Node[] }, functions: ReadonlySet<string>): boolean {
  const has = (node: Node, what: (item: Node) => boolean): boolean => {
    if (what(node)) return true;
    if (Array.isArray(node)) return node.some((child) => has(child, what));
    if (isObject(node)) return Object.values(node).some((child) => has(child, what));
    return false;
  };
  if (has(root, (item) => item === '<>')) return true;
  const named = root.root?.at(-1);
  if (!isObject(named)) return false;
  return [...functions].some((name) => has(named[name], (item) => item === '\n' || item === '#' || item === '/#' || (isObject(item) && '#' in item)));
}

/** The knots the story calls as functions (`{"f()": "name"}`). */
function functionKnots(root: Node): Set<string> {
  const names = new Set<string>();
  const visit = (node: Node): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const call = (node as Record<string, unknown>)['f()'];
      if (typeof call === 'string') names.add(call.split('.')[0] ?? call);
      Object.values(node).forEach(visit);
    }
  };
  visit(root);
  return names;
}

/**
 * True when a string value can reach the story's logic. In compiled ink a string value is made
 * between "str" and "/str" in evaluation mode; the only such strings that are not logic are a
 * choice's own text, the first sections of the evaluation just before its choice point (the
 * choice's flags say how many: start content 2, choice-only content 4).
 */
function readsStrings(root: Node): boolean {
  const visit = (node: Node): boolean => {
    if (Array.isArray(node)) return containerReadsStrings(node) || node.some(visit);
    if (node && typeof node === 'object') return Object.values(node).some(visit);
    return false;
  };
  return visit(root);
}

function containerReadsStrings(items: Json): boolean {
  // ink's modes as this container switches them: an evaluation counts its own string sections.
  const modes: ({ kind: 'ev'; sections: number } | { kind: 'str' })[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const top = modes.at(-1);
    if (item === 'ev') modes.push({ kind: 'ev', sections: 0 });
    else if (item === 'str') {
      // A string begun in an evaluation that began elsewhere cannot be traced: keep the words.
      if (top?.kind !== 'ev') return true;
      top.sections++;
      modes.push({ kind: 'str' });
    } else if (item === '/str') {
      if (top) modes.pop();
    } else if (item === '/ev' && top?.kind === 'ev') {
      modes.pop();
      const next = items[i + 1] as { '*'?: unknown; flg?: number } | undefined;
      const flags = next && typeof next === 'object' && '*' in next ? (next.flg ?? 0) : 0;
      const choiceTexts = (flags & 2 ? 1 : 0) + (flags & 4 ? 1 : 0);
      if (top.sections > choiceTexts) return true;
    }
  }
  return modes.some((mode) => mode.kind === 'ev' && mode.sections > 0);
}
