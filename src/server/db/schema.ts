import { sql } from 'drizzle-orm';
import { OUTCOMES, type Outcome } from '../../core/buying';
import type { ConceptId } from '../../core/concepts';
import type { Certificate } from '../../core/api';
import type { StoryHeader } from '../../core/tags';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * The server's tables (PostgreSQL, embedded PGlite or a real server). Everything that must
 * survive a restart or be shared by several instances lives here: accounts, sessions, one-use
 * links, the login counters, the attempts, the story versions they were played on, comments and
 * certificates. Migrations: src/server/migrations (drizzle-kit).
 */

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** Stored lower-cased (the API schema normalises it). */
  email: text('email').notNull().unique(),
  role: text('role', { enum: ['admin', 'manager', 'trainee'] }).notNull(),
  /** Argon2id PHC string; null until the person accepts their invite. */
  passwordHash: text('password_hash'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  managerId: uuid('manager_id')
    .notNull()
    .references(() => users.id),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user').on(t.userId)],
);

/** Only a hash of the session token is stored: a copy of the database signs nobody in. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** One-use links (first-admin setup, invites, password resets), by token hash. */
export const links = pgTable('links', {
  tokenHash: text('token_hash').primaryKey(),
  kind: text('kind', { enum: ['setup', 'invite', 'reset'] }).notNull(),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  createdAt: at('created_at').notNull().defaultNow(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

/** Failed sign-ins, per `account:<email>` and `address:<ip>`; counted over a window. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('login_failures_key_at').on(t.key, t.at)],
);

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    storyIds: jsonb('story_ids').$type<string[]>().notNull(),
    dueAt: at('due_at').notNull(),
    passMark: integer('pass_mark').notNull(),
    mode: text('mode', { enum: ['coach', 'assessment'] }).notNull(),
    /** null: unlimited. */
    attemptsAllowed: integer('attempts_allowed'),
    counting: text('counting', { enum: ['first', 'best', 'last'] }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  // The review reads a team's assignments soonest first; without it, a scan of every team's (EXPLAIN on the seeded company).
  (t) => [index('assignments_team_due').on(t.teamId, t.dueAt)],
);

export const assignees = pgTable(
  'assignees',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.userId] }), index('assignees_user').on(t.userId)],
);

/** An attempt as re-scored by the server: the client's id, its run facts, and the server's verdict. */
export const attempts = pgTable(
  'attempts',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    storyId: text('story_id').notNull(),
    version: integer('version').notNull(),
    seed: integer('seed').notNull(),
    path: jsonb('path').$type<number[]>().notNull(),
    mode: text('mode', { enum: ['coach', 'assessment'] }).notNull(),
    assignmentId: uuid('assignment_id').references(() => assignments.id, { onDelete: 'set null' }),
    replayedFrom: integer('replayed_from'),
    startedAt: at('started_at').notNull(),
    finishedAt: at('finished_at').notNull(),
    receivedAt: at('received_at').notNull().default(sql`clock_timestamp()`),
    score: integer('score').notNull(),
    passed: boolean('passed').notNull(),
    outcome: text('outcome', { enum: Object.keys(OUTCOMES) as [Outcome, ...Outcome[]] }),
    grades: jsonb('grades').$type<Record<ConceptId, number | null>>().notNull(),
    /**
     * The replayed conversation, as attempts stored it before every version scored against was
     * archived (story_versions); since then the review replays the run on its version instead,
     * and this stays null (some 30 KB a run saved, written and read back).
     */
    transcript: jsonb('transcript'),
  },
  (t) => [index('attempts_user').on(t.userId), index('attempts_assignment_user').on(t.assignmentId, t.userId, t.storyId)],
);

/**
 * Every story version (and translation) the server has scored against, so an attempt can be
 * replayed on exactly what its trainee played after the library moved on. Written once per key.
 */
export const storyVersions = pgTable(
  'story_versions',
  {
    storyId: text('story_id').notNull(),
    version: integer('version').notNull(),
    /** 'en' for the original, else the translation's locale. */
    locale: text('locale').notNull(),
    json: text('json').notNull(),
    header: jsonb('header').$type<StoryHeader>().notNull(),
    archivedAt: at('archived_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.version, t.locale] })],
);

/** A manager's note pinned to one decision (its 0-based step) of an attempt; goes with the attempt. */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    /** When the trainee first opened the attempt after it was written. */
    readAt: at('read_at'),
  },
  (t) => [index('comments_attempt').on(t.attemptId)],
);

/** Issued once per trainee and assignment when every scenario's counting run passed; it then stays. */
export const certificates = pgTable(
  'certificates',
  {
    /** 128 random bits, base64url: the public verification link's only key. */
    code: text('code').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    teamName: text('team_name').notNull(),
    passMark: integer('pass_mark').notNull(),
    scenarios: jsonb('scenarios').$type<Certificate['scenarios']>().notNull(),
    issuedAt: at('issued_at').notNull(),
  },
  (t) => [unique('certificates_user_assignment').on(t.userId, t.assignmentId)],
);

/**
 * The xAPI statements of stored attempts on their way to the company's LRS (src/server/lrs/):
 * queued in the attempt's own transaction, sent in `id` order, one attempt at a time per
 * worker. A worker leases an attempt's rows before sending, so two instances never send a row
 * at once; a row stays after it is sent (or refused), so nothing is sent twice or lost.
 */
export const lrsOutbox = pgTable(
  'lrs_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The statement's own (deterministic) id: queuing one twice is impossible. */
    statementId: uuid('statement_id').notNull().unique(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    statement: jsonb('statement').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed'] }).notNull().default('queued'),
    /** Sends tried so far (each refused one doubles the wait, up to the cap). */
    tries: integer('tries').notNull().default(0),
    /** Not sent before this (the backoff after an LRS that was down). */
    dueAt: at('due_at').notNull(),
    /** A worker holds the attempt's rows until then; null: nobody does. */
    leasedUntil: at('leased_until'),
    leasedBy: text('leased_by'),
    /** The LRS's last answer when it refused or could not be reached. */
    lastError: text('last_error'),
    createdAt: at('created_at').notNull(),
    doneAt: at('done_at'),
  },
  (t) => [index('lrs_outbox_status_id').on(t.status, t.id), index('lrs_outbox_attempt').on(t.attemptId, t.id)],
);
