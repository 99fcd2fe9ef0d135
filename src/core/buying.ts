/** The buying process vocabulary from METHOD.md §3–§5 and §9: phases, adoption segments, buyer roles, outcomes. */

export const PHASES = {
  1: { en: 'Need recognition', zh: '需求形成' },
  2: { en: 'Evaluation of options', zh: '方案评估' },
  3: { en: 'Resolution of concerns', zh: '采购决策' },
} as const;
export type Phase = keyof typeof PHASES;
export const PHASE_IDS = [1, 2, 3] as const satisfies readonly Phase[];

export const SEGMENTS = {
  innovators: { en: 'Innovators', zh: '创新者' },
  'early-adopters': { en: 'Early adopters', zh: '早期采用者' },
  'early-majority': { en: 'Early majority', zh: '早期大众' },
  'late-majority': { en: 'Late majority', zh: '后期大众' },
  laggards: { en: 'Laggards', zh: '落后者' },
} as const;
export type Segment = keyof typeof SEGMENTS;
export const SEGMENT_IDS = Object.keys(SEGMENTS) as Segment[];

export const ROLES = {
  'decision-maker': { en: 'Decision maker', zh: '决策者' },
  'financial-approver': { en: 'Financial approver', zh: '财务批准人' },
  champion: { en: 'Champion', zh: '拥护者' },
  coach: { en: 'Coach', zh: '教练' },
  user: { en: 'User', zh: '使用者' },
  implementer: { en: 'Implementer', zh: '实施者' },
  opponent: { en: 'Opponent', zh: '反对者' },
  procurement: { en: 'Procurement', zh: '采购' },
  gatekeeper: { en: 'Gatekeeper', zh: '把关人' },
} as const;
export type Role = keyof typeof ROLES;

export const OUTCOMES = {
  won: { en: 'Won', zh: '赢单' },
  lost: { en: 'Lost', zh: '丢单' },
  'no-decision': { en: 'No decision', zh: '无决策' },
  'qualified-out': { en: 'Qualified out', zh: '主动退出' },
} as const;
export type Outcome = keyof typeof OUTCOMES;

export const MOODS = ['neutral', 'interested', 'pleased', 'skeptical', 'annoyed', 'anxious'] as const;
export type Mood = (typeof MOODS)[number];

/** Milestones are buyer actions (METHOD.md §8), not seller activity. */
export const MILESTONES = {
  'agreed-to-talk': { en: 'Agreed to talk', zh: '同意交谈' },
  'goal-stated': { en: 'Goal stated', zh: '说出目标' },
  'pain-acknowledged': { en: 'Pain acknowledged', zh: '承认痛点' },
  'cost-quantified': { en: 'Cost of the problem quantified', zh: '量化问题代价' },
  'vision-agreed': { en: 'Vision agreed', zh: '认同愿景' },
  'access-granted': { en: 'Access to key players granted', zh: '引见关键人' },
  'competition-revealed': { en: 'Competition revealed', zh: '透露竞争情况' },
  'budget-confirmed': { en: 'Budget confirmed', zh: '确认预算' },
  'meeting-agreed': { en: 'Meeting agreed', zh: '约定会面' },
  'mutual-plan-agreed': { en: 'Mutual plan agreed', zh: '达成共同计划' },
  'preferred-vendor': { en: 'Named preferred vendor', zh: '成为首选供应商' },
  'concession-traded': { en: 'Concession traded for a get', zh: '让步换回条件' },
  'risk-addressed': { en: 'Risk addressed', zh: '风险得到化解' },
  'references-requested': { en: 'References requested', zh: '索要参考案例' },
} as const;
export type Milestone = keyof typeof MILESTONES;

export function isOneOf<T extends string>(keys: readonly T[] | Record<T, unknown>, value: string): value is T {
  return Array.isArray(keys) ? keys.includes(value as T) : Object.hasOwn(keys, value);
}
