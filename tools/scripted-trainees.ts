import type { Outcome } from '../src/core/buying';
import { playWith } from '../src/core/explore';
import { MUST_FAIL, POLICIES, shapeTells, type PolicyName } from '../src/core/policies';
import type { CompiledStory } from '../src/core/runner';
import { scoreTranscript } from '../src/core/scoring';
import { decisionsOf, type RunSnapshot } from '../src/core/transcript';

/**
 * The checker's scripted trainees: plays each through a story and holds the story to the rules on
 * how they may fare. Run on every language of a scenario, since shape tells (question marks,
 * length, names) are a matter of the words.
 */

/** How a scripted trainee fared: the score, whether the run passed, how it ended and after how many choices. */
export interface PolicyRun {
  readonly score: number;
  readonly passed: boolean;
  readonly outcome: Outcome | null;
  readonly steps: number;
}

/** Decisions met by the scripted trainees, and how many give the best answer away by its shape. */
export interface ShapeTells {
  readonly decisions: number;
  readonly onlyQuestion: number;
  readonly onlyLongest: number;
}

/** The best answer may be the only question, or the only longest option, in at most this share of decisions. */
export const MAX_SHAPE_TELLS = 1 / 3;

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
function shapeReport(runs: readonly RunSnapshot[]): ShapeTells {
  const seen = new Map<string, ReturnType<typeof shapeTells>>();
  for (const run of runs) {
    for (const d of decisionsOf(run.entries)) seen.set(d.options.map((o) => o.text).join('\n'), shapeTells(d.options));
  }
  const tells = [...seen.values()];
  return { decisions: tells.length, onlyQuestion: tells.filter((t) => t.onlyQuestion).length, onlyLongest: tells.filter((t) => t.onlyLongest).length };
}

export interface ScriptedTrainees {
  /** Each trainee's run, so a translation's runs can be compared with these without playing them again. */
  readonly runs: Readonly<Record<PolicyName, RunSnapshot>>;
  readonly scores: Readonly<Record<PolicyName, PolicyRun>>;
  readonly tells: ShapeTells;
  /** `always`: rules for any story (inside information); `library`: the bar a library scenario must clear. */
  readonly problems: { readonly always: readonly string[]; readonly library: readonly string[] };
}

export function playScriptedTrainees(story: CompiledStory): ScriptedTrainees {
  const runs = Object.fromEntries((Object.keys(POLICIES) as PolicyName[]).map((name) => [name, playWith(story, POLICIES[name])])) as Record<PolicyName, RunSnapshot>;
  const scores = Object.fromEntries(
    Object.entries(runs).map(([name, snapshot]) => {
      const score = scoreTranscript(snapshot.entries);
      return [name, { score: score.overall, passed: score.passed, outcome: snapshot.outcome, steps: snapshot.path.length }];
    }),
  ) as Record<PolicyName, PolicyRun>;
  const tells = shapeReport(Object.values(runs));
  const always: string[] = [];
  // A buyer gives inside information only to a seller who earned it (METHOD.md §5).
  for (const name of ['pitch-first', 'worst'] as const) {
    for (const entry of runs[name].entries) {
      if (entry.kind === 'beat' && entry.beat.insider) {
        always.push(`the ${name} trainee hears inside information ("insider: ${entry.beat.insider}": "${entry.beat.text.slice(0, 60)}…"): gate that line on trust the seller must earn`);
      }
    }
  }
  const library: string[] = [];
  const allowed = Math.floor(tells.decisions * MAX_SHAPE_TELLS);
  if (tells.onlyQuestion > allowed) {
    library.push(`the best answer is the only question in ${tells.onlyQuestion} of ${tells.decisions} decisions (at most ${allowed}): give the wrong options tempting bad questions — leading, closed "wouldn't you agree", feature questions — and let right answers be statements sometimes`);
  }
  if (tells.onlyLongest > allowed) {
    library.push(`the best answer is the only longest option in ${tells.onlyLongest} of ${tells.decisions} decisions (at most ${allowed}): vary the length of the options`);
  }
  if (!scores.expert.passed) library.push(`the expert path scores ${scores.expert.score} and does not pass: the best answers must be able to pass`);
  for (const name of MUST_FAIL) {
    if (scores[name].passed) library.push(`the ${name} trainee scores ${scores[name].score} and passes: ${MUST_FAIL_HINT[name]}`);
  }
  return { runs, scores, tells, problems: { always, library } };
}
