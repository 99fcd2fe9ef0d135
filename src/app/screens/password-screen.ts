import { html, type TemplateResult } from 'lit-html';
import { MIN_PASSWORD } from '../../core/api';
import type { ViewContext } from '../views/context';
import { field, fieldsOf, formProblem, isBusy, problemText } from '../views/forms';

/** An invite or reset link: the person sets a password and is signed in. */
export function passwordScreen(ctx: ViewContext, kind: 'invite' | 'reset', token: string): TemplateResult {
  const { state, actions, t } = ctx;
  const page = state.tokenPage?.token === token ? state.tokenPage : null;
  const title = kind === 'invite' ? t('account.inviteTitle') : t('account.resetTitle');
  const body = !page || (!page.info && !page.problem)
    ? html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`
    : page.problem || !page.info
      ? html`<p class="form-error" role="alert">${page.problem ? problemText(ctx, page.problem) : ''}</p>
          <p><a href="/login">${t('account.signIn')}</a></p>`
      : html`<p>${kind === 'invite' ? t('account.inviteIntro', { name: page.info.name }) : t('account.resetIntro', { name: page.info.name })}</p>
          <form @submit=${(e: Event) => {
            const f = fieldsOf(e);
            if (f('password') !== f('confirm')) {
              actions.setForm('password', { busy: false, problem: { error: 'mismatch', message: t('errors.mismatch') } });
              return;
            }
            void actions.acceptToken(token, f('password'));
          }}>
            <input type="email" name="email" autocomplete="username" .value=${page.info.email} hidden />
            <p class="muted">${t('account.signInAs', { email: page.info.email })}</p>
            ${field(t('account.newPassword'), 'password', { type: 'password', autocomplete: 'new-password', minlength: MIN_PASSWORD, hint: t('account.passwordHint', { n: MIN_PASSWORD }) })}
            ${field(t('account.confirmPassword'), 'confirm', { type: 'password', autocomplete: 'new-password' })}
            ${formProblem(ctx, 'password')}
            <button class="button primary" ?disabled=${isBusy(ctx, 'password')}>${t('account.setPassword')}</button>
          </form>`;
  return html`<section class="panel narrow auth" aria-labelledby="password-title">
    <h1 id="password-title" tabindex="-1">${title}</h1>
    ${body}
  </section>`;
}
