import type { Assignment } from './api';
import { countingAttempt } from './assignments';
import { mayCount, type StoredAttempt } from './team-review';

/**
 * When an assignment earns a certificate: it is an assessment, and the counting run of every one
 * of its scenarios passed. A certificate, once issued, stays: it records a dated achievement.
 */

export interface CertifiedScenario {
  readonly storyId: string;
  readonly attempt: StoredAttempt;
}

/**
 * The counting run of each scenario when all passed in assessment mode, else null. `attempts` are
 * one trainee's runs under the assignment; coach-mode and replayed runs never count.
 */
export function certifiedScenarios(assignment: Pick<Assignment, 'mode' | 'storyIds' | 'counting'>, attempts: readonly StoredAttempt[]): CertifiedScenario[] | null {
  if (assignment.mode !== 'assessment' || !assignment.storyIds.length) return null;
  const certified: CertifiedScenario[] = [];
  for (const storyId of assignment.storyIds) {
    const attempt = countingAttempt(attempts.filter((a) => a.storyId === storyId && mayCount(a, assignment.mode)), assignment.counting);
    if (!attempt?.passed) return null;
    certified.push({ storyId, attempt });
  }
  return certified;
}
