import i18next, { type i18n } from 'i18next';
import type { Locale } from './locale';
import type { Messages } from './locales/en';

/**
 * The interface strings, one chunk per language: only the language shown is downloaded before
 * the first choice; the other comes when the learner switches (src/app/shell.ts waits for it).
 */
const LOADERS: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./locales/en').then((m) => m.en),
  'zh-CN': () => import('./locales/zh-CN').then((m) => m.zhCN),
};

/** An i18next instance showing `locale`, whose strings were loaded with `loadMessages`. */
export function createI18n(locale: Locale, messages: Messages): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    resources: { [locale]: { translation: messages } },
    interpolation: { escapeValue: false }, // lit-html escapes everything it renders
    initAsync: false,
  });
  return instance;
}

export const loadMessages = (locale: Locale): Promise<Messages> => LOADERS[locale]();

/** Switches to `locale`, loading its strings first when this is the first time. */
export async function showLocale(instance: i18n, locale: Locale): Promise<void> {
  // Other chunks add their own strings for both languages (the review chunk does): look for the app's own.
  if (!instance.getResource(locale, 'translation', 'app.name')) instance.addResourceBundle(locale, 'translation', await loadMessages(locale), true, false);
  await instance.changeLanguage(locale);
}
