import type { AttemptResult } from './api';
import { CONCEPT_IDS, type ConceptId } from './concepts';
import { DEFAULT_PASS_MARK } from './scoring';
import type { StoryFacts } from './team-review';

/**
 * A trainee's progress over time: each concept's grade across their runs, and what to practise
 * next with a scenario that assesses it. The same for a signed-in trainee (server attempts), their
 * manager, and a self-paced learner (the browser's attempts, graded by replay).
 */

export type ProgressAttempt = Pick<AttemptResult, 'id' | 'storyId' | 'finishedAt' | 'score' | 'passed' | 'mode' | 'replayedFrom' | 'grades'>;

export interface ConceptPoint {
  readonly attemptId: string;
  readonly storyId: string;
  readonly finishedAt: string;
  readonly grade: number;
}

export interface ConceptTrend {
  readonly concept: ConceptId;
  /** Runs that assessed the concept, oldest first. */
  readonly points: readonly ConceptPoint[];
  /** The mean of the latest few grades (what the trainee can do now), null if never assessed. */
  readonly latest: number | null;
  /**
   * The mean of the last few grades minus the mean of the first few, null with fewer than two
   * points; the two windows never overlap (two points: the second minus the first).
   */
  readonly change: number | null;
}

export interface PractiseNext {
  readonly concept: ConceptId;
  readonly latest: number | null;
  /** A scenario that assesses the concept: not yet passed first, then not yet played, then played longest ago. */
  readonly storyId: string | null;
}

export interface Progress {
  /** The runs progress reads: every run not replayed from a moment. */
  readonly runs: number;
  readonly trends: Readonly<Record<ConceptId, ConceptTrend>>;
  /** Up to three concepts, weakest first (never assessed ones after the weak ones). */
  readonly next: readonly PractiseNext[];
}

/** How many grades "the latest" and "the first" are means of. */
const WINDOW = 3;
const NEXT = 3;

const mean = (values: readonly number[]): number => values.reduce((s, x) => s + x, 0) / values.length;

function trend(concept: ConceptId, runs: readonly ProgressAttempt[]): ConceptTrend {
  const points = runs.flatMap((a): ConceptPoint[] => {
    const grade = a.grades[concept] ?? null;
    return grade === null ? [] : [{ attemptId: a.id, storyId: a.storyId, finishedAt: a.finishedAt, grade }];
  });
  const grades = points.map((p) => p.grade);
  const latest = grades.length ? Math.round(mean(grades.slice(-WINDOW))) : null;
  const width = Math.min(WINDOW, Math.floor(grades.length / 2));
  const change = width ? Math.round(mean(grades.slice(-width)) - mean(grades.slice(0, width))) : null;
  return { concept, points, latest, change };
}

/**
 * The scenario to suggest for a concept: one the trainee played and never passed, else one never
 * played, else the one played longest ago; programme order (the stories' order) within each.
 */
function suggestion(concept: ConceptId, runs: readonly ProgressAttempt[], stories: readonly StoryFacts[]): string | null {
  const rank = (storyId: string): [number, number] => {
    const mine = runs.filter((a) => a.storyId === storyId);
    if (!mine.length) return [1, 0];
    if (!mine.some((a) => a.passed)) return [0, 0];
    return [2, Math.max(...mine.map((a) => Date.parse(a.finishedAt)))];
  };
  let best: { id: string; rank: [number, number] } | null = null;
  for (const story of stories.filter((s) => s.concepts.includes(concept))) {
    const r = rank(story.id);
    if (!best || r[0] < best.rank[0] || (r[0] === best.rank[0] && r[1] < best.rank[1])) best = { id: story.id, rank: r };
  }
  return best?.id ?? null;
}

/**
 * Replayed-from-a-moment runs are left out: their grade is partly the earlier run's. Coach-mode
 * runs are in: they are the trainee's own choices, only with notes after each.
 */
export function progressOf(attempts: readonly ProgressAttempt[], stories: readonly StoryFacts[]): Progress {
  const runs = attempts.filter((a) => a.replayedFrom === null).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const trends = Object.fromEntries(CONCEPT_IDS.map((c) => [c, trend(c, runs)])) as Record<ConceptId, ConceptTrend>;
  const weak = CONCEPT_IDS.flatMap((c) => {
    const latest = trends[c].latest;
    return latest !== null && latest < DEFAULT_PASS_MARK ? [{ concept: c, latest }] : [];
  }).sort((a, b) => a.latest - b.latest);
  const unassessed = CONCEPT_IDS.filter((c) => trends[c].latest === null).map((concept) => ({ concept, latest: null }));
  const next = [...weak, ...unassessed].slice(0, NEXT).map((n) => ({ ...n, storyId: suggestion(n.concept, runs, stories) }));
  return { runs: runs.length, trends, next };
}
