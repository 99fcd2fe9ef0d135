/** The UI languages. Scenario text is English for now; the UI, the method's names and the coach's notes are translated. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Picks the right language from a `{ en, zh }` label of the method's catalogue. */
export function pick(label: { readonly en: string; readonly zh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? label.zh : label.en;
}
