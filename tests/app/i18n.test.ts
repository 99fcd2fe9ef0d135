import { describe, expect, it } from 'vitest';
import { createI18n, loadMessages, showLocale } from '../../src/app/i18n';

describe('interface strings, one language at a time', () => {
  it('loads the other language when switching, even when a chunk already added some of its strings', async () => {
    const i18n = createI18n('en', await loadMessages('en'));
    expect(i18n.t('app.name')).toBe('Pitchless');
    i18n.addResourceBundle('zh-CN', 'translation', { review: { heading: '团队' } }, true, true);
    await showLocale(i18n, 'zh-CN');
    expect(i18n.language).toBe('zh-CN');
    expect(i18n.t('notice.dismiss')).toBe('关闭');
    expect(i18n.t('review.heading')).toBe('团队');
  });
});
