import type { Assignment, AttemptBrief, AttemptResult, HeatCell, HeatMap, OverviewRow, Person, ReviewFilter } from './api';
import { assignmentStatus, countingAttempt, type AssignmentStatus } from './assignments';
import type { Phase, Segment } from './buying';
import { CONCEPT_IDS, type ConceptId } from './concepts';
import type { Decision } from './transcript';
import { finishedWithin, storyWanted } from './review-filter';

export { trapMap } from './trap-map';

/**
 * The manager's review, computed from stored attempts: which run counts, where each trainee
 * stands, the team × concept heat map and the trap map of one scenario. The server fetches the
 * rows and calls these; nothing here knows about databases or HTTP.
 */

/** What the review needs to know of a scenario (from the story manifest). */
export interface StoryFacts {
  readonly id: string;
  readonly phase: Phase;
  readonly segment: Segment;
  readonly concepts: readonly ConceptId[];
}

/** A stored attempt without its path (what the overview and heat map read). */
export type StoredAttempt = AttemptBrief & Pick<AttemptResult, 'userId' | 'grades'>;

export interface ReviewInput {
  readonly trainees: readonly Person[];
  readonly assignments: readonly Assignment[];
  readonly attempts: readonly StoredAttempt[];
  readonly stories: readonly StoryFacts[];
  readonly filter: ReviewFilter;
  readonly now: Date;
}

/** One replayed run for the trap map: who played it and the decisions replay found. */
export interface TrapRun {
  readonly attemptId: string;
  readonly trainee: Person;
  readonly decisions: readonly Decision[];
}

/**
 * Whether a run may count towards passing: played in the assignment's mode (assessment for
 * self-paced play) and not replayed from a moment of an earlier run.
 */
export function mayCount(attempt: Pick<AttemptBrief, 'mode' | 'replayedFrom'>, mode: Assignment['mode'] | null): boolean {
  return attempt.replayedFrom === null && attempt.mode === (mode ?? 'assessment');
}

/** Names sort as localeCompare would; a collator is many times faster over a large team's rows. */
const byName = new Intl.Collator().compare;
/** Ids and ISO times compare by their characters. */
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const STATUS_ORDER: readonly (AssignmentStatus | null)[] = ['overdue', 'failed', 'in-progress', 'not-started', 'passed', null];

/** A row and the stored attempt that counts in it (the heat map needs its grades, the answer only its brief). */
interface Entry {
  readonly row: OverviewRow;
  readonly counting: StoredAttempt | null;
}

const brief = (a: StoredAttempt): AttemptBrief => ({
  id: a.id,
  storyId: a.storyId,
  version: a.version,
  mode: a.mode,
  replayedFrom: a.replayedFrom,
  assignmentId: a.assignmentId,
  score: a.score,
  passed: a.passed,
  outcome: a.outcome,
  finishedAt: a.finishedAt,
  receivedAt: a.receivedAt,
});

interface RowFacts {
  readonly trainee: Person;
  readonly assignment: Assignment | null;
  readonly storyId: string | null;
  /** Every run stored for the row, in order of arrival. */
  readonly runs: readonly StoredAttempt[];
  readonly counting: StoredAttempt | null;
  readonly status: AssignmentStatus | null;
  readonly within: (a: StoredAttempt) => boolean;
}

/**
 * The standing (status, the counting run, attempts used) is a fact about now and ignores the date
 * range; what the row lists (scores, trend, practice, the counting run) is limited to the range.
 */
function entry({ trainee, assignment, storyId, runs, counting, status, within }: RowFacts): Entry {
  const mode = assignment?.mode ?? null;
  const shown = runs.filter(within);
  const counted = shown.filter((a) => mayCount(a, mode));
  const scores = counted.map((a) => a.score);
  const shownCounting = counting && within(counting) ? counting : null;
  return {
    counting: shownCounting,
    row: {
      trainee,
      assignmentId: assignment?.id ?? null,
      storyId,
      status,
      dueAt: assignment?.dueAt ?? null,
      first: scores[0] ?? null,
      best: scores.length ? Math.max(...scores) : null,
      last: scores.at(-1) ?? null,
      trend: scores,
      counting: shownCounting && brief(shownCounting),
      attemptsUsed: runs.length,
      attemptsAllowed: assignment?.attemptsAllowed ?? null,
      practice: shown.filter((a) => !mayCount(a, mode)).map(brief),
    },
  };
}

function compareRows(a: OverviewRow, b: OverviewRow): number {
  const due = (r: OverviewRow): number => (r.dueAt === null ? Infinity : Date.parse(r.dueAt));
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    byName(a.trainee.name, b.trainee.name) ||
    ordinal(a.trainee.id, b.trainee.id) ||
    (due(a) === due(b) ? 0 : due(a) < due(b) ? -1 : 1) ||
    ordinal(a.storyId ?? '', b.storyId ?? '') ||
    ordinal(a.assignmentId ?? '', b.assignmentId ?? '')
  );
}

