import i18next, { type i18n } from 'i18next';
import type { Locale } from './locale';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

/** Creates an i18next instance with both UI languages loaded (they are small; no lazy loading). */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false }, // lit-html escapes everything it renders
    initAsync: false,
  });
  return instance;
}
