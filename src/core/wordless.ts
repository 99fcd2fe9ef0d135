import { withoutBidiControls } from './text';

/**
 * A compiled story with its words replaced by short tokens, for a machine that walks every path
 * and only needs the story's shape. ink does work for every character it shows (splitting off
 * and cleaning whitespace, building each line and each choice's text); with tokens in place of
 * sentences, exploring the library took a fifth less time, with the same states found.
 *
 * Only sound when no text can change what the story does: a story that keeps or compares a
 * string in its logic (a `"…"` in a condition, an assignment or a function's return) is left
 * with its words. Tags keep their text: they are what the game reads.
 */

export interface Wordless {
  /** The story's JSON with every sentence a token (same structure, same logic, same tags). */
  readonly json: string;
  /** The words ink would have shown for a line of the wordless story. */
  readonly words: (text: string) => string;
}

const OPEN = '\u0001';
const CLOSE = '\u0002';
const TOKEN = new RegExp(`${OPEN}([0-9a-z]+)${CLOSE}`, 'g');
// ink's own notion of whitespace inside a line.
const LEAD_SPACE = /^[ \t]*/;
const TRAIL_SPACE = /[ \t]*$/;

type Node = unknown;
type Json = Node[];

const isText = (node: Node): node is string => typeof node === 'string' && node.startsWith('^');

/**
 * The wordless form of a compiled story, or null when the story's logic may read text (or its
 * text already holds the characters tokens are made of), so its words must stay.
 */
export function withoutWords(json: string): Wordless | null {
  // JSON writes both characters escaped; a story whose text holds them keeps its words.
  if (/\\u000[12]/i.test(json) || json.includes(OPEN) || json.includes(CLOSE)) return null;
  const root = JSON.parse(json) as { root?: Node[] };
  if (readsStrings(root)) return null;
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
    return body ? `^${lead}${token(body)}${text.slice(lead.length + body.length)}` : `^${text}`;
  };
  const functions = functionKnots(root);
  const opening = root.root?.[0];
  // `where.tags` says whether a line tag may become a plain tag here (see plainTags); `where.inTag`
  // that this is the inside of a tag (`# mood: {x: a|b}`), whose text is the game's, not words.
  const rewrite = (node: Node, where: { tags: boolean; inTag: boolean }): Node => {
    if (Array.isArray(node)) {
      let inTag = where.inTag;
      const items = where.tags && node !== opening ? plainTags(node) : node;
      return items.map((child) => {
        if (child === '#') inTag = true;
        else if (child === '/#') inTag = false;
        if (isText(child)) return inTag ? child : sentence(child.slice(1));
        return rewrite(child, { tags: where.tags, inTag });
      });
    }
    if (node && typeof node === 'object') {
      // A choice's start content ("s") and a function's body can run inside a string being
      // made, where a tag belongs to the choice: their tags stay as ink wrote them.
      const entries = Object.entries(node).map(([key, value]) => [key, rewrite(value, { tags: where.tags && key !== 's' && !functions.has(key), inTag: where.inTag })]);
      return Object.fromEntries(entries);
    }
    return node;
  };
  const wordless = JSON.stringify(rewrite(root, { tags: true, inTag: false }));
  // ink folds every run of spaces and tabs into one and trims the line; a sentence's own inner
  // runs were out of its reach behind a token.
  const words = (text: string): string =>
    withoutBidiControls(text.replace(TOKEN, (_, index: string) => bodies[parseInt(index, 36)] ?? ''))
      .replace(/[ \t]+/g, ' ')
      .trim();
  return { json: wordless, words };
}

/**
 * A line's tags as ink's plain tag objects. ink 1.1 writes every tag as a little program
 * ("#", its text, "/#") that it runs and then reads back out of the output, which cost as much
 * as the words; a tag of one fixed text outside a string being made means the same as a plain
 * tag. Two no-ops keep every later item at its index (diverts address items by index).
 */
function plainTags(items: readonly Node[]): Node[] {
  const out: Node[] = [];
  let inString = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === 'str') inString++;
    else if (item === '/str') inString--;
    const text = items[i + 1];
    if (inString === 0 && item === '#' && isText(text) && items[i + 2] === '/#') {
      const tag = text.slice(1).replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
      if (tag) {
        out.push({ '#': tag }, 'nop', 'nop');
        i += 2;
        continue;
      }
    }
    out.push(item);
  }
  return out;
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
