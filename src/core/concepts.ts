/** The 13 core concepts of customer-centric selling (METHOD.md §2): the axes the scoring module grades. */
export const CONCEPTS = {
  C1: { en: 'No goal, no opportunity', zh: '没有目标就没有机会' },
  C2: { en: "It's not who you call on, it's what you say", zh: '问题不在于你去见谁,而在于你说了什么' },
  C3: { en: 'You are delegated to the people you sound like', zh: '你像哪种人,客户就安排哪种人跟你打交道' },
  C4: { en: 'People buy from sincere, competent people who empower them', zh: '人们喜好从真诚、有能力并赋予他们权力的人那里购买' },
  C5: { en: 'Diagnose before you prescribe', zh: '先诊断、后开方' },
  C6: { en: 'People are best convinced by reasons they discover themselves', zh: '人们最容易被自己发现的理由说服' },
  C7: { en: 'Only the customer can define the solution they want', zh: '只有客户知道自己想要的解决方案' },
  C8: { en: 'No give without a get', zh: '没有得到就不要给予' },
  C9: { en: "Don't sell to people who can't buy", zh: '不要卖给没有能力购买的人' },
  C10: { en: 'Emotional decisions are justified with value and logic', zh: '感性的决策会依据价值和逻辑修正' },
  C11: { en: 'Be the same first, then be different', zh: '先同后异,脱颖而出' },
  C12: { en: "Don't propose a close before the buyer is ready", zh: '在买方准备购买之前,不要贸然提议成交' },
  C13: { en: 'Bad news early is good news', zh: '早到的坏消息就是好消息' },
} as const;

export type ConceptId = keyof typeof CONCEPTS;
export const CONCEPT_IDS = Object.keys(CONCEPTS) as ConceptId[];

export function isConceptId(value: string): value is ConceptId {
  return Object.hasOwn(CONCEPTS, value);
}
