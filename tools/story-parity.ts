import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { playWith } from '../src/core/explore';
import { EVIDENCE_POLICIES, POLICIES } from '../src/core/policies';
import { loadStory, type CompiledStory } from '../src/core/runner';
import { scoreTranscript } from '../src/core/scoring';
import { lintInkSource } from '../src/core/source-lint';
import { compareSkeletons } from '../src/core/story-skeleton';
import { compileInkFile, type InkProblem } from './ink-compile';
import { playScriptedTrainees, type ScriptedTrainees } from './scripted-trainees';

/**
 * One scenario, two languages: `stories/zh-CN/<name>.ink` must be the same scenario as
 * `stories/<name>.ink` — the same skeleton line for line (knots, choices, moves, causes, logic,
 * tags) and the same path, score and ending for every evidence-reading trainee — so a saved path means the
 * same in both and a trainee can switch language mid-scenario.
 */

export const TRANSLATIONS = ['zh-CN'] as const;

/** Where the translation of a story lives. */
export function translationOf(file: string, locale: (typeof TRANSLATIONS)[number]): string {
  return join(dirname(file), locale, basename(file));
}

const versionOf = (source: string): number => lintInkSource(source).header?.version ?? 0;

/** The original already compiled and played by the checker, so a translation does not compile and play it again. */
export interface PlayedOriginal {
  readonly story: CompiledStory;
  readonly runs: ScriptedTrainees['runs'];
}

export interface ParityOptions {
  readonly library?: boolean;
  readonly cwd?: string;
  readonly played?: PlayedOriginal;
}

/** Problems that keep a translation from being the same scenario as its original, located in both files. */
export function parityProblems(original: string, translation: string, { library = true, cwd = process.cwd(), played }: ParityOptions = {}): InkProblem[] {
  const problems: InkProblem[] = [];
  const at = (file: string, line: number | null, message: string): void => {
    problems.push({ file: relative(cwd, file), line: line ?? 1, message, severity: 'error' });
  };
  const a = readFileSync(original, 'utf8');
  const b = readFileSync(translation, 'utf8');
  const [va, vb] = [versionOf(a), versionOf(b)];
  if (va !== vb) {
    const behind = va < vb ? original : translation;
    at(behind, 1, `${relative(cwd, behind)} is behind (version ${Math.min(va, vb)} against ${Math.max(va, vb)}): bring it in step with ${relative(cwd, behind === original ? translation : original)}`);
  }
  const difference = compareSkeletons(a, b);
  if (difference) {
    at(translation, difference.otherLine ?? difference.line, `not the same scenario as ${relative(cwd, original)}:${difference.line ?? '(end)'}: ${difference.message}`);
    return problems;
  }
  const cb = compileInkFile(translation, cwd);
  const ca = played ? null : compileInkFile(original, cwd);
  if ((ca && !ca.json) || !cb.json) return [...problems, ...cb.problems];
  const sa = played?.story ?? loadStory(ca?.json as string);
  // The words decide the shape tells (question marks, length, names): the translation must not give the answers away either.
  const { runs, problems: habits } = playScriptedTrainees(loadStory(cb.json));
  for (const message of [...habits.always, ...(library ? habits.library : [])]) at(translation, 1, `in this translation, ${message}`);
  // The shape-reading trainees (question marks, names, length) legitimately differ between languages.
  for (const name of EVIDENCE_POLICIES) {
    const [ra, rb] = [played?.runs[name] ?? playWith(sa, POLICIES[name]), runs[name]];
    const [xa, xb] = [scoreTranscript(ra.entries), scoreTranscript(rb.entries)];
    if (ra.path.join() !== rb.path.join() || xa.overall !== xb.overall || ra.outcome !== rb.outcome) {
      at(translation, 1, `the ${name} trainee plays differently here: ${rb.path.join(',')} → ${xb.overall} ${rb.outcome} against ${ra.path.join(',')} → ${xa.overall} ${ra.outcome} in ${relative(cwd, original)}`);
    }
  }
  return problems;
}

/** The parity problems of every translation that exists beside a story. */
export function translationProblems(file: string, { library = true, played }: Omit<ParityOptions, 'cwd'> = {}): InkProblem[] {
  return TRANSLATIONS.flatMap((locale) => {
    const translation = translationOf(file, locale);
    return existsSync(translation) ? parityProblems(file, translation, { library, ...(played ? { played } : {}) }) : [];
  });
}
