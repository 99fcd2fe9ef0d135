import { html, type TemplateResult } from 'lit-html';
import type { AttemptBrief, HeatMap, TeamOverview } from '../../core/api';
import { CONCEPT_IDS, type ConceptId } from '../../core/concepts';
import { CONCEPT_FLOOR, DEFAULT_PASS_MARK } from '../../core/scoring';
import type { Route } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { conceptName } from '../views/labels';
import { dateText, titleOf } from './format';
import { attemptLink } from './overview-screen';
import { csvLinks, filtersForm, teamTabs } from './team-nav';

/** Colour bands of a grade: the pass mark and the concept floor the scoring uses. */
const band = (grade: number | null): string => (grade === null ? 'none' : grade >= DEFAULT_PASS_MARK ? 'high' : grade >= CONCEPT_FLOOR ? 'mid' : 'low');

/** The team × concept heat map: each cell the mean grade of the counting attempts, a click lists them. */
export function heatmapScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], overview: TeamOverview, heat: HeatMap): TemplateResult {
  const { state, actions, t } = ctx;
  const locale = state.locale;
  const route = state.route as Extract<Route, { name: 'team-view' }>;
  const open = state.openCell;
  const cell = (trainee: { id: string; name: string }, concept: ConceptId, grade: number | null): TemplateResult => {
    const label = `${trainee.name}, ${concept} ${conceptName(concept, locale)}: ${grade ?? t('debrief.notAssessed')}`;
    if (grade === null) {
      return html`<td class="heat band-none"><span aria-hidden="true">·</span><span class="visually-hidden">${label}</span></td>`;
    }
    const key = `${trainee.id}|${concept}`;
    return html`<td class="heat band-${band(grade)}">
      <button type="button" class="heat-cell" title=${label} aria-label=${label} aria-expanded=${open === key ? 'true' : 'false'} aria-controls="cell-attempts"
        data-cell=${key} @click=${() => actions.setOpenCell(key)}><span class="heat-num" aria-hidden="true">${grade}</span></button>
    </td>`;
  };
  return html`<section class="manage review-page" aria-labelledby="review-title">
    ${teamTabs(ctx, overview.team, 'heatmap')}
    <div class="catalogue-head"><h1 id="review-title" tabindex="-1">${t('review.heat.title')}</h1><p class="muted">${t('review.heat.intro')}</p></div>
    ${filtersForm(ctx, catalogue, overview.assignments)}
    ${csvLinks(ctx, overview.team, route.query)}
    ${heat.rows.length === 0
      ? html`<p class="empty">${t('review.overview.none')}</p>`
      : html`<div class="table-scroll" role="region" aria-labelledby="review-title" tabindex="0">
          <table class="heat-table">
            <caption class="visually-hidden">${t('review.heat.caption')}</caption>
            <thead><tr><th scope="col">${t('manage.trainee')}</th>
              ${CONCEPT_IDS.map((c) => html`<th scope="col"><abbr title=${conceptName(c, locale)}>${c}</abbr><span class="visually-hidden"> ${conceptName(c, locale)}</span></th>`)}
            </tr></thead>
            <tbody>
              ${heat.rows.map((row) => html`<tr data-trainee=${row.trainee.id}><th scope="row">${row.trainee.name}</th>${CONCEPT_IDS.map((c) => cell(row.trainee, c, row.cells[c]?.grade ?? null))}</tr>`)}
            </tbody>
            <tfoot><tr class="average"><th scope="row">${t('review.heat.average')}</th>
              ${CONCEPT_IDS.map((c) => {
                const grade = heat.average[c] ?? null;
                return html`<td class="heat band-${band(grade)}" title="${t('review.heat.average')}, ${c} ${conceptName(c, locale)}: ${grade ?? t('debrief.notAssessed')}">${grade ?? '·'}</td>`;
              })}
            </tr></tfoot>
          </table>
        </div>
        ${legend(ctx)}`}
    ${cellAttempts(ctx, catalogue, overview, heat)}
  </section>`;
}

function legend({ t }: ViewContext): TemplateResult {
  return html`<p class="legend heat-legend">
    <span class="legend-item"><span class="swatch band-high"></span> ${t('review.heat.high', { mark: DEFAULT_PASS_MARK })}</span>
    <span class="legend-item"><span class="swatch band-mid"></span> ${t('review.heat.mid', { floor: CONCEPT_FLOOR, mark: DEFAULT_PASS_MARK })}</span>
    <span class="legend-item"><span class="swatch band-low"></span> ${t('review.heat.low', { floor: CONCEPT_FLOOR })}</span>
    <span class="legend-item"><span class="swatch band-none"></span> ${t('debrief.notAssessed')}</span>
    <span>${t('review.heat.hover')}</span>
  </p>`;
}

/** The attempts behind the open cell, from the overview's counting attempts. */
function cellAttempts(ctx: ViewContext, catalogue: readonly CatalogueEntry[], overview: TeamOverview, heat: HeatMap): TemplateResult {
  const { state, actions, t } = ctx;
  const [traineeId, concept] = (state.openCell ?? '').split('|') as [string, ConceptId | undefined];
  const row = heat.rows.find((r) => r.trainee.id === traineeId);
  const cell = concept ? row?.cells[concept] : undefined;
  if (!row || !concept || !cell) return html`<div id="cell-attempts" hidden></div>`;
  const briefs = new Map<string, AttemptBrief>(overview.rows.flatMap((r) => (r.counting ? [[r.counting.id, r.counting]] : [])));
  return html`<section id="cell-attempts" class="panel cell-attempts" aria-labelledby="cell-title">
    <h2 id="cell-title">${t('review.heat.behind', { name: row.trainee.name, concept: `${concept} ${conceptName(concept, state.locale)}`, grade: cell.grade ?? '—' })}</h2>
    <ul>
      ${cell.attemptIds.map((id) => {
        const brief = briefs.get(id);
        return html`<li>${brief
          ? html`${titleOf(catalogue, brief.storyId)} · ${attemptLink(ctx, brief)} · <span class="muted">${dateText(ctx, brief.finishedAt)}</span>`
          : html`<a href="/attempts/${encodeURIComponent(id)}">${t('review.heat.openAttempt')}</a>`}</li>`;
      })}
    </ul>
    <button type="button" class="button small" @click=${() => actions.setOpenCell(null)}>${t('review.close')}</button>
  </section>`;
}
