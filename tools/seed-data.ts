import type { AttemptSubmission } from '../src/core/api';
import type { CountingRule } from '../src/core/assignments';
import type { PlayMode } from '../src/core/attempts';
import { POLICIES, type Policy, type PolicyName } from '../src/core/policies';
import { rescoreRun } from '../src/core/review';
import { startRun, type CompiledStory } from '../src/core/runner';
import { DEFAULT_PASS_MARK } from '../src/core/scoring';
import { attemptValues } from '../src/server/attempt-rows';
import { hashPassword } from '../src/server/auth/secrets';
import { issueCertificateIfEarned } from '../src/server/certificates';
import type { Db } from '../src/server/db/database';
import { assignees, assignments, attempts, teamMembers, teams, users } from '../src/server/db/schema';
import { storyArchive } from '../src/server/story-archive';
import type { StoryLibrary } from '../src/server/stories';

/**
 * A company's worth of made-up data for trying and timing the manager's review: managers, teams,
 * assignments (some overdue; both modes; every counting rule) and attempts played by core's
 * scripted trainees, each mixing the expert's answers with a habit at random, a little better
 * with every attempt. Each attempt is re-scored with rescoreRun and stored as POST /attempts
 * stores it. Generated a team at a time and written to every database given, in batches.
 */

export interface SeedOptions {
  readonly trainees: number;
  readonly attempts: number;
  readonly teamSize: number;
  /** Makes the same company again (names, runs, dates). */
  readonly seed: number;
}

export interface SeedSummary {
  readonly managers: number;
  readonly teams: number;
  readonly trainees: number;
  readonly assignments: number;
  readonly attempts: number;
  /** Every account's password. */
  readonly password: string;
  readonly managerEmail: string;
  /** The first team and its manager (the bench signs in as them). */
  readonly firstTeam: { readonly id: string; readonly managerId: string };
}

export const SEED_PASSWORD = 'pitchless seed';

/** mulberry32: small, fast and seedable, so one seed makes one company. */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Elif', 'Femi', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Kiri', 'Liam', 'Mona', 'Nils', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq'];
const LAST = ['Adams', 'Berg', 'Costa', 'Dubois', 'Evans', 'Fischer', 'García', 'Hughes', 'Ito', 'Jensen', 'Kowalski', 'López', 'Müller', 'Nakamura', 'Okafor', 'Petrov'];
const CHINESE = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨磊', '赵敏', '黄晓明', '周杰', '吴婷', '徐强', '孙丽', '马超', '朱琳', '胡军', '郭静'];
/** Names that catch careless rendering and exports: markup, a formula, quotes, accents, a long one. */
const AWKWARD = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://example.com","x")', 'Seán "the closer" O\'Brien-Ñúñez', '+Plus Minus-', '@handle', 'Maximiliana Wilhelmina von Hohenzollern-Sigmaringen'];
const HABITS: readonly PolicyName[] = ['worst', 'pitch-first', 'discount-early', 'mixed', 'question-picker', 'buyer-detail', 'longest', 'shortest'];
const DAY = 24 * 60 * 60 * 1000;

const policyOf = (name: PolicyName): Policy => POLICIES[name];

/** A trainee who gives the expert's answer with probability `skill`, else follows one of the habits. */
const mixedTrainee =
  (skill: number, random: () => number): Policy =>
  (options, context) =>
    policyOf(random() < skill ? 'expert' : (HABITS[Math.floor(random() * HABITS.length)] as PolicyName))(options, context);

/** Plays to the end with `policy`, after the given choices (a replay from a moment keeps an earlier run's start). */
function play(story: CompiledStory, seed: number, prefix: readonly number[], policy: Policy): number[] {
  const run = startRun(story, seed);
  for (const index of prefix) run.choose(index);
  for (let step = 0; step < 500; step++) {
    const snapshot = run.snapshot();
    if (snapshot.ended) break;
    run.choose(policy(snapshot.choices, snapshot));
  }
  return [...run.snapshot().path];
}

