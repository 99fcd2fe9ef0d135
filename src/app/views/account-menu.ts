import { html, nothing, type TemplateResult } from 'lit-html';
import { unclaimed } from '../account-slice';
import type { ViewContext } from './context';

/** The top bar's account menu: sign in, or the signed-in person's pages and sign out. */
export function accountMenu(ctx: ViewContext): TemplateResult | typeof nothing {
  const { state, actions, t } = ctx;
  const { user } = state;
  if (!state.sessionKnown) return nothing;
  if (!user) return html`<a class="account-link" href="/login">${t('account.signIn')}</a>`;
  return html`<details class="account-menu">
    <summary aria-label=${t('account.menu', { name: user.name })}>${user.name} <span aria-hidden="true">▾</span></summary>
    <div class="menu-items">
      <p class="muted">${user.email} · ${t(`manage.roles.${user.role}`)}</p>
      ${user.role === 'trainee' ? html`<a href="/home">${t('home.heading')}</a><a href="/progress">${t('home.progress')}</a>` : html`<a href="/manage">${t('manage.heading')}</a>`}
      <a href="/">${t('catalogue.heading')}</a>
      <button type="button" class="button small" @click=${() => void actions.logout()}>${t('account.signOut')}</button>
    </div>
  </details>`;
}

/** Once per account: offer to add the attempts played here without an account to it. */
export function claimOffer(ctx: ViewContext): TemplateResult | typeof nothing {
  const { state, actions, t } = ctx;
  const { user } = state;
  if (!user || user.role !== 'trainee' || state.claimAnswered.includes(user.id)) return nothing;
  const count = unclaimed(state).length;
  if (!count) return nothing;
  return html`<div class="notice claim" role="region" aria-label=${t('claim.label')}>
    <p>${t('claim.offer', { count, name: user.name })}</p>
    <button class="button primary" @click=${() => void actions.claimLocal()}>${t('claim.add')}</button>
    <button class="button ghost" @click=${actions.declineClaim}>${t('claim.decline')}</button>
  </div>`;
}
