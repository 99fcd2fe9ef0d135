import { CONCEPT_IDS, type ConceptId } from '../src/core/concepts';
import { PHASE_IDS, SEGMENT_IDS } from '../src/core/buying';
import { explore, type Exploration } from '../src/core/explore';
import type { PolicyName } from '../src/core/policies';
import type { MoveId } from '../src/core/rubric';
import { loadStory, StoryError } from '../src/core/runner';
import { lineOfText, literalText } from '../src/core/source-lint';
import type { StoryHeader } from '../src/core/tags';
import { compileInkFile, type InkProblem } from './ink-compile';
import { duplicateIds } from './story-ids';
import { translationProblems } from './story-parity';
import { playScriptedTrainees, type PolicyRun, type ShapeTells } from './scripted-trainees';

export type { PolicyRun } from './scripted-trainees';

/** What the checker knows about one story: its problems, its shape, and its score spread. */
export interface StoryReport {
  readonly file: string;
  readonly header: StoryHeader | null;
  readonly problems: readonly InkProblem[];
  readonly exploration: Omit<Exploration, 'deadEnds' | 'runtimeProblems'> | null;
  readonly declaredEndings: number;
  readonly scores: Readonly<Record<PolicyName, PolicyRun>> | null;
  readonly directEvidence: readonly { line: number; concept: ConceptId; why: string }[];
  readonly moves: readonly MoveId[];
  /** Decisions met by the scripted trainees, and how many give the best answer away by its shape. */
  readonly tells: ShapeTells | null;
}

/** The bar every scenario in the library must clear (stories/README.md). */
export const LIBRARY_RULES = { minDecisionPoints: 12, minEndings: 3, minSpread: 25 } as const;

const sameEnding = (a: string, b: string): boolean => {
  const x = literalText(a).slice(0, 48);
  const y = literalText(b).slice(0, 48);
  return x.length > 0 && (x.startsWith(y) || y.startsWith(x));
};

export function reportStory(file: string, { library = true } = {}): StoryReport {
  const compiled = compileInkFile(file);
  const problems: InkProblem[] = [...compiled.problems];
  const error = (message: string, line = 1): void => {
    problems.push({ file: compiled.files[0] ? file : file, line, message, severity: 'error' });
  };
  const base = {
    file,
    header: compiled.lint.header,
    declaredEndings: compiled.lint.endings.length,
    directEvidence: compiled.lint.directEvidence.map(({ line, concept, why }) => ({ line, concept, why })),
    moves: compiled.lint.moves,
  };
  if (!compiled.json) return { ...base, problems, exploration: null, scores: null, tells: null };

  let story;
  try {
    story = loadStory(compiled.json);
  } catch (e) {
    error(e instanceof StoryError ? e.message : String(e));
    return { ...base, problems, exploration: null, scores: null, tells: null };
  }
  const { deadEnds, runtimeProblems, ...exploration } = explore(story);
  const describe = (path: readonly number[]): string => (path.length ? `after choices ${path.map((i) => i + 1).join(' → ')}` : 'at the start');
  // Many paths can run into the same dead end: say it once, at the line where it stops.
  const deadEndsByLine = new Map<number, { path: readonly number[]; message: string; paths: number }>();
  for (const d of deadEnds) {
    const line = (d.lastText && lineOfText(compiled.source, d.lastText)) || 1;
    const known = deadEndsByLine.get(line);
    if (known) known.paths++;
    else deadEndsByLine.set(line, { path: d.path, message: d.message, paths: 1 });
  }
  for (const [line, d] of deadEndsByLine) {
    const others = d.paths > 1 ? ` (and ${d.paths - 1} other path${d.paths > 2 ? 's' : ''})` : '';
    error(`dead end: the story stops here, ${describe(d.path)}${others}: ${d.message}`, line);
  }
  // Said once per problem and line, however many paths meet it.
  const runtimeSeen = new Set<string>();
  for (const p of runtimeProblems) {
    const line = (p.lastText && lineOfText(compiled.source, p.lastText)) || 1;
    if (runtimeSeen.has(`${line}\n${p.message}`)) continue;
    runtimeSeen.add(`${line}\n${p.message}`);
    error(`${describe(p.path)}: ${p.message}`, line);
  }
  if (exploration.truncated) error(`exploration stopped at ${exploration.states} states: keep decision state in a few VARs`);
  for (const ending of compiled.lint.endings) {
    if (!exploration.endings.some((r) => r.outcome === ending.outcome && sameEnding(r.text, ending.text))) {
      error(`ending "${ending.outcome}" is unreachable: no path gets here`, ending.line);
    }
  }
  const { runs, scores, tells, problems: habits } = playScriptedTrainees(story);
  for (const message of habits.always) error(message);

  if (library) {
    const { minDecisionPoints, minEndings, minSpread } = LIBRARY_RULES;
    if (!compiled.lint.header?.objective) error('header tag "objective" is missing: say what success means in this scenario, e.g. "# objective: A second meeting with the people who decide"');
    for (const message of habits.library) error(message);
    if (exploration.decisionPoints < minDecisionPoints) {
      error(`only ${exploration.decisionPoints} decision points; a scenario needs at least ${minDecisionPoints}`);
    }
    if (exploration.endings.length < minEndings) {
      error(`only ${exploration.endings.length} reachable endings; a scenario needs at least ${minEndings}`);
    }
    const spread = scores.expert.score - scores['pitch-first'].score;
    if (spread < minSpread) {
      error(`expert (${scores.expert.score}) and pitch-first (${scores['pitch-first'].score}) paths score only ${spread} apart; they must differ by at least ${minSpread}`);
    }
  }
  problems.push(...translationProblems(file, { library, played: { story, runs } }));
  problems.sort((a, b) => a.line - b.line);
  return { ...base, problems, exploration, scores, tells };
}

/** What the library as a whole must cover (issue: one scenario per phase × segment cell, each concept thrice). */
export const COVERAGE_RULES = { minScenariosPerConcept: 3 } as const;

/** Problems of the library as a whole: duplicate ids, empty phase × segment cells, thinly assessed concepts. */
export function libraryProblems(reports: readonly StoryReport[]): string[] {
  const problems: string[] = [];
  const sound = reports.filter((r) => r.header && r.exploration);
  // A story that does not compile would show as a hole in the coverage: its own errors say what is wrong.
  if (sound.length < reports.length) return [];
  problems.push(...duplicateIds(sound.map((r) => ({ file: r.file, id: r.header?.id as string }))));
  for (const phase of PHASE_IDS) {
    for (const segment of SEGMENT_IDS) {
      if (!sound.some((r) => r.header?.phase === phase && r.header.segment === segment)) {
        problems.push(`no scenario for buying phase ${phase} × ${segment}`);
      }
    }
  }
  for (const concept of CONCEPT_IDS) {
    const count = sound.filter((r) => r.exploration?.concepts.includes(concept)).length;
    if (count < COVERAGE_RULES.minScenariosPerConcept) {
      problems.push(`${concept} is assessed in ${count} scenario(s); the library needs at least ${COVERAGE_RULES.minScenariosPerConcept}`);
    }
  }
  return problems;
}