type Rows = {
  users: (typeof users.$inferInsert)[];
  teams: (typeof teams.$inferInsert)[];
  members: (typeof teamMembers.$inferInsert)[];
  assignments: (typeof assignments.$inferSelect)[];
  assignees: (typeof assignees.$inferInsert)[];
  attempts: (typeof attempts.$inferInsert)[];
};

const ASSIGNMENT_KINDS: readonly { mode: PlayMode; counting: CountingRule; dueDays: number; attemptsAllowed: number | null; stories: number; passMark: number }[] = [
  { mode: 'assessment', counting: 'best', dueDays: -10, attemptsAllowed: 3, stories: 2, passMark: 70 },
  { mode: 'coach', counting: 'last', dueDays: 20, attemptsAllowed: null, stories: 1, passMark: 60 },
  { mode: 'assessment', counting: 'first', dueDays: 30, attemptsAllowed: 5, stories: 3, passMark: 75 },
];

async function insertAll(db: Db, rows: Rows): Promise<void> {
  const batches = async <T>(items: readonly T[], size: number, write: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
  };
  await db.transaction(async (tx) => {
    await batches(rows.users, 500, (b) => tx.insert(users).values(b));
    await batches(rows.teams, 500, (b) => tx.insert(teams).values(b));
    await batches(rows.members, 500, (b) => tx.insert(teamMembers).values(b));
    await batches(rows.assignments, 500, (b) => tx.insert(assignments).values(b));
    await batches(rows.assignees, 500, (b) => tx.insert(assignees).values(b));
    await batches(rows.attempts, 100, (b) => tx.insert(attempts).values(b));
  });
}

