import type { ConceptId } from './concepts';

/**
 * The rubric: what each seller move means for the 13 concepts (METHOD.md §2, §6, §7).
 * Ink says what the seller did (`# move: ask-goal`); only this table says how that is graded,
 * so every scenario is held to one standard and a change of policy is one edit here.
 *
 * Weights run from -3 (a textbook violation) to +3 (the textbook move). `why` is the coach's
 * one-line explanation shown in coach notes and the debrief; `pitch` marks the moves a
 * pitch-first seller reaches for (used by the checker's pitch-first policy).
 */
export interface MoveRubric {
  readonly evidence: Partial<Record<ConceptId, number>>;
  readonly why: { readonly en: string; readonly zh: string };
  readonly pitch?: true;
}

export const RUBRIC = {
  neutral: {
    evidence: {},
    why: { en: 'Neither helps nor hurts the method.', zh: '对方法既无帮助也无损害。' },
  },

  // Opening and prospecting (C2, C3, P4)
  'open-with-business-problem': {
    evidence: { C2: 3, C3: 1 },
    why: {
      en: 'Opened with a goal or problem that people with this title actually have.',
      zh: '以该职位的人真正关心的目标或问题开场。',
    },
  },
  'open-with-company-history': {
    evidence: { C2: -3 },
    pitch: true,
    why: {
      en: 'Opened with who we are instead of what the buyer needs; nobody buys a company history.',
      zh: '以公司介绍而不是客户需求开场;没人会为公司历史买单。',
    },
  },
  'talk-business-outcomes': {
    evidence: { C3: 3, C10: 1 },
    why: {
      en: 'Spoke the executive’s language: outcomes, not specifications.',
      zh: '用高管的语言交流:谈业务成果而不是技术参数。',
    },
  },
  'pitch-specs-to-executive': {
    evidence: { C3: -3, C2: -1 },
    pitch: true,
    why: {
      en: 'Feature lists to an executive get you delegated to IT — you sounded like a technician.',
      zh: '对高管讲功能清单,只会被转给IT——你听起来像技术员。',
    },
  },
  'accept-delegation-down': {
    evidence: { C3: -2, C9: -1 },
    why: {
      en: 'Accepted being sent down to someone who cannot buy, without keeping access to the sponsor.',
      zh: '接受被转给无权购买的人,却没有保住与决策者的联系。',
    },
  },
  'ask-for-meeting': {
    evidence: { C12: 2, C2: 1 },
    why: {
      en: 'Asked for the next meeting, not the sale — the right size of commitment for this stage.',
      zh: '请求下一次会面而不是成交——这是当前阶段合适的承诺。',
    },
  },
  'fit-message-to-segment': {
    evidence: { C2: 2, C10: 1 },
    why: {
      en: 'Framed the message the way this kind of buyer is persuaded (see the adoption segments).',
      zh: '按这类客户(技术采用群体)被说服的方式组织信息。',
    },
  },
  'mismatched-pitch': {
    evidence: { C2: -2, C4: -1 },
    pitch: true,
    why: {
      en: 'Pitched in a way this segment distrusts — vision to a pragmatist, novelty to a conservative, or caution to a visionary.',
      zh: '用这类客户不信任的方式推销——对实用主义者讲愿景,对保守者讲新奇,对远见者讲稳妥。',
    },
  },
  'share-success-story': {
    evidence: { C10: 2, C2: 1 },
    why: {
      en: 'A success story (situation, goal, usage, result) from a peer gives the buyer logic to justify interest.',
      zh: '同行的成功案例(情境、目标、用法、结果)为客户的兴趣提供了逻辑依据。',
    },
  },
  'offer-peer-reference': {
    evidence: { C10: 2, C4: 1 },
    why: {
      en: 'Offered a reference from the buyer’s own niche — what pragmatists and conservatives trust.',
      zh: '提供同一细分领域的参考客户——这是实用主义者和保守者信任的证据。',
    },
  },

  // Goals and diagnosis (C1, C5, C6, SPIN, the solution development prompter)
  'ask-goal': {
    evidence: { C1: 3, C5: 1 },
    why: {
      en: 'Asked what the buyer wants to achieve before talking about any offering.',
      zh: '在谈任何产品之前,先问客户想实现什么目标。',
    },
  },
  'treat-curiosity-as-deal': {
    evidence: { C1: -3 },
    why: {
      en: 'Treated interest without a business goal as an opportunity; no goal, no opportunity.',
      zh: '把没有业务目标的好奇当成商机;没有目标就没有机会。',
    },
  },
  'ask-current-process': {
    evidence: { C5: 3 },
    why: {
      en: 'The control question — “how do you do it today?” — grounds everything that follows.',
      zh: '控制性问题“你们现在怎么做?”为后续一切打下基础。',
    },
  },
  'ask-diagnostic': {
    evidence: { C5: 2, C6: 1 },
    why: {
      en: 'A diagnostic question that uncovers the cause, not just the symptom.',
      zh: '诊断性问题,找到原因而不仅是症状。',
    },
  },
  'ask-implication': {
    evidence: { C6: 3, C10: 1 },
    why: {
      en: 'Let the buyer work out what the problem costs them — a reason they discovered themselves.',
      zh: '让客户自己算出问题的代价——这是他们自己发现的理由。',
    },
  },
  'ask-need-payoff': {
    evidence: { C6: 2, C7: 1 },
    why: {
      en: 'Asked what solving it would be worth, so the buyer states the value in their own words.',
      zh: '询问解决问题的价值,让客户用自己的话说出价值。',
    },
  },
  'listen-and-summarize': {
    evidence: { C4: 1, C6: 1, C7: 1 },
    why: {
      en: 'Played the buyer’s words back, including the subtext — the buyer feels heard and corrects you early.',
      zh: '复述客户的话(包括弦外之音)——客户感到被倾听,也能及早纠正你。',
    },
  },
  'tell-buyer-their-problem': {
    evidence: { C6: -3, C5: -1 },
    pitch: true,
    why: {
      en: 'Told the buyer what their problem is; people resist conclusions they did not reach themselves.',
      zh: '直接告诉客户他们的问题是什么;人们抗拒不是自己得出的结论。',
    },
  },
  'pitch-features': {
    evidence: { C5: -2, C6: -1 },
    pitch: true,
    why: {
      en: 'Presented features before understanding the situation — a pitch, not a conversation.',
      zh: '在了解情况之前就介绍功能——这是推销,不是对话。',
    },
  },
  'prescribe-before-diagnosis': {
    evidence: { C5: -3, C7: -1 },
    pitch: true,
    why: {
      en: 'Recommended a solution before diagnosing; prescription without diagnosis is malpractice.',
      zh: '没有诊断就开方;未经诊断的处方就是失职。',
    },
  },

  // Vision and solution (C7, usage scenarios)
  'share-usage-scenario': {
    evidence: { C7: 2, C6: 1 },
    why: {
      en: 'Described how the capability would be used in the buyer’s own event, question, player and action.',
      zh: '按客户自己的事件、问题、角色和行动描述产品的使用场景。',
    },
  },
  'build-vision-from-buyer-words': {
    evidence: { C7: 3 },
    why: {
      en: 'Built the solution vision from the buyer’s own words — only the customer can define it.',
      zh: '用客户自己的话构建解决方案愿景——只有客户能定义他们要的方案。',
    },
  },
  'impose-solution-design': {
    evidence: { C7: -3 },
    pitch: true,
    why: {
      en: 'Imposed our design on the buyer instead of letting them shape it.',
      zh: '把我们的方案强加给客户,而不是让客户自己塑造。',
    },
  },
  'co-create-plan': {
    evidence: { C7: 2, C12: 1 },
    why: {
      en: 'Built the plan together with the buyer, which is how growth-minded buyers commit.',
      zh: '与客户共同制定计划——成长型客户就是这样做出承诺的。',
    },
  },

  // Sincerity and empowerment (C4, C13)
  'admit-limitation': {
    evidence: { C4: 2, C13: 2 },
    why: {
      en: 'Disclosed our own limit early; honesty about gaps builds the trust that closes deals.',
      zh: '及早说明自身的局限;坦诚缺口会建立促成交易的信任。',
    },
  },
  overclaim: {
    evidence: { C4: -3, C13: -1 },
    pitch: true,
    why: {
      en: 'Promised more than we can deliver; it wins a minute and loses the account.',
      zh: '承诺超出能力范围;赢得一时,失去客户。',
    },
  },
  flatter: {
    evidence: { C4: -1 },
    why: {
      en: 'Flattery reads as insincere to a professional buyer.',
      zh: '奉承在专业买家眼里显得不真诚。',
    },
  },
  'hide-known-gap': {
    evidence: { C13: -3, C4: -1 },
    why: {
      en: 'Kept a known gap quiet; bad news discovered late kills deals and trust together.',
      zh: '隐瞒已知缺口;迟到的坏消息会同时毁掉交易与信任。',
    },
  },
  'misrepresent-relationship': {
    evidence: { C4: -3 },
    why: {
      en: 'Claimed a relationship that does not exist; gatekeepers check, and a seller caught in one lie is not believed again.',
      zh: '声称并不存在的关系;助理会核实,被识破一次谎言的销售再也不会被信任。',
    },
  },
  'accept-brush-off': {
    evidence: { C13: -1, C9: -1 },
    why: {
      en: 'Took "send me something" at face value: the real objection stays hidden and the decision-maker slips away.',
      zh: '把“发点资料给我”当真:真正的顾虑仍被掩盖,决策者也随之离开。',
    },
  },
  'send-brochure': {
    evidence: { C6: -1, C12: -1 },
    why: {
      en: 'Offered a brochure instead of a next step: it talks about us, not their goal, and leaves the buyer nothing to decide.',
      zh: '用一份宣传册代替下一步行动:它讲的是我们而不是客户的目标,也没有给买方留下任何需要决定的事。',
    },
  },
  'avoid-hard-question': {
    evidence: { C13: -2, C9: -1 },
    why: {
      en: 'Steered around the awkward question (who else, what budget, what could stop it); the answer does not go away, it arrives late.',
      zh: '回避了尴尬的问题(还有谁、预算多少、什么会阻碍);答案不会消失,只会迟到。',
    },
  },
  'ignore-danger-signal': {
    evidence: { C13: -2, C12: -1 },
    why: {
      en: 'Carried on as if nothing had changed when the buyer went quiet or the plan slipped; a danger signal is news to act on.',
      zh: '买方沉默或计划推迟时仍当作一切如常;危险信号是需要立即处理的消息。',
    },
  },
  'offer-options': {
    evidence: { C4: 2, C7: 1 },
    why: {
      en: 'Offered options and let the buyer decide — empowering, not steering.',
      zh: '提供选项并让客户决定——是赋权,不是操控。',
    },
  },
  'pressure-buyer': {
    evidence: { C4: -2, C12: -1 },
    pitch: true,
    why: {
      en: 'Pressured the buyer; customers love to buy but hate being sold.',
      zh: '向客户施压;客户喜欢购买,但讨厌被推销。',
    },
  },
  'acknowledge-objection': {
    evidence: { C4: 1, C13: 1 },
    why: {
      en: 'Acknowledged the concern before answering it (ACRC: acknowledge).',
      zh: '先认可顾虑再回答(ACRC:认可)。',
    },
  },
  'clarify-objection': {
    evidence: { C5: 2, C13: 1 },
    why: {
      en: 'Clarified what lies behind the objection before responding (ACRC: clarify).',
      zh: '回应之前先弄清异议背后的原因(ACRC:澄清)。',
    },
  },
  'dismiss-objection': {
    evidence: { C4: -2, C13: -1 },
    pitch: true,
    why: {
      en: 'Argued with or brushed off the concern; an objection is information, not an attack.',
      zh: '反驳或敷衍客户的顾虑;异议是信息,不是攻击。',
    },
  },
  'offer-risk-reduction': {
    evidence: { C10: 1, C4: 1, C13: 1 },
    why: {
      en: 'Reduced the buyer’s risk (pilot, reference, plan) — what a phase-3 buyer needs to decide.',
      zh: '降低客户的风险(试点、参考客户、计划)——这是采购决策阶段客户所需要的。',
    },
  },
  'calibrate-expectations': {
    evidence: { C4: 1, C13: 2 },
    why: {
      en: 'Set expectations we can meet; expectations drift, and a promise becomes the new normal.',
      zh: '设定我们能满足的期望;期望会漂移,承诺会变成新的常态。',
    },
  },

  // Qualification (C9, C13, SCOTSMAN, P4, P6)
  'confirm-objection-resolved': {
    evidence: { C13: 1, C4: 1 },
    why: {
      en: 'Checked that the answer really settled the concern (ACRC: confirm) instead of assuming it had.',
      zh: '确认回答确实消除了顾虑(ACRC:确认),而不是想当然。',
    },
  },
  'qualify-authority': {
    evidence: { C9: 3 },
    why: {
      en: 'Found out who can actually decide; don’t sell to people who can’t buy.',
      zh: '弄清谁能真正拍板;不要卖给没有能力购买的人。',
    },
  },
  'qualify-budget': {
    evidence: { C9: 2, C13: 1 },
    why: {
      en: 'Asked whether money exists or can be found, before investing more.',
      zh: '在投入更多之前,先确认是否有预算或能否争取到预算。',
    },
  },
  'ask-decision-process': {
    evidence: { C9: 2, C13: 1 },
    why: {
      en: 'Mapped how the decision will be made and by whom.',
      zh: '弄清决策如何做出、由谁做出。',
    },
  },
  'ask-to-meet-decision-maker': {
    evidence: { C9: 3, C3: 1 },
    why: {
      en: 'Asked for access to the decision maker — the real test of a champion and of the deal.',
      zh: '请求接触决策者——这是对拥护者和这笔交易的真正检验。',
    },
  },
  'ask-competition': {
    evidence: { C13: 2, C9: 1 },
    why: {
      en: 'Asked early who else is in the running and whether there is a favourite.',
      zh: '及早询问还有哪些竞争者、是否已有倾向的供应商。',
    },
  },
  'ask-obstacles': {
    evidence: { C13: 3 },
    why: {
      en: 'Asked what could stop this — bad news early is good news.',
      zh: '询问什么会阻碍此事——早到的坏消息就是好消息。',
    },
  },
  'ask-timeline': {
    evidence: { C12: 1, C9: 1 },
    why: {
      en: 'Asked the buyer’s own timeline and what drives it.',
      zh: '询问客户自己的时间表及其驱动因素。',
    },
  },
  'rely-on-single-contact': {
    evidence: { C9: -2, C13: -1 },
    why: {
      en: 'Bet the deal on one friendly contact without testing their reach.',
      zh: '把交易押在一个友好的联系人身上,却没检验其影响力。',
    },
  },
  'chase-unqualified-deal': {
    evidence: { C9: -3 },
    pitch: true,
    why: {
      en: 'Kept investing in a deal the buyer cannot or will not give us — column fodder.',
      zh: '继续投入一个客户不能或不会给我们的项目——陪标。',
    },
  },
  'walk-away-unqualified': {
    evidence: { C9: 3, C4: 1 },
    why: {
      en: 'Walked away from a deal we could not deservedly win; the cost of losing is (100% − win rate) × cost of sale.',
      zh: '主动退出无法凭实力赢得的项目;丢单成本 = (100% − 赢率) × 销售成本。',
    },
  },
  'abandon-winnable-deal': {
    evidence: { C9: -1, C4: -1 },
    why: {
      en: 'Walked away from a buyer who could buy and had a real goal.',
      zh: '放弃了一个有真实目标且有能力购买的客户。',
    },
  },

  // Value and logic (C10)
  'review-value-delivered': {
    evidence: { C10: 2, C4: 1 },
    why: {
      en: 'Reviewed with the customer the value delivered so far, in their numbers; trust in a key account is earned by results, then kept by showing them.',
      zh: '与客户一起用他们的数据回顾已交付的价值;大客户的信任靠结果赢得,靠展示结果维系。',
    },
  },
  'build-business-case': {
    evidence: { C10: 3 },
    why: {
      en: 'Helped the buyer build the value case they will need to defend the decision internally.',
      zh: '帮助客户构建内部论证所需的价值依据。',
    },
  },
  'rely-on-rapport': {
    evidence: { C10: -2 },
    why: {
      en: 'Leaned on the relationship alone; emotional decisions still need value and logic behind them.',
      zh: '只靠关系;感性的决策仍需价值和逻辑支撑。',
    },
  },
  'numbers-without-buy-in': {
    evidence: { C10: -2, C6: -1 },
    pitch: true,
    why: {
      en: 'Led with a spreadsheet before the buyer cared; numbers justify a decision, they don’t create one.',
      zh: '客户还没动心就先甩出数据表;数字用来证明决策,而不是创造决策。',
    },
  },

  // Differentiation (C11)
  'acknowledge-parity-then-differentiate': {
    evidence: { C11: 3, C4: 1 },
    why: {
      en: 'Agreed where vendors are equal, then showed the difference that matters in this buyer’s usage.',
      zh: '先承认各家相同之处,再展示在客户使用场景中真正重要的差异。',
    },
  },
  'bash-competitor': {
    evidence: { C11: -3, C4: -1 },
    pitch: true,
    why: {
      en: 'Attacked a rival; it makes the buyer defend them and doubt you.',
      zh: '攻击竞争对手;这会让客户为对手辩护并怀疑你。',
    },
  },
  'claim-different-on-everything': {
    evidence: { C11: -2, C4: -1 },
    pitch: true,
    why: {
      en: 'Claimed to be better at everything; nobody believes it, and it hides the difference that matters.',
      zh: '声称样样都更好;没人相信,还掩盖了真正重要的差异。',
    },
  },
  'point-out-apples-to-oranges': {
    evidence: { C11: 2, C10: 1 },
    why: {
      en: 'Showed the comparison was not like for like, without attacking the other offer.',
      zh: '指出比较并非同类对比,而不攻击对方方案。',
    },
  },

  // Closing (C12, P7)
  'check-readiness': {
    evidence: { C12: 2, C13: 1 },
    why: {
      en: 'Checked whether the buyer is ready before proposing anything.',
      zh: '在提议之前确认客户是否已准备好。',
    },
  },
  'propose-mutual-plan': {
    evidence: { C12: 3, C9: 1 },
    why: {
      en: 'Agreed a mutual plan with buyer actions and a buying date — the buyer’s timeline, made visible.',
      zh: '商定包含客户行动和采购日期的共同计划——让客户的时间表清晰可见。',
    },
  },
  'close-when-ready': {
    evidence: { C12: 2 },
    why: {
      en: 'Asked for the decision once the buyer had said they were ready.',
      zh: '在客户表示准备好之后才请求决定。',
    },
  },
  'premature-close': {
    evidence: { C12: -3 },
    pitch: true,
    why: {
      en: 'Asked for the order before the buyer was ready to buy.',
      zh: '在客户准备购买之前就要求下单。',
    },
  },
  'push-quarter-end': {
    evidence: { C12: -3, C4: -1 },
    pitch: true,
    why: {
      en: 'Pushed our quarter-end onto the buyer; close on the buyer’s timeline, not ours.',
      zh: '把我们的季度末压力转嫁给客户;要按客户的时间表成交。',
    },
  },

  // Negotiation (C8, METHOD.md §7)
  'ask-negotiation-preconditions': {
    evidence: { C8: 2, C9: 1, C12: 1 },
    why: {
      en: 'Before any price talk: are we your choice, is price the only issue, can we sign if we agree?',
      zh: '谈价之前先问:我们是首选吗?价格是唯一问题吗?达成一致能马上签吗?',
    },
  },
  'negotiate-before-value-accepted': {
    evidence: { C8: -2, C12: -1 },
    pitch: true,
    why: {
      en: 'Negotiated before the buyer accepted the value of the proposal.',
      zh: '在客户认可方案价值之前就开始谈判。',
    },
  },
  'negotiate-with-non-decision-maker': {
    evidence: { C9: -3, C8: -1 },
    why: {
      en: 'Gave ground to someone who cannot say yes — every concession becomes the new starting point.',
      zh: '向无权拍板的人让步——每次让步都会成为新的起点。',
    },
  },
  'price-only-variable': {
    evidence: { C8: -2 },
    pitch: true,
    why: {
      en: 'Negotiated on price alone; with term, scope, timing, payment and references on the table there is always something else to trade.',
      zh: '只在价格上谈判;期限、范围、时间、付款和推荐都可以交换,何必只让价格。',
    },
  },
  'trade-concession': {
    evidence: { C8: 3 },
    why: {
      en: 'Got before giving: every concession bought something (term, reference, scope, a signature).',
      zh: '先得后给:每次让步都换回了东西(期限、参考、范围、签约)。',
    },
  },
  'ask-two-gets': {
    evidence: { C8: 2 },
    why: {
      en: 'Asked for two gets, the higher first, leaving room to settle for one.',
      zh: '要求两个条件,先提高的,为只换一个留出余地。',
    },
  },
  'unilateral-discount': {
    evidence: { C8: -3 },
    pitch: true,
    why: {
      en: 'Gave a discount and got nothing for it.',
      zh: '给了折扣却什么也没换回。',
    },
  },
  'percentage-discount-off-total': {
    evidence: { C8: -3, C10: -1 },
    pitch: true,
    why: {
      en: 'A percentage off the total sets a precedent every future deal will start from.',
      zh: '总价打百分比折扣会成为以后每笔交易的起点。',
    },
  },
  'ask-what-price-works': {
    evidence: { C8: -2 },
    pitch: true,
    why: {
      en: '“What price would work for you?” hands the buyer the pen.',
      zh: '“什么价格您能接受?”等于把笔交给客户。',
    },
  },
  'concede-silently': {
    evidence: { C8: -2, C4: -1 },
    why: {
      en: 'Tolerated a price demand in silence; silence is read as agreement.',
      zh: '对压价要求默不作声;沉默会被当成同意。',
    },
  },
  'hold-price-with-value': {
    evidence: { C8: 2, C10: 1 },
    why: {
      en: 'Held the price by returning to the value the buyer already accepted.',
      zh: '回到客户已认可的价值来守住价格。',
    },
  },
  'withdraw-concession': {
    evidence: { C8: 2, C4: 1 },
    why: {
      en: 'When the conditional offer did not close, took it off the table instead of letting it stand.',
      zh: '附条件的让步未能促成交易时,收回让步而不是任其保留。',
    },
  },
} as const satisfies Record<string, MoveRubric>;

export type MoveId = keyof typeof RUBRIC;
export const MOVE_IDS = Object.keys(RUBRIC) as MoveId[];

export function isMoveId(value: string): value is MoveId {
  return Object.hasOwn(RUBRIC, value);
}
