import * as v from 'valibot';
import { ChoicePathSchema, OutcomeSchema, PlayModeSchema, RunFactsSchema, StoryIdSchema } from './attempts';
import { COUNTING_RULES, ASSIGNMENT_STATUSES } from './assignments';
import { CONCEPT_IDS } from './concepts';

/**
 * The server API contract (README, "Server API"): every request body and
 * answer under /api/, as valibot schemas. The server validates requests with them; the browser
 * types its client with them. Error answers are `{ error, message }`.
 */

export const USER_ROLES = ['admin', 'manager', 'trainee'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const IdSchema = v.pipe(v.string(), v.uuid('An id must be a UUID.'));
const NameSchema = v.pipe(v.string('A name is needed.'), v.trim(), v.minLength(1, 'A name is needed.'), v.maxLength(100, 'A name has at most 100 characters.'));
export const EmailSchema = v.pipe(
  v.string('An email address is needed.'),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(254, 'An email address has at most 254 characters.'),
  v.email('That is not an email address.'),
);
export const MIN_PASSWORD = 10;
/** A new password: long enough to resist guessing, bounded so hashing stays cheap. */
const NewPasswordSchema = v.pipe(
  v.string('A password is needed.'),
  v.minLength(MIN_PASSWORD, `A password needs at least ${MIN_PASSWORD} characters.`),
  v.maxLength(200, 'A password has at most 200 characters.'),
);
const IsoTimeSchema = v.pipe(
  v.string('A time is needed (ISO 8601).'),
  v.maxLength(40),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'A time must be ISO 8601, e.g. 2026-12-31 or 2026-12-31T17:00:00Z.'),
  // Date.parse rolls 2026-02-30 over into March: the calendar day must survive the round trip.
  v.check((s) => !Number.isNaN(Date.parse(s)) && new Date(`${s.slice(0, 10)}T00:00:00Z`).toISOString().startsWith(s.slice(0, 10)), 'That date does not exist.'),
);

export const ErrorSchema = v.object({ error: v.string(), message: v.string() });
export type ApiError = v.InferOutput<typeof ErrorSchema>;

// ── accounts ────────────────────────────────────────────────────────────────
export const UserSchema = v.object({ id: IdSchema, name: v.string(), email: v.string(), role: v.picklist(USER_ROLES) });
export type User = v.InferOutput<typeof UserSchema>;
export const UserAnswerSchema = v.object({ user: UserSchema });
export const MeAnswerSchema = v.object({ user: v.nullable(UserSchema) });

export const HealthAnswerSchema = v.object({ ok: v.boolean(), db: v.picklist(['pglite', 'postgres']) });
export const SetupStatusSchema = v.object({ needed: v.boolean() });
export const SetupRequestSchema = v.object({ token: v.pipe(v.string(), v.maxLength(200)), name: NameSchema, email: EmailSchema, password: NewPasswordSchema });
export type SetupRequest = v.InferOutput<typeof SetupRequestSchema>;

export const LoginRequestSchema = v.object({ email: EmailSchema, password: v.pipe(v.string('A password is needed.'), v.minLength(1, 'A password is needed.'), v.maxLength(200)) });
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

export const TOKEN_KINDS = ['invite', 'reset'] as const;
export const TokenInfoSchema = v.object({ kind: v.picklist(TOKEN_KINDS), name: v.string(), email: v.string() });
export type TokenInfo = v.InferOutput<typeof TokenInfoSchema>;
export const TokenAcceptSchema = v.object({ password: NewPasswordSchema });

export const UserCreateSchema = v.object({ name: NameSchema, email: EmailSchema, role: v.picklist(['manager', 'admin'], 'The role must be manager or admin.') });
export const UserCreatedSchema = v.object({ user: UserSchema, inviteUrl: v.string() });
export const ResetLinkSchema = v.object({ resetUrl: v.string() });

// ── teams ───────────────────────────────────────────────────────────────────
export const TeamSchema = v.object({ id: IdSchema, name: v.string(), managerId: IdSchema, memberCount: v.number() });
export type Team = v.InferOutput<typeof TeamSchema>;
export const TeamsAnswerSchema = v.object({ teams: v.array(TeamSchema) });
export const TeamCreateSchema = v.object({ name: NameSchema });
export const TeamAnswerSchema = v.object({ team: TeamSchema });
export const MemberSchema = v.object({ ...UserSchema.entries, activated: v.boolean() });
export type Member = v.InferOutput<typeof MemberSchema>;
export const TeamDetailSchema = v.object({ team: TeamSchema, members: v.array(MemberSchema) });
export const MemberCreateSchema = v.object({ name: NameSchema, email: EmailSchema });
export const MemberAddedSchema = v.object({ member: MemberSchema, inviteUrl: v.string() });
export const MAX_CSV_CHARS = 200_000;
export const CsvImportSchema = v.object({ csv: v.pipe(v.string('The CSV text is needed.'), v.minLength(1, 'The CSV is empty.'), v.maxLength(MAX_CSV_CHARS, 'The CSV is too long (200,000 characters at most).')) });
export const CsvImportAnswerSchema = v.object({
  added: v.array(MemberAddedSchema),
  rejected: v.array(v.object({ line: v.number(), message: v.string() })),
});

