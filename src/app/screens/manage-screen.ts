import { html, nothing, type TemplateResult } from 'lit-html';
import { routePath } from '../routes';
import type { ViewContext } from '../views/context';
import { field, fieldsOf, formProblem, isBusy, problemText } from '../views/forms';
import { issuedLinksView } from '../views/issued-links';

/** The manager's teams (an admin sees all), a form for a new team, and for an admin a form for a new manager. */
export function manageScreen(ctx: ViewContext): TemplateResult {
  const { state, actions, t } = ctx;
  const admin = state.user?.role === 'admin';
  return html`<section class="manage" aria-labelledby="manage-title">
    <div class="catalogue-head"><h1 id="manage-title" tabindex="-1">${t('manage.heading')}</h1></div>
    ${state.manageProblem ? html`<p class="form-error" role="alert">${problemText(ctx, state.manageProblem)}</p>` : nothing}
    <div class="manage-grid">
      <section class="panel" aria-labelledby="teams-title">
        <h2 id="teams-title">${t('manage.teams')}</h2>
        ${state.teams === null
          ? html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`
          : state.teams.length === 0
            ? html`<p class="muted">${t('manage.noTeams')}</p>`
            : html`<ul class="team-list">
                ${state.teams.map((team) => html`<li><a href=${routePath({ name: 'team', teamId: team.id })}>${team.name}</a>
                  <span class="muted">${t('manage.members', { count: team.memberCount })}</span></li>`)}
              </ul>`}
      </section>
      <section class="panel" aria-labelledby="new-team-title">
        <h2 id="new-team-title">${t('manage.newTeam')}</h2>
        <form class="inline-form" @submit=${async (e: Event) => {
          const form = e.target as HTMLFormElement;
          if (await actions.createTeam(fieldsOf(e)('name'))) form.reset();
        }}>
          ${field(t('manage.teamName'), 'name', { id: 'team-name' })}
          <button class="button primary" ?disabled=${isBusy(ctx, 'team')}>${t('manage.createTeam')}</button>
          ${formProblem(ctx, 'team')}
        </form>
        ${admin
          ? html`<h2 id="new-manager-title">${t('manage.newManager')}</h2>
              <form class="inline-form" aria-labelledby="new-manager-title" @submit=${async (e: Event) => {
                const form = e.target as HTMLFormElement;
                const f = fieldsOf(e);
                if (await actions.createUser(f('name'), f('email'), f('role') === 'admin' ? 'admin' : 'manager')) form.reset();
              }}>
                ${field(t('account.name'), 'name', { id: 'manager-name' })}
                ${field(t('account.email'), 'email', { type: 'email', id: 'manager-email' })}
                <label class="field" for="manager-role"><span>${t('manage.role')}</span>
                  <select id="manager-role" name="role"><option value="manager">${t('manage.roles.manager')}</option><option value="admin">${t('manage.roles.admin')}</option></select>
                </label>
                <button class="button primary" ?disabled=${isBusy(ctx, 'member')}>${t('manage.invite')}</button>
                ${formProblem(ctx, 'member')}
              </form>`
          : nothing}
      </section>
    </div>
    ${issuedLinksView(ctx)}
  </section>`;
}
