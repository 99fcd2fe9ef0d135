/** The languages of the interface and of the scenarios (each scenario is written in both). */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the right language from a `{ en, zh }` label of the method's catalogue. */
export function pick(label: { readonly en: string; readonly zh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? label.zh : label.en;
}