export async function seedCompany(targets: readonly Db[], library: StoryLibrary, options: SeedOptions, progress: (line: string) => void = () => {}): Promise<SeedSummary> {
  const random = randomFrom(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const tag = Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0');
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const storyIds = [...library.ids()];
  if (!storyIds.length) throw new Error('the story library is empty: run `npm run stories:build` first');
  for (const db of targets) await storyArchive(db, library).keepLibrary();

  const teamCount = Math.max(1, Math.ceil(options.trainees / options.teamSize));
  const managerCount = Math.ceil(teamCount / 2);
  const now = Date.now();
  const managers = Array.from({ length: managerCount }, (_, i) => ({ id: crypto.randomUUID(), email: `manager${i + 1}.${tag}@seed.example`, name: `${pick(FIRST)} ${pick(LAST)}` }));
  for (const db of targets) {
    await insertAll(db, { users: managers.map((m) => ({ ...m, role: 'manager' as const, passwordHash })), teams: [], members: [], assignments: [], assignees: [], attempts: [] });
  }

  let made = 0;
  let assignmentCount = 0;
  let attemptCount = 0;
  let firstTeamId = '';
  for (let t = 0; t < teamCount; t++) {
    const rows: Rows = { users: [], teams: [], members: [], assignments: [], assignees: [], attempts: [] };
    const manager = managers[Math.floor(t / 2)] ?? managers[0]!;
    const teamId = crypto.randomUUID();
    firstTeamId ||= teamId;
    rows.teams.push({ id: teamId, name: t % 3 === 1 ? `销售${t + 1}组` : `Team ${t + 1}`, managerId: manager.id, createdAt: new Date(now - 120 * DAY) });
    const size = Math.min(options.teamSize, options.trainees - made);
    const trainees = Array.from({ length: size }, (_, i) => {
      const n = made + i + 1;
      const name = n % 97 === 0 ? (AWKWARD[(n / 97) % AWKWARD.length] as string) : random() < 0.35 ? pick(CHINESE) : `${pick(FIRST)} ${pick(LAST)}`;
      return { id: crypto.randomUUID(), name, email: `trainee${n}.${tag}@seed.example`, skill: 0.35 + random() * 0.55 };
    });
    made += size;
    rows.users.push(...trainees.map(({ id, name, email }) => ({ id, name, email, role: 'trainee' as const, passwordHash })));
    rows.members.push(...trainees.map((p) => ({ teamId, userId: p.id })));
    for (const kind of ASSIGNMENT_KINDS) {
      const chosen = [...storyIds].sort(() => random() - 0.5).slice(0, kind.stories);
      const row = {
        id: crypto.randomUUID(),
        teamId,
        storyIds: chosen,
        dueAt: new Date(now + kind.dueDays * DAY),
        passMark: kind.passMark,
        mode: kind.mode,
        attemptsAllowed: kind.attemptsAllowed,
        counting: kind.counting,
        createdBy: manager.id,
        createdAt: new Date(now - 60 * DAY),
      };
      rows.assignments.push(row);
      rows.assignees.push(...trainees.map((p) => ({ assignmentId: row.id, userId: p.id })));
    }
    for (const trainee of trainees) {
      const used = new Map<string, number>();
      const played = new Map<string, number[]>();
      let at = now - 55 * DAY + random() * 5 * DAY;
      for (let k = 0; k < options.attempts; k++) {
        const assignment = random() < 0.7 ? pick(rows.assignments) : null;
        const storyId = assignment ? pick(assignment.storyIds) : pick(storyIds);
        const key = `${assignment?.id}:${storyId}`;
        const under = assignment && (assignment.attemptsAllowed === null || (used.get(key) ?? 0) < assignment.attemptsAllowed) ? assignment : null;
        const story = library.get(under ? storyId : pick(storyIds));
        if (!story) continue;
        const seed = Math.floor(random() * 2 ** 31);
        const earlier = played.get(story.id);
        const replayedFrom = earlier && random() < 0.1 ? Math.floor(random() * earlier.length) : null;
        const policy = mixedTrainee(Math.min(0.98, trainee.skill + k * 0.015), random);
        const path = play(story.compiled, seed, earlier && replayedFrom !== null ? earlier.slice(0, replayedFrom) : [], policy);
        const mode: PlayMode = under ? under.mode : random() < 0.7 ? 'assessment' : 'coach';
        at += random() * 2.5 * DAY;
        const startedAt = new Date(Math.min(at, now - 60_000));
        const finishedAt = new Date(startedAt.getTime() + (4 + random() * 10) * 60_000);
        const sub: AttemptSubmission = {
          id: crypto.randomUUID(),
          storyId: story.id,
          version: story.version,
          seed,
          path,
          mode,
          assignmentId: under?.id ?? null,
          replayedFrom,
          startedAt: startedAt.toISOString(),
          finishedAt: finishedAt.toISOString(),
        };
        const rescored = rescoreRun(story.compiled, sub, under?.passMark ?? DEFAULT_PASS_MARK);
        if (!rescored.ok) throw new Error(`a scripted run of ${story.id} did not replay: ${rescored.message}`);
        rows.attempts.push(attemptValues(trainee.id, sub, rescored, new Date(finishedAt.getTime() + 2000)));
        if (under) used.set(key, (used.get(key) ?? 0) + 1);
        played.set(story.id, path);
      }
    }
    for (const db of targets) {
      await insertAll(db, rows);
      for (const assignment of rows.assignments) {
        for (const trainee of trainees) await issueCertificateIfEarned(db, library, assignment, trainee.id, new Date());
      }
    }
    assignmentCount += rows.assignments.length;
    attemptCount += rows.attempts.length;
    progress(`team ${t + 1}/${teamCount}: ${made} trainees, ${attemptCount} attempts`);
  }
  return { managers: managerCount, teams: teamCount, trainees: made, assignments: assignmentCount, attempts: attemptCount, password: SEED_PASSWORD, managerEmail: managers[0]!.email, firstTeam: { id: firstTeamId, managerId: managers[0]!.id } };
}
