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

/** What a message may be filled with: `{{name}}` takes `params.name`; a numeric `count` also picks the plural form. */
export type Params = Readonly<Record<string, unknown>>;
export type Translate = (key: string, params?: Params) => string;

/** A tree of strings, as the locale files and the chunks' own strings are written. */
interface Tree {
  readonly [key: string]: string | Tree;
}

/**
 * The strings of each loaded language and the one shown. This replaces i18next (≈ 14 KiB gzip
 * before the first choice) with the part of it the app uses: dotted keys, `{{name}}`
 * interpolation and `_one`/`_other` plural keys chosen by the language's plural rules. A missing
 * key shows as itself, so a gap is visible instead of blank.
 */
export interface Translator {
  readonly language: Locale;
  readonly t: Translate;
  /** Adds strings for `locale`, merged into what is there (a chunk's own strings, a late language). */
  add(locale: Locale, messages: Tree): void;
  has(locale: Locale): boolean;
  show(locale: Locale): void;
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

function merge(into: Record<string, string | Tree>, from: Tree): void {
  for (const [key, value] of Object.entries(from)) {
    const there = into[key];
    if (typeof value === 'object' && typeof there === 'object') {
      const copy = { ...there };
      merge(copy, value);
      into[key] = copy;
    } else {
      into[key] = value;
    }
  }
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function createI18n(locale: Locale, messages: Messages): Translator {
  const trees = new Map<Locale, Record<string, string | Tree>>();
  const plurals = new Map<Locale, Intl.PluralRules>();
  let shown = locale;
  const pluralOf = (count: number): string => {
    let rules = plurals.get(shown);
    if (!rules) plurals.set(shown, (rules = new Intl.PluralRules(shown)));
    return rules.select(count);
  };
  const translator: Translator = {
    get language() {
      return shown;
    },
    t: (key, params) => {
      const tree = trees.get(shown);
      const count = params?.count;
      const message = (typeof count === 'number' ? lookup(tree, `${key}_${pluralOf(count)}`) ?? lookup(tree, `${key}_other`) : undefined) ?? lookup(tree, key);
      if (message === undefined) return key;
      return params ? message.replace(PLACEHOLDER, (_, name: string) => String(params[name] ?? '')) : message;
    },
    add: (target, more) => {
      const tree = trees.get(target) ?? {};
      merge(tree, more);
      trees.set(target, tree);
    },
    has: (target) => lookup(trees.get(target), 'app.name') !== undefined,
    show: (target) => {
      shown = target;
    },
  };
  translator.add(locale, messages);
  return translator;
}

export const loadMessages = (locale: Locale): Promise<Messages> => LOADERS[locale]();

/** Switches to `locale`, loading its strings first when this is the first time. */
export async function showLocale(translator: Translator, locale: Locale): Promise<void> {
  // Other chunks add their own strings for both languages (the review chunk does): look for the app's own.
  if (!translator.has(locale)) translator.add(locale, await loadMessages(locale));
  translator.show(locale);
}
