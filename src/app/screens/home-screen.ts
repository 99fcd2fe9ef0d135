import { html, nothing, type TemplateResult } from 'lit-html';
import type { MyAssignment } from '../../core/api';
import { attemptsLeft } from '../../core/assignments';
import { HOME_GROUPS, homeGroup, type HomeGroup } from '../../core/home-groups';
import { reviewChunk } from '../review-chunk';
import { routePath } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { problemText } from '../views/forms';
import { outboxView } from '../views/outbox-view';

/** The trainee's home: their assignments grouped overdue, due soon, assigned and passed, each a link into the scenario. */
export function homeScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { state, t } = ctx;
  const items = state.home;
  const grouped = new Map<HomeGroup, MyAssignment[]>(HOME_GROUPS.map((g) => [g, []]));
  for (const item of items ?? []) grouped.get(homeGroup(item.status, item.dueAt, ctx.now))?.push(item);
  return html`<section class="home" aria-labelledby="home-title">
    <div class="catalogue-head">
      <h1 id="home-title" tabindex="-1">${t('home.heading')}</h1>
      ${state.user ? html`<p class="muted">${t('home.hello', { name: state.user.name })}</p>` : nothing}
      <a href="/progress">${t('home.progress')}</a>
    </div>
    ${state.homeProblem ? html`<p class="form-error" role="alert">${problemText(ctx, state.homeProblem)}</p>` : nothing}
    ${outboxView(ctx, catalogue)}
    ${reviewChunk()?.homeComments(ctx, catalogue) ?? nothing}
    ${items === null
      ? html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`
      : items.length === 0
        ? html`<p class="empty">${t('home.none')} <a href="/">${t('account.browse')}</a></p>`
        : HOME_GROUPS.map((group) => {
            const list = grouped.get(group) ?? [];
            return list.length
              ? html`<section class="home-group group-${group}" aria-labelledby="group-${group}">
                  <h2 id="group-${group}">${t(`home.${group}`)} <span class="count">${list.length}</span></h2>
                  <ul class="assignment-list">${list.map((item) => itemView(ctx, catalogue, item))}</ul>
                </section>`
              : nothing;
          })}
  </section>`;
}

function itemView(ctx: ViewContext, catalogue: readonly CatalogueEntry[], item: MyAssignment): TemplateResult {
  const { state, t } = ctx;
  const { assignment, storyId, counting } = item;
  const title = catalogue.find((e) => e.header.id === storyId)?.header.title ?? storyId;
  const canPlay = attemptsLeft(item.attemptsUsed, item.attemptsAllowed);
  const due = new Intl.DateTimeFormat(state.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(item.dueAt));
  const play = routePath({ name: 'play', storyId, assignmentId: assignment.id });
  return html`<li class="assignment status-${item.status}" data-assignment=${assignment.id} data-story=${storyId}>
    <div class="assignment-main">
      <h3><a href=${play}>${title}</a></h3>
      <p class="muted">
        ${t('home.due', { date: due })} · ${t(`mode.${assignment.mode}`)} · ${t('debrief.passMark', { mark: assignment.passMark })} ·
        ${item.attemptsAllowed === null ? t('home.attemptsUnlimited', { used: item.attemptsUsed }) : t('home.attempts', { used: item.attemptsUsed, allowed: item.attemptsAllowed })}
        · ${t(`home.counting.${assignment.counting}`)}
      </p>
    </div>
    <div class="assignment-side">
      ${counting
        ? html`<a class="score ${counting.passed ? 'good' : 'bad'}" href=${routePath({ name: 'attempt', attemptId: counting.id })}
            aria-label=${t('home.scoreLabel', { score: counting.score, result: counting.passed ? t('debrief.passed') : t('debrief.failed') })}>
            <strong>${counting.score}</strong> ${counting.passed ? t('debrief.passed') : t('debrief.failed')}</a>`
        : html`<span class="muted">${t('home.notPlayed')}</span>`}
      <span class="chip status">${t(`home.status.${item.status}`)}</span>
      ${canPlay
        ? html`<a class="button primary" href=${play} aria-label="${item.attemptsUsed ? t('home.playAgain') : t('catalogue.play')}: ${title}">${item.attemptsUsed ? t('home.playAgain') : t('catalogue.play')}</a>`
        : html`<span class="muted">${t('home.noAttemptsLeft')}</span>`}
    </div>
  </li>`;
}
