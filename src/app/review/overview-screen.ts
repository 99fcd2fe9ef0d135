import { html, nothing, svg, type TemplateResult } from 'lit-html';
import type { AttemptBrief, OverviewRow, TeamOverview } from '../../core/api';
import { routePath, type Route } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { dateText, titleOf } from './format';
import { csvLinks, filtersForm, teamTabs } from './team-nav';

/** Columns a manager can sort by; the server's order (overdue first) is the status order. */
const SORTS = ['name', 'status', 'first', 'best', 'last', 'due'] as const;
type SortKey = (typeof SORTS)[number];

/** The rows in the order asked for: `-best` is best first; ties and unset values keep the server's order. */
export function sortedRows(rows: readonly OverviewRow[], sort: string | undefined): readonly OverviewRow[] {
  const descending = sort?.startsWith('-') ?? false;
  const key = SORTS.find((s) => s === sort?.replace(/^-/, ''));
  if (!key || key === 'status') return descending ? [...rows].reverse() : rows;
  const value = (row: OverviewRow): string | number | null => (key === 'name' ? row.trainee.name : key === 'due' ? row.dueAt : row[key]);
  const indexed = rows.map((row, i) => ({ row, i, v: value(row) }));
  indexed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
    const order = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
    return (descending ? -order : order) || a.i - b.i;
  });
  return indexed.map((x) => x.row);
}

/** The team overview: where each trainee stands on each assigned (or self-chosen) scenario. */
export function overviewScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], overview: TeamOverview): TemplateResult {
  const { state, t } = ctx;
  const route = state.route as Extract<Route, { name: 'team-view' }>;
  const rows = sortedRows(overview.rows, route.query.sort);
  return html`<section class="manage review-page" aria-labelledby="review-title">
    ${teamTabs(ctx, overview.team, 'overview')}
    <div class="catalogue-head"><h1 id="review-title" tabindex="-1">${t('review.overview.title')}</h1><p class="muted">${t('review.overview.intro')}</p></div>
    ${filtersForm(ctx, catalogue, overview.assignments)}
    ${csvLinks(ctx, overview.team, route.query)}
    ${rows.length === 0
      ? html`<p class="empty">${t('review.overview.none')}</p>`
      : html`<div class="table-scroll" role="region" aria-labelledby="review-title" tabindex="0">
          <table class="data-table overview-table">
            <caption class="visually-hidden">${t('review.overview.caption', { team: overview.team.name })}</caption>
            <thead><tr>
              ${sortHeader(ctx, route, 'name', t('manage.trainee'))}
              <th scope="col">${t('manage.scenario')}</th>
              ${sortHeader(ctx, route, 'due', t('review.overview.assignment'))}
              ${sortHeader(ctx, route, 'status', t('manage.state'))}
              ${sortHeader(ctx, route, 'first', t('review.overview.first'))}
              ${sortHeader(ctx, route, 'best', t('review.overview.best'))}
              ${sortHeader(ctx, route, 'last', t('review.overview.last'))}
              <th scope="col">${t('review.overview.trend')}</th>
              <th scope="col">${t('review.overview.counting')}</th>
              <th scope="col">${t('review.overview.practice')}</th>
            </tr></thead>
            <tbody>${rows.map((row) => rowView(ctx, catalogue, overview, row))}</tbody>
          </table>
        </div>`}
  </section>`;
}

function sortHeader(ctx: ViewContext, route: Extract<Route, { name: 'team-view' }>, key: SortKey, label: string): TemplateResult {
  const { t } = ctx;
  const current = route.query.sort;
  const state = current === key ? 'ascending' : current === `-${key}` ? 'descending' : null;
  const next = state === 'ascending' ? `-${key}` : key;
  const href = routePath({ ...route, query: { ...route.query, sort: next } });
  return html`<th scope="col" aria-sort=${state ?? nothing}>
    <a class="sort-link" href=${href}>${label}<span aria-hidden="true">${state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}</span>
      <span class="visually-hidden">, ${t(state === 'ascending' ? 'review.overview.sortDescending' : 'review.overview.sortAscending')}</span></a>
  </th>`;
}

