import { html, type TemplateResult } from 'lit-html';
import { MIN_PASSWORD } from '../../core/api';
import type { ViewContext } from '../views/context';
import { field, fieldsOf, formProblem, isBusy } from '../views/forms';

/** The first start: whoever holds the link the server printed creates the admin account. */
export function setupScreen(ctx: ViewContext, token: string): TemplateResult {
  const { state, actions, t } = ctx;
  const body =
    state.setupNeeded === false
      ? html`<p>${t('account.setupDone')}</p><p><a class="button primary" href="/login">${t('account.signIn')}</a></p>`
      : !token
        ? html`<p>${t('account.setupNoToken')}</p>`
        : html`<p class="muted">${t('account.setupIntro')}</p>
            <form @submit=${(e: Event) => {
              const f = fieldsOf(e);
              void actions.setup({ token, name: f('name'), email: f('email'), password: f('password') });
            }}>
              ${field(t('account.name'), 'name', { autocomplete: 'name' })}
              ${field(t('account.email'), 'email', { type: 'email', autocomplete: 'username' })}
              ${field(t('account.newPassword'), 'password', { type: 'password', autocomplete: 'new-password', minlength: MIN_PASSWORD, hint: t('account.passwordHint', { n: MIN_PASSWORD }) })}
              ${formProblem(ctx, 'setup')}
              <button class="button primary" ?disabled=${isBusy(ctx, 'setup')}>${t('account.createAdmin')}</button>
            </form>`;
  return html`<section class="panel narrow auth" aria-labelledby="setup-title">
    <h1 id="setup-title" tabindex="-1">${t('account.setupTitle')}</h1>
    ${body}
  </section>`;
}
