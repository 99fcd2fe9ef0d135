import type { Assignment, Person } from '../../src/core/api';
import { CONCEPT_IDS, type ConceptId } from '../../src/core/concepts';
import type { StoredAttempt } from '../../src/core/team-review';

/** Hand-made people, assignments and stored attempts for the manager's review tests. */

export const person = (id: string, name: string): Person => ({ id, name });

/** Every concept not given is "not assessed" (null), as the server stores it. */
export function grades(given: Partial<Record<ConceptId, number>> = {}): Record<ConceptId, number | null> {
  return Object.fromEntries(CONCEPT_IDS.map((c) => [c, given[c] ?? null])) as Record<ConceptId, number | null>;
}

export function assignment(id: string, over: Partial<Assignment>): Assignment {
  return {
    id,
    teamId: 'team',
    userIds: [],
    storyIds: [],
    dueAt: '2026-12-20T17:00:00Z',
    passMark: 70,
    mode: 'assessment',
    attemptsAllowed: null,
    counting: 'best',
    createdBy: 'manager',
    createdAt: '2026-11-01T09:00:00Z',
    ...over,
  };
}

interface AttemptFacts {
  readonly user: string;
  readonly story: string;
  /** When it finished; it arrives at the server a second later. */
  readonly at: string;
  readonly score: number;
  readonly passed?: boolean;
  readonly assignment?: string | null;
  readonly mode?: StoredAttempt['mode'];
  readonly replayedFrom?: number | null;
  readonly grades?: Partial<Record<ConceptId, number>>;
}

export function attempt(id: string, f: AttemptFacts): StoredAttempt {
  return {
    id,
    userId: f.user,
    storyId: f.story,
    version: 1,
    mode: f.mode ?? 'assessment',
    replayedFrom: f.replayedFrom ?? null,
    assignmentId: f.assignment ?? null,
    score: f.score,
    passed: f.passed ?? false,
    outcome: null,
    finishedAt: f.at,
    receivedAt: new Date(Date.parse(f.at) + 1000).toISOString(),
    grades: grades(f.grades),
  };
}
