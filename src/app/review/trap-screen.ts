import { html, nothing, type TemplateResult } from 'lit-html';
import type { TeamOverview, TrapMap, TrapPoint } from '../../core/api';
import type { Route } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { evidenceChips } from './evidence';
import { titleOf } from './format';
import { teamTabs, trapPickers } from './team-nav';

/** The trap map of one scenario version: every fork in order, who took which option, and where most first went wrong. */
export function trapScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], overview: TeamOverview, traps: TrapMap | null): TemplateResult {
  const { state, t } = ctx;
  const route = state.route as Extract<Route, { name: 'team-view' }>;
  const story = traps?.storyId ?? route.query.story ?? null;
  const worstAt = traps ? traps.points.findIndex((p) => p.point === traps.worst) : -1;
  const worst = traps?.points[worstAt] ?? null;
  return html`<section class="manage review-page" aria-labelledby="review-title">
    ${teamTabs(ctx, overview.team, 'traps')}
    <div class="catalogue-head"><h1 id="review-title" tabindex="-1">${t('review.traps.title')}</h1><p class="muted">${t('review.traps.intro')}</p></div>
    ${trapPickers(ctx, catalogue, overview.assignments, { story, version: traps?.version ?? null, versions: traps?.versions ?? [] })}
    ${!traps || traps.runs === 0
      ? html`<p class="empty">${t('review.traps.none', { title: titleOf(catalogue, story) })}</p>`
      : html`<p class="traps-summary">${t('review.traps.summary', { count: traps.runs, title: titleOf(catalogue, traps.storyId), version: traps.version })}
            ${worst ? html`<a href="#fork-${worstAt + 1}">${t('review.traps.worstAt', { n: worst.step, count: worst.firstWrong })}</a>` : t('review.traps.noWrong')}</p>
          <ol class="forks">${traps.points.map((p, i) => forkView(ctx, p, i, p.point === traps.worst))}</ol>`}
  </section>`;
}

function forkView(ctx: ViewContext, point: TrapPoint, index: number, worst: boolean): TemplateResult {
  const { t } = ctx;
  const id = `fork-${index + 1}`;
  return html`<li class="panel fork ${worst ? 'worst' : ''}" id=${id} data-point=${point.point}>
    <header>
      <h2>${t('debrief.step', { n: point.step })}</h2>
      <span class="muted">${t('review.traps.reached', { count: point.reached })}</span>
      ${point.firstWrong ? html`<span class="muted">· ${t('review.traps.firstWrong', { count: point.firstWrong })}</span>` : nothing}
      ${worst ? html`<span class="chip worst-marker">⚠ ${t('review.traps.worst')}</span>` : nothing}
    </header>
    <ul class="trap-options">${point.options.map((o) => optionView(ctx, point, o))}</ul>
  </li>`;
}

function optionView(ctx: ViewContext, point: TrapPoint, option: TrapPoint['options'][number]): TemplateResult {
  const { t } = ctx;
  const percent = Math.round(option.share * 100);
  return html`<li class="trap-option verdict-${option.verdict}">
    <p class="said">“${option.text}”</p>
    <div class="share" title=${t('review.traps.share', { percent, count: option.count, reached: point.reached })}>
      <span class="share-bar" aria-hidden="true"><span style="width: ${percent}%"></span></span>
      <span>${t('review.traps.share', { percent, count: option.count, reached: point.reached })}</span>
    </div>
    <p class="option-facts">
      <span class="chip verdict">${t(`review.verdict.${option.verdict}`)}</span>
      ${evidenceChips(ctx, option.evidence)}
    </p>
    ${option.chosenBy.length
      ? html`<details class="chosen-by"><summary>${t('review.traps.who', { count: option.chosenBy.length })}</summary>
          <ul>${option.chosenBy.map((p) => html`<li><a href="/manage/people/${encodeURIComponent(p.id)}">${p.name}</a></li>`)}</ul></details>`
      : nothing}
  </li>`;
}
