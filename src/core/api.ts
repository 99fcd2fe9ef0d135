import * as v from 'valibot';
import { ChoicePathSchema, OutcomeSchema, PlayModeSchema, RunFactsSchema, StoryIdSchema } from './attempts';
import { COUNTING_RULES, ASSIGNMENT_STATUSES } from './assignments';
import { PHASE_IDS, SEGMENT_IDS } from './buying';
import { CONCEPT_IDS } from './concepts';
import { STORY_LOCALES } from './story-manifest';
import type { StoryHeader } from './tags';
import { withoutBidiControls } from './text';
import type { TranscriptEntry } from './transcript';

/**
 * The server API contract (README, "Server API"): every request body and
 * answer under /api/, as valibot schemas. The server validates requests with them; the browser
 * types its client with them. Error answers are `{ error, message }`.
 */

export const USER_ROLES = ['admin', 'manager', 'trainee'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const IdSchema = v.pipe(v.string(), v.uuid('An id must be a UUID.'));
const NameSchema = v.pipe(v.string('A name is needed.'), v.transform(withoutBidiControls), v.trim(), v.minLength(1, 'A name is needed.'), v.maxLength(100, 'A name has at most 100 characters.'));
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
  // (valibot runs this check even after the regex failed, so it must not throw on any string.)
  v.check((s) => {
    const day = new Date(`${s.slice(0, 10)}T00:00:00Z`);
    return !Number.isNaN(Date.parse(s)) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s.slice(0, 10));
  }, 'That date does not exist.'),
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

// ── the manager's review (README, "The manager's review") ────────────────────
/**
 * Filters shared by the team overview, the heat map and the CSV exports: all optional; an
 * assignment narrows to its scenarios, a date range to attempts finished inside it (inclusive
 * days, UTC). Sent as a query string.
 */
export const ReviewFilterSchema = v.object({
  assignment: v.optional(IdSchema),
  story: v.optional(StoryIdSchema),
  phase: v.optional(v.pipe(v.string(), v.transform(Number), v.picklist(PHASE_IDS, 'The phase is 1, 2 or 3.'))),
  segment: v.optional(v.picklist(SEGMENT_IDS, `The segment is one of ${SEGMENT_IDS.join(', ')}.`)),
  from: v.optional(IsoTimeSchema),
  to: v.optional(IsoTimeSchema),
});
export type ReviewFilter = v.InferOutput<typeof ReviewFilterSchema>;

const PersonSchema = v.object({ id: IdSchema, name: v.string() });
export type Person = v.InferOutput<typeof PersonSchema>;

/** A short view of one stored attempt, for tables (the transcript is fetched with the review). */
export const AttemptBriefSchema = v.object({
  id: IdSchema,
  storyId: v.string(),
  version: v.number(),
  mode: PlayModeSchema,
  replayedFrom: v.nullable(v.number()),
  assignmentId: v.nullable(IdSchema),
  score: v.number(),
  passed: v.boolean(),
  outcome: v.nullable(OutcomeSchema),
  finishedAt: v.string(),
  receivedAt: v.string(),
});
export type AttemptBrief = v.InferOutput<typeof AttemptBriefSchema>;

/**
 * One trainee and one scenario: under an assignment (its rule decides what counts), or played
 * on their own (assignmentId null: the latest assessment run counts). `counted` are the runs
 * that may count, in order; `practice` the coach-mode and replayed-from-a-moment runs, shown apart.
 */
export const OverviewRowSchema = v.object({
  trainee: PersonSchema,
  assignmentId: v.nullable(IdSchema),
  storyId: v.nullable(v.string()),
  /** null: nothing assigned and nothing played (the trainee is listed so nobody is missed). */
  status: v.nullable(v.picklist(ASSIGNMENT_STATUSES)),
  dueAt: v.nullable(v.string()),
  first: v.nullable(v.number()),
  best: v.nullable(v.number()),
  last: v.nullable(v.number()),
  /** The counted scores in order (the trend line). */
  trend: v.array(v.number()),
  counting: v.nullable(AttemptBriefSchema),
  attemptsUsed: v.number(),
  attemptsAllowed: v.nullable(v.number()),
  practice: v.array(AttemptBriefSchema),
});
export type OverviewRow = v.InferOutput<typeof OverviewRowSchema>;
export const TeamOverviewSchema = v.object({ team: TeamSchema, assignments: v.array(AssignmentSchema), rows: v.array(OverviewRowSchema) });
export type TeamOverview = v.InferOutput<typeof TeamOverviewSchema>;

