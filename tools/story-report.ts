import { CONCEPT_IDS, type ConceptId } from '../src/core/concepts';
import { PHASE_IDS, SEGMENT_IDS, type Outcome } from '../src/core/buying';
import { explore, playWith, type Exploration } from '../src/core/explore';
import { MUST_FAIL, POLICIES, shapeTells, type PolicyName } from '../src/core/policies';
import type { MoveId } from '../src/core/rubric';
import { loadStory, StoryError } from '../src/core/runner';
import { scoreTranscript } from '../src/core/scoring';
import { decisionsOf, type RunSnapshot } from '../src/core/transcript';
import { literalText } from '../src/core/source-lint';
import type { StoryHeader } from '../src/core/tags';
import { compileInkFile, type InkProblem } from './ink-compile';
import { translationProblems } from './story-parity';

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
  readonly tells: { readonly decisions: number; readonly onlyQuestion: number; readonly onlyLongest: number } | null;
}

/** How a scripted trainee fared: the score, whether the run passed, how it ended and after how many choices. */
export interface PolicyRun {
  readonly score: number;
  readonly passed: boolean;
  readonly outcome: Outcome | null;
  readonly steps: number;
}

/** What to fix in the writing when a scripted trainee that must fail passes. */
const MUST_FAIL_HINT: Record<(typeof MUST_FAIL)[number], string> = {
  'pitch-first': 'pitching must cost trust and concepts',
  worst: 'the worst answers must fail',
  longest: 'vary the length of the options so length does not give the answer away',
  shortest: 'vary the length of the options so length does not give the answer away',
  mixed: 'a decent seller with two or three typical mistakes must not look like the expert — make the story answer an early pitch, a concession without a get or a premature close',
  'question-picker': 'put tempting bad questions (leading, closed, feature questions) among the wrong options',
  'buyer-detail': "let wrong options reuse the buyer's names and numbers too, so detail does not give the answer away",
};

/** Counts, over the distinct decisions the scripted trainees met, how often the best answer's shape gives it away. */
function shapeReport(runs: readonly RunSnapshot[]): NonNullable<StoryReport['tells']> {
  const seen = new Map<string, ReturnType<typeof shapeTells>>();
  for (const run of runs) {
    for (const d of decisionsOf(run.entries)) seen.set(d.options.map((o) => o.text).join('\n'), shapeTells(d.options));
  }
  const tells = [...seen.values()];
  return { decisions: tells.length, onlyQuestion: tells.filter((t) => t.onlyQuestion).length, onlyLongest: tells.filter((t) => t.onlyLongest).length };
}

/** The bar every scenario in the library must clear (stories/README.md). */
export const LIBRARY_RULES = { minDecisionPoints: 12, minEndings: 3, minSpread: 25, maxShapeTells: 1 / 3 } as const;

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
  for (const d of deadEnds) error(`dead end ${describe(d.path)}: ${d.message}`);
  for (const p of runtimeProblems) error(`${describe(p.path)}: ${p.message}`);
  if (exploration.truncated) error(`exploration stopped at ${exploration.states} states: keep decision state in a few VARs`);
  for (const ending of compiled.lint.endings) {
    if (!exploration.endings.some((r) => r.outcome === ending.outcome && sameEnding(r.text, ending.text))) {
      error(`ending "${ending.outcome}" is unreachable: no path gets here`, ending.line);
    }
  }
  const runs = Object.fromEntries((Object.keys(POLICIES) as PolicyName[]).map((name) => [name, playWith(story, POLICIES[name])])) as Record<PolicyName, RunSnapshot>;
  const scores = Object.fromEntries(
    Object.entries(runs).map(([name, snapshot]) => {
      const score = scoreTranscript(snapshot.entries);
      return [name, { score: score.overall, passed: score.passed, outcome: snapshot.outcome, steps: snapshot.path.length }];
    }),
  ) as Record<PolicyName, PolicyRun>;
  const tells = shapeReport(Object.values(runs));
  // A buyer gives inside information only to a seller who earned it (METHOD.md §5).
  for (const name of ['pitch-first', 'worst'] as const) {
    for (const entry of runs[name].entries) {
      if (entry.kind === 'beat' && entry.beat.insider) {
        error(`the ${name} trainee hears inside information ("insider: ${entry.beat.insider}": "${entry.beat.text.slice(0, 60)}…"): gate that line on trust the seller must earn`);
      }
    }
  }

  if (library) {
    const { minDecisionPoints, minEndings, minSpread, maxShapeTells } = LIBRARY_RULES;
    const allowed = Math.floor(tells.decisions * maxShapeTells);
    if (tells.onlyQuestion > allowed) {
      error(`the best answer is the only question in ${tells.onlyQuestion} of ${tells.decisions} decisions (at most ${allowed}): give the wrong options tempting bad questions — leading, closed "wouldn't you agree", feature questions — and let right answers be statements sometimes`);
    }
    if (tells.onlyLongest > allowed) {
      error(`the best answer is the only longest option in ${tells.onlyLongest} of ${tells.decisions} decisions (at most ${allowed}): vary the length of the options`);
    }
    if (exploration.decisionPoints < minDecisionPoints) {
      error(`only ${exploration.decisionPoints} decision points; a scenario needs at least ${minDecisionPoints}`);
    }
    if (exploration.endings.length < minEndings) {
      error(`only ${exploration.endings.length} reachable endings; a scenario needs at least ${minEndings}`);
    }
    if (!scores.expert.passed) error(`the expert path scores ${scores.expert.score} and does not pass: the best answers must be able to pass`);
    for (const name of MUST_FAIL) {
      if (scores[name].passed) error(`the ${name} trainee scores ${scores[name].score} and passes: ${MUST_FAIL_HINT[name]}`);
    }
    const spread = scores.expert.score - scores['pitch-first'].score;
    if (spread < minSpread) {
      error(`expert (${scores.expert.score}) and pitch-first (${scores['pitch-first'].score}) paths score only ${spread} apart; they must differ by at least ${minSpread}`);
    }
  }
  problems.push(...translationProblems(file));
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
