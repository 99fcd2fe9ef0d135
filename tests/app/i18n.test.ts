import { describe, expect, it } from 'vitest';
import { createI18n, loadMessages, showLocale } from '../../src/app/i18n';

describe('interface strings, one language at a time', () => {
  it('loads the other language when switching, even when a chunk already added some of its strings', async () => {
    const i18n = createI18n('en', await loadMessages('en'));
    expect(i18n.t('app.name')).toBe('Pitchless');
    i18n.add('zh-CN', { review: { heading: '团队' } });
    await showLocale(i18n, 'zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('notice.dismiss')).toBe('关闭');
    expect(i18n.t('review.heading')).toBe('团队');
  });
});

describe('the translator', () => {
  const strings = {
    app: { name: 'Pitchless' },
    runs_one: '{{count}} run',
    runs_other: '{{count}} runs',
    greet: 'Hello, {{ name }}: {{name}} has {{n}}',
    only: 'no plural form',
  };

  it('fills placeholders, spaces inside the braces or not, and leaves an absent value empty', () => {
    const { t } = createI18n('en', strings as never);
    expect(t('greet', { name: 'Ana', n: 0 })).toBe('Hello, Ana: Ana has 0');
    expect(t('greet', { name: 'Ana' })).toBe('Hello, Ana: Ana has ');
    expect(t('app.name')).toBe('Pitchless');
  });

  it("picks the plural form by the shown language's rules", () => {
    const i18n = createI18n('en', strings as never);
    expect(i18n.t('runs', { count: 1 })).toBe('1 run');
    expect(i18n.t('runs', { count: 0 })).toBe('0 runs');
    expect(i18n.t('only', { count: 2 })).toBe('no plural form');
    i18n.add('zh-CN', { app: { name: 'Pitchless' }, runs_other: '{{count}} 次' });
    i18n.show('zh-CN');
    // Chinese has one form ("other"), also for 1.
    expect(i18n.t('runs', { count: 1 })).toBe('1 次');
  });

  it('shows a missing key as itself, also a key naming a group of strings', () => {
    const { t } = createI18n('en', strings as never);
    expect(t('nowhere.to.be.found')).toBe('nowhere.to.be.found');
    expect(t('app')).toBe('app');
  });

  it("merges a chunk's strings without dropping the app's own, and keeps a language apart", () => {
    const i18n = createI18n('en', { app: { name: 'Pitchless', tagline: 'Sell' } } as never);
    i18n.add('en', { app: { extra: 'More' } });
    expect(i18n.t('app.tagline')).toBe('Sell');
    expect(i18n.t('app.extra')).toBe('More');
    expect(i18n.has('zh-CN')).toBe(false);
    i18n.add('zh-CN', { review: { heading: '团队' } });
    expect(i18n.has('zh-CN')).toBe(false);
  });
});
