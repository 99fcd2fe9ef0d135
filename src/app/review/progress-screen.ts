import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { CONCEPT_IDS } from '../../core/concepts';
import type { ProgressAttempt } from '../../core/progress';
import type { ProgressPage } from '../review-slice';
import { routePath } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { conceptName } from '../views/labels';
import { dateText, signed, titleOf } from './format';
import type { ProgressChartData } from './progress-chart';

/** The chart on show: drawn once per canvas and data, removed when its canvas leaves the page. */
let drawn: { canvas: HTMLCanvasElement; key: string; remove: (() => void) | null } | null = null;

const removeChart = (): void => {
  drawn?.remove?.();
  drawn = null;
};

function attachChart(el: Element | undefined, data: ProgressChartData): void {
  // Each draw hands lit a new callback, so the old one hears "undefined" first: the canvas may
  // well stay, so the chart goes only once the canvas has left the page.
  if (!(el instanceof HTMLCanvasElement)) {
    queueMicrotask(() => void (drawn && !drawn.canvas.isConnected && removeChart()));
    return;
  }
  const key = JSON.stringify(data);
  if (drawn && el === drawn.canvas && key === drawn.key) return;
  removeChart();
  const mine = { canvas: el, key, remove: null as (() => void) | null };
  drawn = mine;
  void import('./progress-chart').then(({ drawProgressChart }) => {
    if (drawn === mine && el.isConnected) mine.remove = drawProgressChart(el, data);
  });
}

/** A person's progress: each concept across their runs (chart and table), what to practise next, every attempt. */
export function progressScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], page: ProgressPage): TemplateResult {
  const { state, t } = ctx;
  const locale = state.locale;
  const { progress, person } = page;
  const self = person === null || person.id === state.user?.id;
  const heading = self ? t('review.progress.mine') : t('review.progress.of', { name: person.name });
  // The x axis: every run some concept was graded in, oldest first.
  const runs = [...new Map(CONCEPT_IDS.flatMap((c) => progress.trends[c].points.map((p) => [p.attemptId, p.finishedAt] as const))).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const chart: ProgressChartData = {
    runs: runs.map(([, at], i) => `${i + 1} · ${dateText(ctx, at)}`),
    lines: CONCEPT_IDS.map((c) => {
      const byRun = new Map(progress.trends[c].points.map((p) => [p.attemptId, p.grade]));
      return { label: c, name: conceptName(c, locale), grades: runs.map(([id]) => byRun.get(id) ?? null) };
    }),
  };
  return html`<section class="progress-page" aria-labelledby="progress-title">
    <div class="catalogue-head"><h1 id="progress-title" tabindex="-1">${heading}</h1>
      <p class="muted">${t('review.progress.runs', { count: progress.runs })}</p></div>
    ${person === null ? html`<p class="muted">${t('review.progress.local')}</p>` : nothing}
    ${page.unreadable ? html`<p class="muted">${t('review.progress.unreadable', { count: page.unreadable })}</p>` : nothing}
    ${nextView(ctx, catalogue, page, self)}
    ${page.certificates.length
      ? html`<section class="panel" aria-labelledby="certs-title"><h2 id="certs-title">${t('review.certificate.mine')}</h2>
          <ul>${page.certificates.map((c) => html`<li><a href=${routePath({ name: 'certificate', code: c.code })}>${t('review.certificate.item', { team: c.teamName, date: dateText(ctx, c.issuedAt) })}</a></li>`)}</ul></section>`
      : nothing}
    <figure class="panel chart-panel">
      <figcaption>${t('review.progress.chart')}</figcaption>
      ${runs.length
        ? html`<div class="chart-box progress-chart"><canvas ${ref((el) => attachChart(el, chart))} role="img" aria-label=${t('review.progress.chartLabel')}></canvas></div>`
        : html`<p class="muted">${t('review.progress.noGrades')}</p>`}
      <div class="table-scroll">
        <table class="data-table trend-table">
          <caption>${t('review.progress.table')}</caption>
          <thead><tr><th scope="col">${t('debrief.concept')}</th><th scope="col">${t('review.progress.assessed')}</th><th scope="col">${t('review.progress.latest')}</th><th scope="col">${t('review.progress.change')}</th><th scope="col">${t('review.progress.grades')}</th></tr></thead>
          <tbody>${CONCEPT_IDS.map((c) => {
            const trend = progress.trends[c];
            return html`<tr data-concept=${c}><th scope="row">${c} ${conceptName(c, locale)}</th><td>${trend.points.length}</td>
              <td>${trend.latest ?? t('debrief.notAssessed')}</td><td>${trend.change === null ? '—' : signed(trend.change)}</td>
              <td>${trend.points.map((p) => p.grade).join(', ') || '—'}</td></tr>`;
          })}</tbody>
        </table>
      </div>
    </figure>
    ${attemptsView(ctx, catalogue, page.attempts)}
  </section>`;
}

function nextView(ctx: ViewContext, catalogue: readonly CatalogueEntry[], page: ProgressPage, self: boolean): TemplateResult {
  const { state, t } = ctx;
  const next = page.progress.next;
  return html`<section class="panel practise-next" aria-labelledby="next-title">
    <h2 id="next-title">${self ? t('review.progress.next') : t('review.progress.nextFor')}</h2>
    ${next.length
      ? html`<ol>${next.map((n) => html`<li>
          <strong>${n.concept} ${conceptName(n.concept, state.locale)}</strong>
          <span class="muted">· ${n.latest === null ? t('review.progress.neverAssessed') : t('review.progress.latestIs', { grade: n.latest })}</span>
          ${n.storyId ? html`<br />${t('review.progress.suggested')} <a href=${routePath({ name: 'scenario', storyId: n.storyId })}>${titleOf(catalogue, n.storyId)}</a>` : nothing}
        </li>`)}</ol>`
      : html`<p class="muted">${t('review.progress.nothingNext')}</p>`}
  </section>`;
}

function attemptsView(ctx: ViewContext, catalogue: readonly CatalogueEntry[], attempts: readonly ProgressAttempt[]): TemplateResult {
  const { t } = ctx;
  const newest = [...attempts].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  return html`<section class="panel" aria-labelledby="attempts-title">
    <h2 id="attempts-title">${t('review.progress.attempts')}</h2>
    ${newest.length
      ? html`<div class="table-scroll"><table class="data-table">
          <thead><tr><th scope="col">${t('manage.finished')}</th><th scope="col">${t('manage.scenario')}</th><th scope="col">${t('app.mode')}</th><th scope="col">${t('debrief.score')}</th></tr></thead>
          <tbody>${newest.map((a) => html`<tr>
            <td>${dateText(ctx, a.finishedAt, true)}</td><td>${titleOf(catalogue, a.storyId)}</td>
            <td>${t(`mode.${a.mode}`)}${a.replayedFrom !== null ? html` <small class="muted">${t('review.replayedFrom', { n: a.replayedFrom + 1 })}</small>` : nothing}</td>
            <td><a class=${a.passed ? 'good' : 'bad'} href=${routePath({ name: 'attempt', attemptId: a.id })}><strong>${a.score}</strong> ${a.passed ? t('debrief.passed') : t('debrief.failed')}</a></td>
          </tr>`)}</tbody></table></div>`
      : html`<p class="muted">${t('review.progress.noAttempts')} <a href="/">${t('account.browse')}</a></p>`}
  </section>`;
}
