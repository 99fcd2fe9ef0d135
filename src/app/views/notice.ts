import { html, nothing, type TemplateResult } from 'lit-html';
import type { ViewContext } from './context';

/** A dismissible banner for problems the user should know about (damaged save, changed story…). */
export function noticeView({ state, actions, t }: ViewContext): TemplateResult | typeof nothing {
  const { notice } = state;
  if (!notice) return nothing;
  const retry = notice.key === 'load-failed' && notice.params?.id;
  return html`<div class="notice" role="alert">
    <p>${t(`notice.${notice.key}`, notice.params ?? {})}</p>
    ${retry ? html`<button class="button" @click=${() => actions.start(String(notice.params?.id))}>${t('catalogue.play')}</button>` : nothing}
    <button class="button ghost" @click=${actions.dismissNotice}>${t('notice.dismiss')}</button>
  </div>`;
}
