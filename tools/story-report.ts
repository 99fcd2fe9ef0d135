import { CONCEPT_IDS, type ConceptId } from '../src/core/concepts';
import { PHASE_IDS, SEGMENT_IDS, type Outcome } from '../src/core/buying';
import { explore, playWith, type Exploration } from '../src/core/explore';
import { POLICIES, type PolicyName } from '../src/core/policies';
import type { MoveId } from '../src/core/rubric';
import { loadStory, StoryError } from '../src/core/runner';
import { scoreTranscript } from '../src/core/scoring';
import { literalText } from '../src/core/source-lint';
import type { StoryHeader } from '../src/core/tags';
import { compileInkFile, type InkProblem } from './ink-compile';

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
}

/** How a scripted trainee fared: the score, whether the run passed, how it ended and after how many choices. */
export interface PolicyRun {
  readonly score: number;
  readonly passed: boolean;
  readonly outcome: Outcome | null;
  readonly steps: number;
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
  if (!compiled.json) return { ...base, problems, exploration: null, scores: null };

  let story;
  try {
    story = loadStory(compiled.json);
  } catch (e) {
    error(e instanceof StoryError ? e.message : String(e));
    return { ...base, problems, exploration: null, scores: null };
  }
  const { deadEnds, runtimeProblems, ...exploration } = explore(story);
  const describe = (path: readonly number[]): string => (path.length ? `after choices ${path.map((i) => i + 1).join(' → ')}` : 'at the start');
  for (const d of deadEnds) error(`dead end ${describe(d.path)}: ${d.message}`);
  for (const p of runtimeProblems) error(`${describe(p.path)}: ${p.message}`);
  if (exploration.truncated) error(`exploration stopped at ${exploration.states} states: keep decision state in a few VARs`);
  for (const ending of compiled.lint.endings) {
    if (!exploration.endings.some((r) => r.outcome === ending.outcome && sameEnding(r.text, ending.text))) {
      error(`ending "${ending.outcome}" is unreachable: no path gets here`, ending.line);
    }
  }
  const scores = Object.fromEntries(
    (Object.keys(POLICIES) as PolicyName[]).map((name) => {
      const snapshot = playWith(story, POLICIES[name]);
      const score = scoreTranscript(snapshot.entries);
      return [name, { score: score.overall, passed: score.passed, outcome: snapshot.outcome, steps: snapshot.path.length }];
    }),
  ) as Record<PolicyName, PolicyRun>;

  if (library) {
    const { minDecisionPoints, minEndings, minSpread } = LIBRARY_RULES;
    if (exploration.decisionPoints < minDecisionPoints) {
      error(`only ${exploration.decisionPoints} decision points; a scenario needs at least ${minDecisionPoints}`);
    }
    if (exploration.endings.length < minEndings) {
      error(`only ${exploration.endings.length} reachable endings; a scenario needs at least ${minEndings}`);
    }
    for (const habit of ['longest', 'shortest'] as const) {
      if (scores[habit].passed) {
        error(`always picking the ${habit} answer scores ${scores[habit].score} and passes: vary the length of the options so length does not give the answer away`);
      }
    }
    const spread = scores.expert.score - scores['pitch-first'].score;
    if (spread < minSpread) {
      error(`expert (${scores.expert.score}) and pitch-first (${scores['pitch-first'].score}) paths score only ${spread} apart; they must differ by at least ${minSpread}`);
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { ...base, problems, exploration, scores };
}

/** What the library as a whole must cover (issue: one scenario per phase × segment cell, each concept thrice). */
export const COVERAGE_RULES = { minScenariosPerConcept: 3 } as const;

/** Problems of the library as a whole: duplicate ids, empty phase × segment cells, thinly assessed concepts. */
export function libraryProblems(reports: readonly StoryReport[]): string[] {
  const problems: string[] = [];
  const sound = reports.filter((r) => r.header && r.exploration);
  const ids = new Map<string, string>();
  for (const r of sound) {
    const id = r.header?.id as string;
    const other = ids.get(id);
    if (other) problems.push(`story id "${id}" is used by both ${other} and ${r.file}`);
    ids.set(id, r.file);
  }
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