function overviewEntries({ trainees, assignments, attempts, stories, filter, now }: ReviewInput): Entry[] {
  const within = finishedWithin(filter);
  const wanted = storyWanted(filter, stories);
  const key = (userId: string, assignmentId: string | null, storyId: string): string => `${userId}\n${assignmentId ?? ''}\n${storyId}`;
  const runsBy = new Map<string, StoredAttempt[]>();
  for (const a of [...attempts].sort((x, y) => ordinal(x.receivedAt, y.receivedAt))) {
    const k = key(a.userId, a.assignmentId, a.storyId);
    const runs = runsBy.get(k);
    if (runs) runs.push(a);
    else runsBy.set(k, [a]);
  }
  const entries: Entry[] = [];
  const scoped = assignments.filter((a) => filter.assignment === undefined || a.id === filter.assignment);
  for (const assignment of scoped) {
    const assigned = new Set(assignment.userIds);
    for (const trainee of trainees.filter((t) => assigned.has(t.id))) {
      for (const storyId of assignment.storyIds.filter(wanted)) {
        const runs = runsBy.get(key(trainee.id, assignment.id, storyId)) ?? [];
        const counting = countingAttempt(runs.filter((a) => mayCount(a, assignment.mode)), assignment.counting);
        const status = assignmentStatus({ counting, attemptsUsed: runs.length, attemptsAllowed: assignment.attemptsAllowed, dueAt: assignment.dueAt, now });
        entries.push(entry({ trainee, assignment, storyId, runs, counting, status, within }));
      }
    }
  }
  if (filter.assignment === undefined) {
    const people = new Map(trainees.map((t) => [t.id, t]));
    const played = new Set(attempts.filter((a) => a.assignmentId === null).map((a) => key(a.userId, null, a.storyId)));
    for (const k of played) {
      const runs = runsBy.get(k) ?? [];
      const [first] = runs;
      const trainee = first && people.get(first.userId);
      if (!first || !trainee || !wanted(first.storyId) || !runs.some(within)) continue;
      const counting = countingAttempt(runs.filter((a) => mayCount(a, null)), 'last');
      entries.push(entry({ trainee, assignment: null, storyId: first.storyId, runs, counting, status: counting?.passed ? 'passed' : 'in-progress', within }));
    }
  }
  const listed = new Set(entries.map((e) => e.row.trainee.id));
  for (const trainee of trainees.filter((t) => !listed.has(t.id))) {
    entries.push(entry({ trainee, assignment: null, storyId: null, runs: [], counting: null, status: null, within }));
  }
  return entries.sort((a, b) => compareRows(a.row, b.row));
}

/** The overview rows, overdue first, then failed, in progress, not started, passed; by name within. */
export function teamOverview(input: ReviewInput): OverviewRow[] {
  return overviewEntries(input).map((e) => e.row);
}

const meanRounded = (values: readonly number[]): number | null => (values.length ? Math.round(values.reduce((s, x) => s + x, 0) / values.length) : null);

/** The heat map of the counting attempts of the overview's rows; a cell's attempts in the order they were played. */
export function heatMap(input: ReviewInput): HeatMap {
  const countingBy = new Map<string, { trainee: Person; counting: StoredAttempt[] }>();
  for (const { row, counting } of overviewEntries(input)) {
    const line = countingBy.get(row.trainee.id) ?? { trainee: row.trainee, counting: [] };
    if (counting) line.counting.push(counting);
    countingBy.set(row.trainee.id, line);
  }
  const lines = [...countingBy.values()].sort((a, b) => byName(a.trainee.name, b.trainee.name) || ordinal(a.trainee.id, b.trainee.id));
  const rows = lines.map(({ trainee, counting }) => {
    counting.sort((a, b) => ordinal(a.finishedAt, b.finishedAt) || ordinal(a.id, b.id));
    const cell = (concept: ConceptId): HeatCell => {
      const graded = counting.filter((a) => (a.grades[concept] ?? null) !== null);
      return { grade: meanRounded(graded.map((a) => a.grades[concept] ?? 0)), attemptIds: graded.map((a) => a.id) };
    };
    return { trainee, cells: Object.fromEntries(CONCEPT_IDS.map((c) => [c, cell(c)])) as Record<ConceptId, HeatCell> };
  });
  const average = Object.fromEntries(
    CONCEPT_IDS.map((c) => [c, meanRounded(rows.flatMap((r) => (r.cells[c].grade === null ? [] : [r.cells[c].grade])))]),
  ) as Record<ConceptId, number | null>;
  return { rows, average };
}