// ── assignments ─────────────────────────────────────────────────────────────
export const AssignmentCreateSchema = v.object({
  teamId: IdSchema,
  /** Omitted: everyone in the team (its trainees at the time of assigning). */
  userIds: v.optional(v.pipe(v.array(IdSchema), v.minLength(1, 'Choose at least one person, or leave userIds out for the whole team.'), v.maxLength(500))),
  storyIds: v.pipe(v.array(StoryIdSchema), v.minLength(1, 'Choose at least one scenario.'), v.maxLength(50)),
  dueAt: IsoTimeSchema,
  passMark: v.pipe(v.number('The pass mark is a number.'), v.integer('The pass mark is a whole number.'), v.minValue(1, 'The pass mark is 1–100.'), v.maxValue(100, 'The pass mark is 1–100.')),
  mode: PlayModeSchema,
  attemptsAllowed: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1, 'Allow 1–20 attempts, or null for unlimited.'), v.maxValue(20, 'Allow 1–20 attempts, or null for unlimited.'))),
  counting: v.picklist(COUNTING_RULES, 'Which attempt counts: first, best or last.'),
});
export type AssignmentCreate = v.InferOutput<typeof AssignmentCreateSchema>;

export const AssignmentSchema = v.object({
  id: IdSchema,
  teamId: IdSchema,
  userIds: v.array(IdSchema),
  storyIds: v.array(v.string()),
  dueAt: v.string(),
  passMark: v.number(),
  mode: PlayModeSchema,
  attemptsAllowed: v.nullable(v.number()),
  counting: v.picklist(COUNTING_RULES),
  createdBy: IdSchema,
  createdAt: v.string(),
});
export type Assignment = v.InferOutput<typeof AssignmentSchema>;
export const AssignmentsAnswerSchema = v.object({ assignments: v.array(AssignmentSchema) });
export const AssignmentAnswerSchema = v.object({ assignment: AssignmentSchema });

// ── attempts ────────────────────────────────────────────────────────────────
/** What the browser sends for a finished run. Unknown keys (a `score`, say) are dropped, never read. */
export const AttemptSubmissionSchema = v.object({
  id: IdSchema,
  ...RunFactsSchema.entries,
  assignmentId: v.nullable(IdSchema),
  /** The step a rewound run replayed from, when it did. */
  replayedFrom: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  startedAt: IsoTimeSchema,
  finishedAt: IsoTimeSchema,
});
export type AttemptSubmission = v.InferOutput<typeof AttemptSubmissionSchema>;

/** An attempt as the server stored it: the score, pass state, outcome and grades are its own. */
export const AttemptResultSchema = v.object({
  id: IdSchema,
  userId: IdSchema,
  storyId: v.string(),
  version: v.number(),
  seed: v.number(),
  path: ChoicePathSchema,
  mode: PlayModeSchema,
  assignmentId: v.nullable(IdSchema),
  replayedFrom: v.nullable(v.number()),
  startedAt: v.string(),
  finishedAt: v.string(),
  receivedAt: v.string(),
  score: v.number(),
  passed: v.boolean(),
  outcome: v.nullable(OutcomeSchema),
  grades: v.record(v.picklist(CONCEPT_IDS), v.nullable(v.number())),
});
export type AttemptResult = v.InferOutput<typeof AttemptResultSchema>;
export const AttemptAnswerSchema = v.object({ attempt: AttemptResultSchema });
export const AttemptsAnswerSchema = v.object({ attempts: v.array(AttemptResultSchema) });
export const AssignmentDetailSchema = v.object({ assignment: AssignmentSchema, attempts: v.array(AttemptResultSchema) });

export const MyAssignmentSchema = v.object({
  assignment: AssignmentSchema,
  storyId: v.string(),
  status: v.picklist(ASSIGNMENT_STATUSES),
  dueAt: v.string(),
  attemptsUsed: v.number(),
  attemptsAllowed: v.nullable(v.number()),
  counting: v.nullable(AttemptResultSchema),
});
export type MyAssignment = v.InferOutput<typeof MyAssignmentSchema>;
export const MyAssignmentsAnswerSchema = v.object({ items: v.array(MyAssignmentSchema) });
