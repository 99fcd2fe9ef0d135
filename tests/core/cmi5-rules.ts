import { CMI5 } from '../../src/core/lms-cmi5';
import { VERBS, type XapiStatement } from '../../src/core/xapi';

/**
 * cmi5's statement rules (cmi5 9.3–9.6), checked on what an LRS received for one registration
 * of one AU: per session initialized first and terminated last; at most one completed and one
 * passed or failed per registration; a passed score at or above the mastery score, a failed one
 * below; cmi5's own statements about the AU with the cmi5 category; every statement in the
 * registration, with the session id of the launch template. Returns the broken rules.
 */
export function cmi5Problems(statements: readonly XapiStatement[], au: { activityId: string; registration: string; masteryScore: number }): string[] {
  const problems: string[] = [];
  const verb = (s: XapiStatement): string => s.verb.id.split('/').pop() ?? '';
  const defined = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated']);
  const sessions = new Map<string, XapiStatement[]>();
  for (const s of statements) {
    const session = String(s.context.extensions[CMI5.sessionId] ?? '');
    if (!session) problems.push(`${verb(s)} ${s.id} has no session id`);
    if (s.context.registration !== au.registration) problems.push(`${verb(s)} ${s.id} is outside the registration`);
    sessions.set(session, [...(sessions.get(session) ?? []), s]);
    const categories = (s.context.contextActivities.category ?? []).map((c) => c.id);
    if (defined.has(verb(s))) {
      if (s.object.id !== au.activityId) problems.push(`${verb(s)} is not about the AU`);
      if (!categories.includes(CMI5.category)) problems.push(`${verb(s)} lacks the cmi5 category`);
    } else if (categories.includes(CMI5.category)) problems.push(`${verb(s)} is not cmi5-defined but has the cmi5 category`);
    if (verb(s) === 'passed' && !((s.result?.score?.scaled ?? -1) >= au.masteryScore)) problems.push(`passed with ${s.result?.score?.scaled} below the mastery score ${au.masteryScore}`);
    if (verb(s) === 'failed' && !((s.result?.score?.scaled ?? 2) < au.masteryScore)) problems.push(`failed with ${s.result?.score?.scaled}, not below the mastery score ${au.masteryScore}`);
    if ((verb(s) === 'passed' || verb(s) === 'failed') && s.context.extensions[CMI5.masteryScore] !== au.masteryScore) problems.push(`${verb(s)} does not name the mastery score`);
  }
  for (const [session, list] of sessions) {
    if (list[0]?.verb.id !== VERBS.initialized) problems.push(`session ${session} starts with ${list[0] ? verb(list[0]) : 'nothing'}, not initialized`);
    const end = list.findIndex((s) => s.verb.id === VERBS.terminated);
    if (end >= 0 && end !== list.length - 1) problems.push(`session ${session} goes on after terminated`);
  }
  const count = (name: string): number => statements.filter((s) => verb(s) === name).length;
  if (count('completed') > 1) problems.push(`${count('completed')} completed statements in one registration`);
  if (count('passed') + count('failed') > 1) problems.push(`${count('passed') + count('failed')} passed/failed statements in one registration`);
  return problems;
}
