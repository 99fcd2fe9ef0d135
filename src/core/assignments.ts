import type { PlayMode } from './attempts';
/**
 * The rules of an assignment: which of a trainee's attempts counts, and where they stand.
 * The server applies them to what it stored; the browser shows what the server answered.
 */

/**
 * Whether a run may count towards passing: played in the assignment's mode (assessment for
 * self-paced play) and not replayed from a moment of an earlier run.
 */
export function mayCount(attempt: { readonly mode: PlayMode; readonly replayedFrom: number | null }, mode: PlayMode | null): boolean {
  return attempt.replayedFrom === null && attempt.mode === (mode ?? 'assessment');
}

export const COUNTING_RULES = ['first', 'best', 'last'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

export const ASSIGNMENT_STATUSES = ['not-started', 'in-progress', 'passed', 'failed', 'overdue'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** An assignment is "due soon" within this many days of its due time. */
export const DUE_SOON_DAYS = 3;

export interface CountedAttempt {
  readonly score: number;
  readonly passed: boolean;
  /** When the server received it: attempts are ordered by it. */
  readonly receivedAt: string;
}

/** The attempt that counts under the rule (best: the highest score, the earliest on ties), or null. */
export function countingAttempt<A extends CountedAttempt>(attempts: readonly A[], rule: CountingRule): A | null {
  const ordered = [...attempts].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  if (rule === 'first') return ordered[0] ?? null;
  if (rule === 'last') return ordered.at(-1) ?? null;
  return ordered.reduce<A | null>((best, a) => (!best || a.score > best.score ? a : best), null);
}

export interface StandingInput {
  readonly counting: CountedAttempt | null;
  readonly attemptsUsed: number;
  readonly attemptsAllowed: number | null;
  readonly dueAt: string;
  readonly now: Date;
}

/** Passed by the counting attempt; failed once no attempt is left; otherwise overdue after the due time. */
export function assignmentStatus({ counting, attemptsUsed, attemptsAllowed, dueAt, now }: StandingInput): AssignmentStatus {
  if (counting?.passed) return 'passed';
  if (attemptsAllowed !== null && attemptsUsed >= attemptsAllowed) return 'failed';
  if (now.getTime() > Date.parse(dueAt)) return 'overdue';
  return attemptsUsed > 0 ? 'in-progress' : 'not-started';
}

export function isDueSoon(dueAt: string, now: Date): boolean {
  const left = Date.parse(dueAt) - now.getTime();
  return left >= 0 && left <= DUE_SOON_DAYS * 24 * 60 * 60 * 1000;
}

/** Whether one more attempt may be submitted. */
export function attemptsLeft(attemptsUsed: number, attemptsAllowed: number | null): boolean {
  return attemptsAllowed === null || attemptsUsed < attemptsAllowed;
}
