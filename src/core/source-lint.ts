import type { Outcome } from './buying';
import { CONCEPT_IDS, type ConceptId } from './concepts';
import { isSuccessfulOutcome, optionEvidence } from './scoring';
import type { MoveId } from './rubric';
import type { DirectEvidence } from './tags';
import {
  NARRATOR,
  parseChoiceTags,
  parseHeader,
  parseLineTags,
  SELLER,
  type StoryHeader,
} from './tags';

/**
 * Static checks of an `.ink` source against the tag grammar, with line numbers, so a writer
 * sees `stories/x.ink:42: unknown move "pich-features"` at build time rather than a wrong
 * score at play time. Pure: the caller reads the file and adds the file name.
 */

export interface SourceProblem {
  readonly line: number;
  readonly message: string;
}

export interface SourceEnding {
  readonly line: number;
  readonly outcome: Outcome;
  /** The ending line's literal text, used to recognise it when the explorer reaches it. */
  readonly text: string;
  readonly causedBy: string | null;
}

export interface SourceDirectEvidence extends DirectEvidence {
  readonly line: number;
  readonly why: string;
}

export interface SourceLint {
  readonly header: StoryHeader | null;
  readonly problems: readonly SourceProblem[];
  readonly endings: readonly SourceEnding[];
  readonly directEvidence: readonly SourceDirectEvidence[];
  readonly choiceLines: number;
  /** Concepts some choice's moves give evidence on. */
  readonly concepts: readonly ConceptId[];
  /** Every move some choice names. */
  readonly moves: readonly MoveId[];
}

interface TaggedLine {
  readonly line: number;
  readonly content: string;
  readonly tags: string[];
}