/** One heat-map cell: the mean grade of the concept over the counting attempts that assessed it. */
export const HeatCellSchema = v.object({ grade: v.nullable(v.number()), attemptIds: v.array(IdSchema) });
export type HeatCell = v.InferOutput<typeof HeatCellSchema>;
const ConceptCellsSchema = v.record(v.picklist(CONCEPT_IDS), HeatCellSchema);
export const HeatMapSchema = v.object({
  rows: v.array(v.object({ trainee: PersonSchema, cells: ConceptCellsSchema })),
  /** Each concept's mean over the trainees graded on it. */
  average: v.record(v.picklist(CONCEPT_IDS), v.nullable(v.number())),
});
export type HeatMap = v.InferOutput<typeof HeatMapSchema>;

/** One option at a fork of the trap map: who took it and what it cost. */
export const TrapOptionSchema = v.object({
  text: v.string(),
  /** The option's evidence per concept (core's rubric), only the non-zero ones. */
  evidence: v.record(v.picklist(CONCEPT_IDS), v.number()),
  verdict: v.picklist(['best', 'partial', 'costly']),
  count: v.number(),
  /** count / the number of runs that reached the fork, 0–1. */
  share: v.number(),
  chosenBy: v.array(PersonSchema),
});
export const TrapPointSchema = v.object({
  point: v.string(),
  /** The typical position of this fork in a run (1-based), for ordering and labels. */
  step: v.number(),
  reached: v.number(),
  options: v.array(TrapOptionSchema),
  /** Runs whose first costly choice was made here. */
  firstWrong: v.number(),
});
export type TrapPoint = v.InferOutput<typeof TrapPointSchema>;
export const TrapMapSchema = v.object({
  storyId: v.string(),
  version: v.number(),
  /** Versions with attempts by this team, newest first (a fork means something only within one version). */
  versions: v.array(v.number()),
  runs: v.number(),
  points: v.array(TrapPointSchema),
  /** The fork where most runs first went wrong, or null when none did. */
  worst: v.nullable(v.string()),
});
export type TrapMap = v.InferOutput<typeof TrapMapSchema>;

// ── comments, the attempt review, progress, certificates ────────────────────
export const MAX_COMMENT_CHARS = 2000;
const CommentBodySchema = v.pipe(
  v.string('A comment is needed.'),
  v.transform(withoutBidiControls),
  v.trim(),
  v.minLength(1, 'A comment is needed.'),
  v.maxLength(MAX_COMMENT_CHARS, `A comment has at most ${MAX_COMMENT_CHARS} characters.`),
);
export const CommentCreateSchema = v.object({
  /** The decision the comment is pinned to: its 0-based step in the attempt's path. */
  step: v.pipe(v.number('The decision is a number.'), v.integer(), v.minValue(0)),
  body: CommentBodySchema,
});
export const CommentEditSchema = v.object({ body: CommentBodySchema });
export const CommentSchema = v.object({
  id: IdSchema,
  attemptId: IdSchema,
  step: v.number(),
  body: v.string(),
  author: PersonSchema,
  createdAt: v.string(),
  updatedAt: v.string(),
  /** When the trainee first saw it in their debrief; null while unread. */
  readAt: v.nullable(v.string()),
});
export type Comment = v.InferOutput<typeof CommentSchema>;
export const CommentAnswerSchema = v.object({ comment: CommentSchema });
export const MyCommentsSchema = v.object({ comments: v.array(v.object({ ...CommentSchema.entries, storyId: v.string() })), unread: v.number() });

