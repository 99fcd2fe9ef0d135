import { CHOICE, choiceBrackets, splitTags, stripComments } from './source-lint';
import { splitTag } from './tags';

/**
 * The skeleton of an `.ink` source: everything but the words people read. Two language versions
 * of one scenario must have the same skeleton line for line — the same knots, choices, moves,
 * causes, variables, logic, milestones and outcomes — so a saved path means the same in both.
 */

export interface SkeletonLine {
  readonly line: number;
  readonly shape: string;
}

/** Header tags whose values are prose (translated); the rest must match exactly. */
const PROSE_HEADER = new Set(['title', 'brief', 'objective']);
/** Choice and line tags whose values are prose. */
const PROSE_TAG = new Set(['why']);
const LOGIC_LINE = /^\s*(~|VAR\b|CONST\b|LIST\b|INCLUDE\b|EXTERNAL\b|={1,3}\s*[\w]+)/;

function tagShape(tag: string, header: boolean): string {
  const { key, value } = splitTag(tag);
  if (header && key === 'buyer') {
    // id and role are structure; the name, job title and look are the writer's to translate or fit.
    const [id = '', , , role = ''] = value.split(';').map((p) => p.trim());
    return `#buyer:${id};${role}`;
  }
  if ((header && PROSE_HEADER.has(key)) || PROSE_TAG.has(key)) return `#${key}`;
  return `#${key}:${value}`;
}

/** Inline logic without its words: `{trust > 2: Yes|No}` keeps the condition and the number of branches. */
function inlineShape(text: string): string {
  const parts: string[] = [];
  for (const match of text.matchAll(/\{([^{}]*)\}|->\s*[\w.]+|<>/g)) {
    const [whole, inner] = match;
    if (inner === undefined) {
      parts.push(whole.replace(/\s+/g, ''));
      continue;
    }
    const colon = inner.indexOf(':');
    const head = colon >= 0 && /^[\s\w!<>=&|.()+\-*/"]*$/.test(inner.slice(0, colon)) ? inner.slice(0, colon).replace(/\s+/g, '') : '';
    const kind = /^\s*[~&!$]/.test(inner) ? inner.trim()[0] : '';
    const branches = inner.split('|').length;
    // A bare variable print, `{trust}`, is logic too.
    const printed = /^\s*[A-Za-z_][\w.]*\s*$/.test(inner) ? inner.trim() : '';
    const diverts = [...inner.matchAll(/->\s*[\w.]+/g)].map((d) => d[0].replace(/\s+/g, '')).join(',');
    parts.push(`{${kind}${head}${head ? ':' : ''}${printed}${branches > 1 ? `|${branches}` : ''}${diverts}}`);
  }
  return parts.join(' ');
}

/** The skeleton of a source, one entry per line that carries structure. */
export function skeletonOf(source: string): SkeletonLine[] {
  const out: SkeletonLine[] = [];
  let inHeader = true;
  stripComments(source).forEach((text, i) => {
    const line = i + 1;
    if (!text.trim()) return;
    if (LOGIC_LINE.test(text)) {
      inHeader = false;
      out.push({ line, shape: text.trim().replace(/\s+/g, ' ').replace(/"[^"]*"/g, '"…"') });
      return;
    }
    const choice = CHOICE.exec(text);
    if (choice) {
      inHeader = false;
      const rest = text.slice(choice[0].length);
      const brackets = choiceBrackets(rest);
      const marker = choice[0].replace(/\s+/g, '');
      if (!brackets) {
        out.push({ line, shape: `${marker} ${inlineShape(rest)}` });
        return;
      }
      const before = inlineShape(rest.slice(0, rest.indexOf('[')));
      const inside = splitTags(brackets.inside).tags.map((t) => tagShape(t, false)).join(' ');
      const after = splitTags(brackets.after);
      out.push({ line, shape: `${marker} ${before} [${inside}] ${inlineShape(after.content)} ${after.tags.map((t) => tagShape(t, false)).join(' ')}`.replace(/\s+/g, ' ').trim() });
      return;
    }
    const { content, tags } = splitTags(text);
    const header = inHeader && !content.trim();
    if (!header) inHeader = false;
    const gather = /^\s*(-(?!>)\s*)+/.exec(content)?.[0].replace(/\s+/g, '') ?? '';
    const shape = `${gather} ${inlineShape(content)} ${tags.map((t) => tagShape(t, header)).join(' ')}`.replace(/\s+/g, ' ').trim();
    out.push({ line, shape: shape || '…' });
  });
  return out;
}

export interface SkeletonDifference {
  /** Line in the first source, and in the second (null past its end). */
  readonly line: number | null;
  readonly otherLine: number | null;
  readonly message: string;
}

/** The first place where two sources' skeletons part, or null when they are the same scenario. */
export function compareSkeletons(a: string, b: string): SkeletonDifference | null {
  const x = skeletonOf(a);
  const y = skeletonOf(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p && q && p.shape === q.shape) continue;
    if (!q) return { line: p?.line ?? null, otherLine: null, message: `the other language ends here; it lacks: ${p?.shape}` };
    if (!p) return { line: null, otherLine: q.line, message: `the other language has more here: ${q.shape}` };
    return { line: p.line, otherLine: q.line, message: `differs: "${p.shape}" vs "${q.shape}"` };
  }
  return null;
}
