import { html, type TemplateResult } from 'lit-html';
import type { ViewContext } from '../views/context';
import { field, fieldsOf, formProblem, isBusy } from '../views/forms';

/** Sign-in for trainees, managers and admins. Playing needs no account; this page says so. */
export function loginScreen(ctx: ViewContext): TemplateResult {
  const { actions, t } = ctx;
  return html`<section class="panel narrow auth" aria-labelledby="login-title">
    <h1 id="login-title" tabindex="-1">${t('account.signInTitle')}</h1>
    <form @submit=${(e: Event) => {
      const f = fieldsOf(e);
      void actions.login(f('email'), f('password'));
    }}>
      ${field(t('account.email'), 'email', { type: 'email', autocomplete: 'username' })}
      ${field(t('account.password'), 'password', { type: 'password', autocomplete: 'current-password' })}
      ${formProblem(ctx, 'login')}
      <button class="button primary" ?disabled=${isBusy(ctx, 'login')}>${t('account.signIn')}</button>
    </form>
    <p class="muted">${t('account.noAccount')} <a href="/">${t('account.browse')}</a></p>
  </section>`;
}
