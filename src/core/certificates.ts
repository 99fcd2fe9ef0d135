import type { Assignment } from './api';
import type { StoredAttempt } from './team-review';

/**
 * When an assignment earns a certificate: it is an assessment, and the counting run of every one
 * of its scenarios passed. A certificate, once issued, stays: it records a dated achievement.
 */

export interface CertifiedScenario {
  readonly storyId: string;
  readonly attempt: StoredAttempt;
}

/** The counting run of each scenario when all passed in assessment mode, else null. */
export function certifiedScenarios(assignment: Pick<Assignment, 'mode' | 'storyIds' | 'counting'>, attempts: readonly StoredAttempt[]): CertifiedScenario[] | null {
  throw new Error(`not implemented yet: ${assignment.mode} ${attempts.length}`);
}