/** Ink markup that is not literal text: inline logic, glue, diverts. */
/** The first source line whose text shows `shown` (a line the story output), for locating runtime problems. */
export function lineOfText(source: string, shown: string): number | null {
  const wanted = literalText(shown).slice(0, 48);
  if (!wanted) return null;
  const index = source.split('\n').findIndex((line) => literalText(line.replace(/#.*$/, '').replace(/^\s*[*+-]+\s*/, '').replace(/[[\]]/g, '')).includes(wanted));
  return index < 0 ? null : index + 1;
}

export function literalText(text: string): string {
  return text
    .replace(/\{[^{}]*\}/g, '')
    .replace(/<>/g, '')
    .replace(/->\s*[\w.]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function stripComments(source: string): string[] {
  const noBlocks = source.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ''));
  return noBlocks.split('\n').map((line) => line.replace(/(^|[^:])\/\/.*$/, '$1'));
}

export function splitTags(text: string): { content: string; tags: string[] } {
  const [content = '', ...tags] = text.split('#');
  return { content, tags: tags.map((t) => t.trim()).filter(Boolean) };
}

export const CHOICE = /^\s*(?:[*+]\s*)+(?:\([\w-]+\)\s*)?/;
const NON_CONTENT = /^\s*(VAR|CONST|INCLUDE|LIST|EXTERNAL)\b/;

/** The bracketed part of a choice line, or null when the choice has no brackets. */
export function choiceBrackets(rest: string): { inside: string; after: string } | null {
  const open = rest.indexOf('[');
  if (open < 0) return null;
  const close = rest.indexOf(']', open);
  if (close < 0) return null;
  return { inside: rest.slice(open + 1, close), after: rest.slice(close + 1) };
}

/**
 * Every lost or no-decision ending names the choice that decided it, so the debrief can open with
 * that moment and the grading can count it: the ending says `caused-by: x`, the choice `cause: x`.
 */
function causeProblems(endings: readonly SourceEnding[], causes: ReadonlyMap<string, number>): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const named = new Set<string>();
  for (const ending of endings) {
    if (ending.causedBy) {
      named.add(ending.causedBy);
      if (!causes.has(ending.causedBy)) {
        problems.push({ line: ending.line, message: `"caused-by: ${ending.causedBy}" names no choice: tag the choice that leads here with "# cause: ${ending.causedBy}"` });
      }
    } else if (!isSuccessfulOutcome(ending.outcome)) {
      problems.push({ line: ending.line, message: `a "${ending.outcome}" ending must say which choice decided it: add "# caused-by: <cause>" and tag that choice "# cause: <cause>"` });
    }
  }
  for (const [cause, line] of causes) {
    if (!named.has(cause)) problems.push({ line, message: `"cause: ${cause}" is named by no ending's "caused-by:"` });
  }
  return problems;
}

const KNOT = /^\s*={2,}\s*(\w+)\s*(?:\([^)]*\))?\s*=*\s*$/;
const DIVERT = /->\s*([A-Za-z_]\w*)/g;
const ONLY_DIVERTS = /^\s*(-\s*)*(->\s*[A-Za-z_]\w*(\.\w+)?\s*)+$/;

/**
 * Knots no divert leads to, and knots that only divert in a circle (no text, no choice): ink
 * would spin there forever, so the explorer never gets to report it. Each is reported at its line.
 */
function knotProblems(lines: readonly string[]): SourceProblem[] {
  const knots = new Map<string, { line: number; body: string[] }>();
  let current: { line: number; body: string[] } | null = null;
  lines.forEach((text, i) => {
    const knot = KNOT.exec(text);
    if (knot) {
      current = { line: i + 1, body: [] };
      knots.set(knot[1] as string, current);
    } else if (current && text.trim()) current.body.push(text);
  });
  const referenced = new Set(lines.flatMap((text) => (KNOT.test(text) ? [] : [...text.matchAll(DIVERT)].map((m) => m[1] as string))));
  const problems: SourceProblem[] = [];
  for (const [name, { line }] of knots) {
    if (!referenced.has(name)) problems.push({ line, message: `knot "${name}" is unreachable: no divert leads to it` });
  }
  // Knots that only pass the reader on: follow them; coming back to where we started is a loop.
  const onward = new Map<string, string[]>();
  for (const [name, { body }] of knots) {
    if (body.length && body.every((text) => ONLY_DIVERTS.test(text))) onward.set(name, body.flatMap((t) => [...t.matchAll(DIVERT)].map((m) => m[1] as string)));
  }
  const reported = new Set<string>();
  for (const start of onward.keys()) {
    const seen: string[] = [];
    let at: string | undefined = start;
    while (at && onward.has(at) && !seen.includes(at)) {
      seen.push(at);
      at = onward.get(at)?.[0];
    }
    if (at === start && !seen.some((k) => reported.has(k))) {
      seen.forEach((k) => reported.add(k));
      problems.push({ line: knots.get(start)?.line ?? 1, message: `knot "${start}" loops forever (${[...seen, start].join(' → ')}) with no text or choice: give the loop a choice or an exit` });
    }
  }
  return problems;
}

export function lintInkSource(source: string): SourceLint {
  const problems: SourceProblem[] = [];
  const lines = stripComments(source);
  problems.push(...knotProblems(lines));
  const headerTags: TaggedLine[] = [];
  const bodyLines: TaggedLine[] = [];
  const choiceTagLines: TaggedLine[] = [];
  let inHeader = true;

  lines.forEach((text, i) => {
    const line = i + 1;
    if (!text.trim()) return;
    if (NON_CONTENT.test(text)) return;
    const choice = CHOICE.exec(text);
    if (choice) {
      inHeader = false;
      const rest = text.slice(choice[0].length);
      const isFallback = /^\s*(\{[^}]*\}\s*)*->/.test(rest);
      if (isFallback) return;
      const brackets = choiceBrackets(rest);
      if (!brackets) {
        problems.push({ line, message: 'choice text must be in [ ] brackets, with its tags inside them' });
        return;
      }
      choiceTagLines.push({ line, content: brackets.inside, tags: splitTags(brackets.inside).tags });
      const after = splitTags(brackets.after);
      if (after.tags.length) bodyLines.push({ line, content: after.content, tags: after.tags });
      return;
    }
    const { content, tags } = splitTags(text);
    if (inHeader && !content.trim()) {
      headerTags.push({ line, content, tags });
      return;
    }
    inHeader = false;
    if (tags.length) bodyLines.push({ line, content, tags });
  });

  const header = parseHeader(headerTags.flatMap((t) => t.tags));
  // Header messages quote the offending value: point at the tag that holds it.
  const headerLine = (message: string): number => {
    const quoted = [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string);
    return headerTags.find((t) => quoted.some((q) => t.tags.some((tag) => tag.includes(q))))?.line ?? headerTags[0]?.line ?? 1;
  };
  for (const message of header.problems) problems.push({ line: headerLine(message), message });
  const speakers = new Set([SELLER, NARRATOR, ...header.value.buyers.map((b) => b.id)]);

  const endings: SourceEnding[] = [];
  for (const { line, content, tags } of bodyLines) {
    const parsed = parseLineTags(tags, speakers);
    for (const message of parsed.problems) problems.push({ line, message });
    if (parsed.value.outcome) endings.push({ line, outcome: parsed.value.outcome, text: literalText(content), causedBy: parsed.value.causedBy });
  }

  const directEvidence: SourceDirectEvidence[] = [];
  const touched = new Set<ConceptId>();
  const moves = new Set<MoveId>();
  const causes = new Map<string, number>();
  for (const { line, tags } of choiceTagLines) {
    const parsed = parseChoiceTags(tags);
    if (parsed.value.cause && !causes.has(parsed.value.cause)) causes.set(parsed.value.cause, line);
    for (const move of parsed.value.moves) moves.add(move);
    for (const concept of Object.keys(optionEvidence(parsed.value)) as ConceptId[]) touched.add(concept);
    for (const message of parsed.problems) problems.push({ line, message });
    for (const evidence of parsed.value.direct) {
      directEvidence.push({ ...evidence, line, why: parsed.value.why ?? '' });
    }
  }

  if (endings.length === 0) problems.push({ line: 1, message: 'the story has no ending: tag one with "# outcome: …"' });
  problems.push(...causeProblems(endings, causes));

  problems.sort((a, b) => a.line - b.line);
  return {
    header: header.problems.length ? null : header.value,
    problems,
    endings,
    directEvidence,
    choiceLines: choiceTagLines.length,
    concepts: CONCEPT_IDS.filter((c) => touched.has(c)),
    moves: [...moves].sort(),
  };
}
