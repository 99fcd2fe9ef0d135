import { html, nothing, type TemplateResult } from 'lit-html';
import type { ViewContext } from './context';

/** A dismissible banner for problems the user should know about (damaged save, changed story…). */
export function noticeView({ state, actions, t }: ViewContext): TemplateResult | typeof nothing {
  const { notice } = state;
  const warning = state.saveWarning
    ? html`<div class="notice" role="alert"><p>${t('saved.notKept')}</p><button class="button ghost" @click=${actions.dismissSaveWarning}>${t('notice.dismiss')}</button></div>`
    : nothing;
  if (!notice) return warning;
  const retry = notice.key === 'load-failed' && notice.params?.id;
  // A damaged save says whether a copy of it could be kept, and where to find it.
  const backup = notice.params?.backup;
  return html`${warning}<div class="notice" role="alert">
    <p>${t(`notice.${notice.key}`, notice.params ?? {})}${backup ? ` ${t(`saved.backup-${backup}`)}` : ''}</p>
    ${retry ? html`<button class="button" @click=${() => actions.start(String(notice.params?.id))}>${t('catalogue.play')}</button>` : nothing}
    <button class="button ghost" @click=${actions.dismissNotice}>${t('notice.dismiss')}</button>
  </div>`;
}
