import type { Person, TrapMap, TrapPoint } from './api';
import type { ConceptId } from './concepts';
import { optionEvidence, reviewDecision, type Verdict } from './scoring';
import type { TrapRun } from './team-review';
import type { ChoiceOption, Decision } from './transcript';

/**
 * The trap map: the forks of one scenario version across a team's runs. Evidence and verdicts
 * come from the scoring module applied to the replayed decisions, never from a copy of it.
 */

interface OptionTally {
  readonly text: string;
  readonly evidence: Partial<Record<ConceptId, number>>;
  verdict: Verdict;
  /** Whether the verdict comes from a run that chose the option (else from one that passed it by). */
  chosen: boolean;
  count: number;
  readonly chosenBy: Map<string, Person>;
}

interface ForkTally {
  readonly point: string;
  /** 1-based positions of the fork in the runs that reached it. */
  readonly steps: number[];
  /** Options by text: with conditional choices the same option can have another index. */
  readonly options: Map<string, OptionTally>;
  firstWrong: number;
}

const mean = (values: readonly number[]): number => values.reduce((s, x) => s + x, 0) / values.length;
const byName = (a: Person, b: Person): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function tallyOption(fork: ForkTally, decision: Decision, option: ChoiceOption, run: TrapRun): void {
  const picked = option.index === decision.chosen;
  let tally = fork.options.get(option.text);
  if (!tally) {
    const evidence = Object.fromEntries(Object.entries(optionEvidence(option)).filter(([, w]) => w !== 0));
    tally = { text: option.text, evidence, verdict: reviewDecision({ ...decision, chosen: option.index }).verdict, chosen: picked, count: 0, chosenBy: new Map() };
    fork.options.set(option.text, tally);
  }
  if (!picked) return;
  if (!tally.chosen) [tally.verdict, tally.chosen] = [reviewDecision(decision).verdict, true];
  tally.count += 1;
  tally.chosenBy.set(run.trainee.id, run.trainee);
}

/**
 * The forks of one scenario version in order, with the share of runs that took each option.
 * A run counts once at a fork it passes more than once (its first visit), so shares sum to 1.
 */
export function trapMap(storyId: string, version: number, versions: readonly number[], runs: readonly TrapRun[]): TrapMap {
  const forks = new Map<string, ForkTally>();
  for (const run of runs) {
    const visited = new Set<string>();
    let wentWrong = false;
    for (const decision of run.decisions) {
      let fork = forks.get(decision.point);
      if (!fork) forks.set(decision.point, (fork = { point: decision.point, steps: [], options: new Map(), firstWrong: 0 }));
      if (!wentWrong && reviewDecision(decision).verdict === 'costly') [fork.firstWrong, wentWrong] = [fork.firstWrong + 1, true];
      if (visited.has(decision.point)) continue;
      visited.add(decision.point);
      fork.steps.push(decision.step + 1);
      for (const option of decision.options) tallyOption(fork, decision, option, run);
    }
  }
  const ordered = [...forks.values()].sort((a, b) => mean(a.steps) - mean(b.steps) || a.point.localeCompare(b.point));
  const points = ordered.map(
    (fork): TrapPoint => ({
      point: fork.point,
      step: Math.round(mean(fork.steps)),
      reached: fork.steps.length,
      firstWrong: fork.firstWrong,
      options: [...fork.options.values()].map((o) => ({
        text: o.text,
        evidence: o.evidence,
        verdict: o.verdict,
        count: o.count,
        share: o.count / fork.steps.length,
        chosenBy: [...o.chosenBy.values()].sort(byName),
      })),
    }),
  );
  const worst = points.reduce<TrapPoint | null>((w, p) => (p.firstWrong > (w?.firstWrong ?? 0) ? p : w), null);
  return { storyId, version, versions: [...new Set(versions)].sort((a, b) => b - a), runs: runs.length, points, worst: worst?.point ?? null };
}