function rowView(ctx: ViewContext, catalogue: readonly CatalogueEntry[], overview: TeamOverview, row: OverviewRow): TemplateResult {
  const { t } = ctx;
  const assignment = overview.assignments.find((a) => a.id === row.assignmentId) ?? null;
  const person = routePath({ name: 'person', userId: row.trainee.id });
  const score = (n: number | null) => (n === null ? html`<span class="muted" aria-label=${t('review.none')}>—</span>` : String(n));
  return html`<tr class="status-${row.status ?? 'none'}" data-trainee=${row.trainee.id} data-story=${row.storyId ?? nothing}>
    <th scope="row"><a href=${person}>${row.trainee.name}</a></th>
    <td>${row.storyId ? titleOf(catalogue, row.storyId) : html`<span class="muted">${t('review.overview.nothing')}</span>`}</td>
    <td>${assignment
      ? html`${t('home.due', { date: dateText(ctx, assignment.dueAt) })}<br /><small class="muted">${t(`home.counting.${assignment.counting}`)} · ${t(`mode.${assignment.mode}`)}${row.attemptsAllowed === null ? '' : ` · ${t('home.attempts', { used: row.attemptsUsed, allowed: row.attemptsAllowed })}`}</small>`
      : row.storyId
        ? html`<span class="muted">${t('review.overview.selfPaced')}</span>`
        : nothing}</td>
    <td>${row.status ? html`<span class="chip status status-${row.status}">${t(`home.status.${row.status}`)}</span>` : nothing}</td>
    <td>${score(row.first)}</td>
    <td>${score(row.best)}</td>
    <td>${score(row.last)}</td>
    <td>${trendView(ctx, row.trend)}</td>
    <td>${row.counting ? attemptLink(ctx, row.counting) : html`<span class="muted">${t('home.notPlayed')}</span>`}</td>
    <td>${practiceView(ctx, row.practice)}</td>
  </tr>`;
}

/** A link to one attempt's review: its score and whether it passed. */
export function attemptLink(ctx: ViewContext, a: AttemptBrief): TemplateResult {
  const { t } = ctx;
  const result = a.passed ? t('debrief.passed') : t('debrief.failed');
  return html`<a class="attempt-link ${a.passed ? 'good' : 'bad'}" href=${routePath({ name: 'attempt', attemptId: a.id })}
    aria-label=${t('review.attemptLabel', { score: a.score, result, date: dateText(ctx, a.finishedAt) })}><strong>${a.score}</strong> ${result}</a>`;
}

/** The counted scores as a small line, with the change in words beside it. */
function trendView(ctx: ViewContext, trend: readonly number[]): TemplateResult {
  const { t } = ctx;
  if (trend.length < 2) return html`<span class="muted">${trend.length ? t('review.trend.one') : '—'}</span>`;
  const first = trend[0] as number;
  const last = trend.at(-1) as number;
  const change = last - first;
  const w = 64;
  const h = 20;
  const points = trend.map((score, i) => `${((i / (trend.length - 1)) * (w - 4) + 2).toFixed(1)},${(h - 2 - (score / 100) * (h - 4)).toFixed(1)}`).join(' ');
  return html`<span class="trend ${change > 0 ? 'up' : change < 0 ? 'down' : 'flat'}">
    <svg class="sparkline" width=${w} height=${h} viewBox="0 0 ${w} ${h}" aria-hidden="true">${svg`<polyline points=${points} fill="none" stroke="currentColor" stroke-width="2" />`}</svg>
    <span aria-hidden="true">${change > 0 ? '↑' : change < 0 ? '↓' : '→'} ${change > 0 ? `+${change}` : change}</span>
    <span class="visually-hidden">${t('review.trend.text', { count: trend.length, first, last })}</span>
  </span>`;
}

/** Coach-mode and replayed runs: shown apart, each a link, never counted. */
function practiceView(ctx: ViewContext, practice: readonly AttemptBrief[]): TemplateResult | string {
  const { t } = ctx;
  if (!practice.length) return '—';
  return html`<details class="practice">
    <summary>${t('review.practiceRuns', { count: practice.length })}</summary>
    <ul>${practice.map((a) => html`<li>${attemptLink(ctx, a)} <small class="muted">${a.replayedFrom !== null ? t('review.replayedFrom', { n: a.replayedFrom + 1 }) : t(`mode.${a.mode}`)}</small></li>`)}</ul>
  </details>`;
}
