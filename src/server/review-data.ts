import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Assignment, Person, ReviewFilter } from '../core/api';
import type { ReviewInput, StoredAttempt, StoryFacts } from '../core/team-review';
import { assignmentOf } from './attempt-rows';
import type { Db } from './db/database';
import { assignees, assignments, attempts, teamMembers, users } from './db/schema';
import type { StoryLibrary } from './stories';

/**
 * What the manager's review reads for one team: its trainees, its assignments and their attempts
 * (those under the team's assignments and those played on their own, never another team's).
 * The rules that turn these into an overview, a heat map or a trap map are src/core's.
 */

export type Trainee = Person & { readonly email: string };

export async function assigneesOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const byAssignment = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byAssignment;
  const rows = await db.select().from(assignees).where(inArray(assignees.assignmentId, [...ids])).orderBy(assignees.userId);
  for (const row of rows) byAssignment.get(row.assignmentId)?.push(row.userId);
  return byAssignment;
}

/** The team's assignments with their assignees, in one query: each is one request's round trip. */
export const teamAssignmentsQuery = (db: Db, teamId: string) =>
  db
    .select({ assignment: assignments, userId: assignees.userId })
    .from(assignments)
    .leftJoin(assignees, eq(assignees.assignmentId, assignments.id))
    .where(eq(assignments.teamId, teamId))
    .orderBy(asc(assignments.dueAt), asc(assignments.id), asc(assignees.userId));

/** The team's assignments, soonest due first. */
export async function teamAssignments(db: Db, teamId: string): Promise<Assignment[]> {
  const byId = new Map<string, { row: typeof assignments.$inferSelect; userIds: string[] }>();
  for (const { assignment, userId } of await teamAssignmentsQuery(db, teamId)) {
    const entry = byId.get(assignment.id) ?? { row: assignment, userIds: [] };
    if (userId) entry.userIds.push(userId);
    byId.set(assignment.id, entry);
  }
  return [...byId.values()].map(({ row, userIds }) => assignmentOf(row, userIds));
}

export const teamTraineesQuery = (db: Db, teamId: string) =>
  db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, teamId), eq(users.role, 'trainee')))
    .orderBy(users.name);

/** Attempts of these trainees that belong to this team's review: self-paced, or under one of its assignments. */
export const inTeamScope = (traineeIds: readonly string[], assignmentIds: readonly string[]) =>
  and(
    inArray(attempts.userId, [...traineeIds]),
    assignmentIds.length ? or(isNull(attempts.assignmentId), inArray(attempts.assignmentId, [...assignmentIds])) : isNull(attempts.assignmentId),
  );

/** What the review reads of an attempt: never the path or the transcript. */
export const STORED_ATTEMPT = {
  id: attempts.id,
  userId: attempts.userId,
  storyId: attempts.storyId,
  version: attempts.version,
  mode: attempts.mode,
  replayedFrom: attempts.replayedFrom,
  assignmentId: attempts.assignmentId,
  score: attempts.score,
  passed: attempts.passed,
  outcome: attempts.outcome,
  grades: attempts.grades,
  startedAt: attempts.startedAt,
  finishedAt: attempts.finishedAt,
  receivedAt: attempts.receivedAt,
};

export const storedAttemptsQuery = (db: Db, traineeIds: readonly string[], assignmentIds: readonly string[]) =>
  db.select(STORED_ATTEMPT).from(attempts).where(inTeamScope(traineeIds, assignmentIds)).orderBy(asc(attempts.receivedAt));

export type StoredAttemptRow = Awaited<ReturnType<typeof storedAttemptsQuery>>[number];

/** A row of storedAttemptsQuery as json_agg spells it: column names, times as text. */
interface AttemptJson {
  readonly id: string;
  readonly user_id: string;
  readonly story_id: string;
  readonly version: number;
  readonly mode: StoredAttemptRow['mode'];
  readonly replayed_from: number | null;
  readonly assignment_id: string | null;
  readonly score: number;
  readonly passed: boolean;
  readonly outcome: StoredAttemptRow['outcome'];
  readonly grades: StoredAttemptRow['grades'];
  readonly started_at: string;
  readonly finished_at: string;
  readonly received_at: string;
}

/**
 * The team's attempts as one JSON value: PGlite decodes one text far faster than hundreds of
 * rows of fourteen columns (half the CPU time of an overview on the seeded company).
 */
export async function teamAttempts(db: Db, traineeIds: readonly string[], assignmentIds: readonly string[]): Promise<StoredAttemptRow[]> {
  const result = (await db.execute(
    sql`select coalesce(json_agg(t order by t.received_at), '[]'::json) as attempts from (${storedAttemptsQuery(db, traineeIds, assignmentIds)}) t`,
  )) as unknown as { rows: { attempts: AttemptJson[] }[] };
  return (result.rows[0]?.attempts ?? []).map((a) => ({
    id: a.id,
    userId: a.user_id,
    storyId: a.story_id,
    version: a.version,
    mode: a.mode,
    replayedFrom: a.replayed_from,
    assignmentId: a.assignment_id,
    score: a.score,
    passed: a.passed,
    outcome: a.outcome,
    grades: a.grades,
    startedAt: new Date(a.started_at),
    finishedAt: new Date(a.finished_at),
    receivedAt: new Date(a.received_at),
  }));
}

export const storedAttempt = (row: StoredAttemptRow): StoredAttempt => ({
  id: row.id,
  userId: row.userId,
  storyId: row.storyId,
  version: row.version,
  mode: row.mode,
  replayedFrom: row.replayedFrom,
  assignmentId: row.assignmentId,
  score: row.score,
  passed: row.passed,
  outcome: row.outcome,
  grades: row.grades,
  finishedAt: row.finishedAt.toISOString(),
  receivedAt: row.receivedAt.toISOString(),
});

/** What the review needs of each scenario in the library. */
export const storyFacts = (library: StoryLibrary): StoryFacts[] =>
  library.ids().flatMap((id) => {
    const entry = library.get(id);
    return entry ? [{ id, phase: entry.header.phase, segment: entry.header.segment, concepts: entry.concepts }] : [];
  });

export interface TeamReview {
  readonly input: ReviewInput;
  readonly trainees: readonly Trainee[];
  /** The rows the input was made of, with their start times (the CSV export lists them). */
  readonly rows: readonly StoredAttemptRow[];
}

export async function teamReview(db: Db, library: StoryLibrary, teamId: string, filter: ReviewFilter, now: Date): Promise<TeamReview> {
  const [trainees, teamAssigned] = await Promise.all([teamTraineesQuery(db, teamId), teamAssignments(db, teamId)]);
  const rows = trainees.length ? await teamAttempts(db, trainees.map((t) => t.id), teamAssigned.map((a) => a.id)) : [];
  return {
    input: {
      trainees: trainees.map((t) => ({ id: t.id, name: t.name })),
      assignments: teamAssigned,
      attempts: rows.map(storedAttempt),
      stories: storyFacts(library),
      filter,
      now,
    },
    trainees,
    rows,
  };
}
