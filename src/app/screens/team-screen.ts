import { html, nothing, type TemplateResult } from 'lit-html';
import type { Assignment, AttemptResult } from '../../core/api';
import { COUNTING_RULES } from '../../core/assignments';
import { PLAY_MODES } from '../../core/attempts';
import { DEFAULT_PASS_MARK } from '../../core/scoring';
import { routePath } from '../routes';
import type { CatalogueEntry } from '../store';
import type { TeamPage } from '../manage-slice';
import type { ViewContext } from '../views/context';
import { copyButton, field, fieldsOf, formProblem, isBusy, problemText } from '../views/forms';
import { issuedLinksView } from '../views/issued-links';
import { teamTabs } from '../review/team-nav';

/** One team: its people (invite and reset links, each trainee's progress), adding people one by one or from a CSV, assignments and their attempts. */
export function teamScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { state, t } = ctx;
  const page = state.team;
  const route = state.route;
  if (!page || route.name !== 'team' || page.team.id !== route.teamId) {
    return html`<section class="panel narrow">
      <h1 tabindex="-1">${t('manage.team')}</h1>
      ${state.manageProblem ? html`<p class="form-error" role="alert">${problemText(ctx, state.manageProblem)}</p>` : html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`}
      <p><a href="/manage">${t('manage.backToTeams')}</a></p>
    </section>`;
  }
  return html`<section class="manage team-page" aria-labelledby="team-title">
    ${teamTabs(ctx, page.team, 'people')}
    <div class="catalogue-head"><h1 id="team-title" tabindex="-1">${page.team.name}</h1><p class="muted">${t('manage.members', { count: page.members.length })}</p></div>
    ${issuedLinksView(ctx)}
    <div class="manage-grid">
      ${membersView(ctx, page)}
      ${addPeopleView(ctx, page)}
    </div>
    ${assignmentFormView(ctx, page, catalogue)}
    ${assignmentsView(ctx, page, catalogue)}
  </section>`;
}

function membersView(ctx: ViewContext, page: TeamPage): TemplateResult {
  const { actions, t } = ctx;
  return html`<section class="panel" aria-labelledby="members-title">
    <h2 id="members-title">${t('manage.people')}</h2>
    ${page.members.length === 0
      ? html`<p class="muted">${t('manage.noMembers')}</p>`
      : html`<table class="data-table">
          <thead><tr><th scope="col">${t('account.name')}</th><th scope="col">${t('account.email')}</th><th scope="col">${t('manage.state')}</th><th scope="col"><span class="visually-hidden">${t('manage.actions')}</span></th></tr></thead>
          <tbody>
            ${page.members.map((m) => html`<tr data-member=${m.email}>
              <th scope="row">${m.role === 'trainee' ? html`<a href=${routePath({ name: 'person', userId: m.id })}>${m.name}</a>` : m.name}</th><td>${m.email}</td>
              <td>${m.activated ? t('manage.active') : t('manage.invited')}</td>
              <td><button type="button" class="button small" @click=${() => void actions.issueReset(m)} aria-label="${t('manage.resetLink')}: ${m.name}">${t('manage.resetLink')}</button></td>
            </tr>`)}
          </tbody>
        </table>`}
    ${formProblem(ctx, 'reset')}
  </section>`;
}

function addPeopleView(ctx: ViewContext, page: TeamPage): TemplateResult {
  const { state, actions, t } = ctx;
  const teamId = page.team.id;
  return html`<section class="panel" aria-labelledby="add-title">
    <h2 id="add-title">${t('manage.addTrainee')}</h2>
    <form class="inline-form" aria-labelledby="add-title" @submit=${async (e: Event) => {
      const form = e.target as HTMLFormElement;
      const f = fieldsOf(e);
      if (await actions.addMember(teamId, f('name'), f('email'))) form.reset();
    }}>
      ${field(t('account.name'), 'name', { id: 'member-name' })}
      ${field(t('account.email'), 'email', { type: 'email', id: 'member-email' })}
      <button class="button primary" ?disabled=${isBusy(ctx, 'member')}>${t('manage.add')}</button>
      ${formProblem(ctx, 'member')}
    </form>
    <h2 id="csv-title">${t('manage.csvTitle')}</h2>
    <form class="inline-form" aria-labelledby="csv-title" @submit=${async (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const file = (form.elements.namedItem('csv') as HTMLInputElement).files?.[0];
      if (!file) return;
      if (await actions.importCsv(teamId, await file.text())) form.reset();
    }}>
      <label class="field" for="csv-file"><span>${t('manage.csvFile')}</span>
        <input id="csv-file" name="csv" type="file" accept=".csv,text/csv" required aria-describedby="csv-hint" />
        <small id="csv-hint" class="muted">${t('manage.csvHint')}</small>
      </label>
      <button class="button" ?disabled=${isBusy(ctx, 'csv')}>${t('manage.import')}</button>
      ${formProblem(ctx, 'csv')}
    </form>
    ${state.csvRejected.length
      ? html`<div class="form-error" role="alert"><p>${t('manage.csvRejected', { count: state.csvRejected.length })}</p>
          <ul>${state.csvRejected.map((r) => html`<li>${t('manage.csvLine', { line: r.line })}: ${r.message}</li>`)}</ul></div>`
      : nothing}
  </section>`;
}

function assignmentFormView(ctx: ViewContext, page: TeamPage, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { actions, t } = ctx;
  const trainees = page.members.filter((m) => m.role === 'trainee');
  return html`<section class="panel" aria-labelledby="assign-title">
    <h2 id="assign-title">${t('manage.newAssignment')}</h2>
    <form class="assign-form" aria-labelledby="assign-title" @submit=${async (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const data = new FormData(form);
      const text = (name: string): string => String(data.get(name) ?? '').trim();
      const day = text('due');
      const people = data.getAll('people').map(String);
      const ok = await actions.createAssignment({
        teamId: page.team.id,
        ...(people.length ? { userIds: people } : {}),
        storyIds: data.getAll('stories').map(String),
        // A due day means the end of that day where the manager is.
        dueAt: day ? new Date(`${day}T23:59:59`).toISOString() : '',
        passMark: Number(text('passMark')),
        mode: text('mode') === 'coach' ? 'coach' : 'assessment',
        attemptsAllowed: text('attempts') ? Number(text('attempts')) : null,
        counting: COUNTING_RULES.find((c) => c === text('counting')) ?? 'best',
      });
      if (ok) form.reset();
    }}>
      <fieldset class="story-picks">
        <legend>${t('manage.scenarios')}</legend>
        ${catalogue.map((e) => html`<label class="check"><input type="checkbox" name="stories" value=${e.header.id} /> ${e.header.title}</label>`)}
      </fieldset>
      <fieldset class="people-picks">
        <legend>${t('manage.who')}</legend>
        <p class="muted">${t('manage.whoHint')}</p>
        ${trainees.map((m) => html`<label class="check"><input type="checkbox" name="people" value=${m.id} /> ${m.name}</label>`)}
      </fieldset>
      <div class="assign-fields">
        ${field(t('manage.due'), 'due', { type: 'date', id: 'assign-due' })}
        ${field(t('manage.passMark'), 'passMark', { type: 'number', id: 'assign-pass', value: String(DEFAULT_PASS_MARK), min: 1, max: 100 })}
        <label class="field" for="assign-mode"><span>${t('app.mode')}</span>
          <select id="assign-mode" name="mode">${PLAY_MODES.map((m) => html`<option value=${m} ?selected=${m === 'assessment'}>${t(`mode.${m}`)}</option>`)}</select>
        </label>
        ${field(t('manage.attemptsAllowed'), 'attempts', { type: 'number', id: 'assign-attempts', required: false, min: 1, max: 20, hint: t('manage.attemptsHint') })}
        <label class="field" for="assign-counting"><span>${t('manage.counting')}</span>
          <select id="assign-counting" name="counting">${COUNTING_RULES.map((c) => html`<option value=${c} ?selected=${c === 'best'}>${t(`home.counting.${c}`)}</option>`)}</select>
        </label>
      </div>
      ${formProblem(ctx, 'assignment')}
      <button class="button primary" ?disabled=${isBusy(ctx, 'assignment')}>${t('manage.assign')}</button>
    </form>
  </section>`;
}

function assignmentsView(ctx: ViewContext, page: TeamPage, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { state, t } = ctx;
  const titleOf = (id: string): string => catalogue.find((e) => e.header.id === id)?.header.title ?? id;
  const nameOf = (id: string): string => page.members.find((m) => m.id === id)?.name ?? id;
  const date = (iso: string): string => new Intl.DateTimeFormat(state.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const attemptsTable = (a: Assignment, attempts: readonly AttemptResult[]): TemplateResult =>
    attempts.length === 0
      ? html`<p class="muted">${t('manage.noAttempts')}</p>`
      : html`<table class="data-table attempts-table">
          <thead><tr><th scope="col">${t('manage.trainee')}</th><th scope="col">${t('manage.scenario')}</th><th scope="col">${t('debrief.score')}</th><th scope="col">${t('manage.result')}</th><th scope="col">${t('manage.finished')}</th></tr></thead>
          <tbody>${attempts.map((at) => html`<tr data-attempt=${at.id}>
            <th scope="row">${nameOf(at.userId)}</th><td>${titleOf(at.storyId)}</td>
            <td><a href=${routePath({ name: 'attempt', attemptId: at.id })} class="server-score">${at.score}</a></td>
            <td class=${at.passed ? 'good' : 'bad'}>${at.passed ? t('debrief.passed') : t('debrief.failed')} <span class="muted">(${t('debrief.passMark', { mark: a.passMark })})</span></td>
            <td>${date(at.finishedAt)}</td>
          </tr>`)}</tbody>
        </table>`;
  return html`<section class="panel" aria-labelledby="assignments-title">
    <h2 id="assignments-title">${t('manage.assignments')}</h2>
    ${page.assignments.length === 0 ? html`<p class="muted">${t('manage.noAssignments')}</p>` : nothing}
    ${page.assignments.map((a) => html`<article class="assignment-card" data-assignment=${a.id}>
      <h3>${a.storyIds.map(titleOf).join(' · ')}</h3>
      <p class="muted">${t('home.due', { date: date(a.dueAt) })} · ${t(`mode.${a.mode}`)} · ${t('debrief.passMark', { mark: a.passMark })} ·
        ${a.attemptsAllowed === null ? t('manage.unlimited') : t('manage.attemptsN', { count: a.attemptsAllowed })} · ${t(`home.counting.${a.counting}`)} ·
        ${t('manage.assignedTo', { names: a.userIds.map(nameOf).join(', ') })}</p>
      <p>${a.storyIds.map((id) => html`${copyButton(ctx, `${location.origin}${routePath({ name: 'scenario', storyId: id })}`, t('manage.copyScenario', { title: titleOf(id) }))} `)}</p>
      ${attemptsTable(a, page.attempts[a.id] ?? [])}
    </article>`)}
  </section>`;
}
