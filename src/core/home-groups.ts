import { isDueSoon, type AssignmentStatus } from './assignments';

/**
 * How a trainee's home groups their assignments: passed ones apart, overdue ones first, then
 * those due soon, then the rest. A run of attempts used up without a pass counts as assigned
 * (shown as not passed); the manager decides what happens next.
 */
export const HOME_GROUPS = ['overdue', 'due-soon', 'assigned', 'passed'] as const;
export type HomeGroup = (typeof HOME_GROUPS)[number];

export function homeGroup(status: AssignmentStatus, dueAt: string, now: Date): HomeGroup {
  if (status === 'passed') return 'passed';
  if (status === 'overdue') return 'overdue';
  return status !== 'failed' && isDueSoon(dueAt, now) ? 'due-soon' : 'assigned';
}