/**
 * An attempt as its trainee saw it: the path replayed on the story version it was played on
 * (kept by the server), in the language asked for where that version was translated. The
 * browser rebuilds the debrief from `entries` with src/core, as it does after a live run.
 */
export const AttemptReviewSchema = v.object({
  attempt: AttemptResultSchema,
  trainee: PersonSchema,
  /** The story's header at that version (StoryHeader); checked by the build that made it. */
  header: v.custom<StoryHeader>((x) => typeof x === 'object' && x !== null && !Array.isArray(x)),
  entries: v.array(v.custom<TranscriptEntry>((x) => typeof x === 'object' && x !== null)),
  passMark: v.number(),
  comments: v.array(CommentSchema),
  /** Whether the asker may pin comments (the trainee's manager, or an admin). */
  canComment: v.boolean(),
});
export type AttemptReview = v.InferOutput<typeof AttemptReviewSchema>;

/** Every stored attempt of one person, for their progress page (computed with core's progressOf). */
export const PersonAttemptsSchema = v.object({ person: PersonSchema, attempts: v.array(AttemptResultSchema) });

export const CertificateSchema = v.object({
  /** The verification code in the certificate's public link. */
  code: v.string(),
  trainee: PersonSchema,
  assignmentId: IdSchema,
  teamName: v.string(),
  passMark: v.number(),
  scenarios: v.array(v.object({ storyId: v.string(), title: v.string(), attemptId: IdSchema, score: v.number(), finishedAt: v.string() })),
  issuedAt: v.string(),
});
export type Certificate = v.InferOutput<typeof CertificateSchema>;
export const CertificateAnswerSchema = v.object({ certificate: CertificateSchema });
export const CertificatesAnswerSchema = v.object({ certificates: v.array(CertificateSchema) });

// ── forwarding to the company's LRS ─────────────────────────────────────────
/** `GET /admin/lrs`: how the outbox stands (counts of statements), and the latest refusals with the LRS's answer. */
export const LrsStatusSchema = v.object({
  configured: v.boolean(),
  /** The LRS's xAPI address (never its credentials); null when none is configured. */
  endpoint: v.nullable(v.string()),
  queued: v.number(),
  sent: v.number(),
  failed: v.number(),
  /** Why the oldest queued statement is waiting, when a send of it failed (the LRS down, a 5xx, a 429). */
  waiting: v.nullable(v.object({ statementId: IdSchema, tries: v.number(), dueAt: v.string(), lastError: v.string() })),
  /** The 20 latest statements the LRS refused (a 4xx other than 409 and 429); they are not retried. */
  failures: v.array(v.object({ statementId: IdSchema, attemptId: IdSchema, at: v.string(), lastError: v.string() })),
});
export type LrsStatus = v.InferOutput<typeof LrsStatusSchema>;
export const LrsStatusAnswerSchema = v.object({ lrs: LrsStatusSchema });
/** `POST /admin/lrs/retry`: how many refused statements were queued again. */
export const LrsRetryAnswerSchema = v.object({ requeued: v.number() });

// ── the review's query strings ──────────────────────────────────────────────
/** Languages an attempt can be reviewed in: the original and its translations, where that version had one. */
export const REVIEW_LOCALES = ['en', ...STORY_LOCALES] as const;
export type ReviewLocale = (typeof REVIEW_LOCALES)[number];
const ReviewLocaleSchema = v.optional(v.picklist(REVIEW_LOCALES, `The language is one of ${REVIEW_LOCALES.join(', ')}.`), 'en');

/** `GET /attempts/:id/review?locale=` */
export const AttemptReviewQuerySchema = v.object({ locale: ReviewLocaleSchema });

/** `GET /teams/:id/trap-map?story=&version=&assignment=&locale=`: one scenario (required), at one version (default: the newest the team played). */
export const TrapMapQuerySchema = v.object({
  story: StoryIdSchema,
  version: v.optional(v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'The version is a whole number.'), v.transform(Number))),
  assignment: v.optional(IdSchema),
  locale: ReviewLocaleSchema,
});
