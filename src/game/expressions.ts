import type { Mood } from '../core/buying';

/** The avataaars face parts that make up one expression. */
export interface Expression {
  readonly eyes: 'default' | 'happy' | 'side' | 'squint' | 'surprised';
  readonly eyebrows:
    | 'defaultNatural'
    | 'raisedExcitedNatural'
    | 'upDownNatural'
    | 'angryNatural'
    | 'sadConcernedNatural';
  readonly mouth: 'twinkle' | 'default' | 'smile' | 'serious' | 'sad' | 'grimace';
}

/**
 * Each mood differs from every other in at least two of eyes, brows and mouth, so it still
 * reads at a glance when the portrait is small.
 */
export const EXPRESSIONS = {
  neutral: { eyes: 'default', eyebrows: 'defaultNatural', mouth: 'twinkle' },
  interested: { eyes: 'surprised', eyebrows: 'raisedExcitedNatural', mouth: 'default' },
  pleased: { eyes: 'happy', eyebrows: 'defaultNatural', mouth: 'smile' },
  skeptical: { eyes: 'side', eyebrows: 'upDownNatural', mouth: 'serious' },
  annoyed: { eyes: 'squint', eyebrows: 'angryNatural', mouth: 'sad' },
  anxious: { eyes: 'default', eyebrows: 'sadConcernedNatural', mouth: 'grimace' },
} as const satisfies Record<Mood, Expression>;
