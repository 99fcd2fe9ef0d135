import { html, nothing, type TemplateResult } from 'lit-html';
import type { ViewContext } from './context';
import { copyButton } from './forms';

/** Invite and reset links just made: no mail server sends them, so the manager copies and hands them over. */
export function issuedLinksView(ctx: ViewContext): TemplateResult | typeof nothing {
  const { state, t } = ctx;
  if (!state.links.length) return nothing;
  return html`<section class="panel links" aria-labelledby="links-title">
    <h2 id="links-title">${t('manage.linksTitle')}</h2>
    <p class="muted">${t('manage.linksHint')}</p>
    <ul class="link-list">
      ${state.links.map((link, i) => html`<li data-email=${link.email}>
        <label for="link-${i}">${t(`manage.linkKind.${link.kind}`, { name: link.name, email: link.email })}</label>
        <input id="link-${i}" class="link-url" readonly .value=${link.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        ${copyButton(ctx, link.url, t('manage.copyLink'))}
      </li>`)}
    </ul>
  </section>`;
}
