import { html, nothing, type TemplateResult } from 'lit-html';
import type { Assignment, Team } from '../../core/api';
import { PHASE_IDS, SEGMENT_IDS } from '../../core/buying';
import { queryOf, routePath, TEAM_VIEWS, type ReviewQuery, type Route, type TeamView } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { phaseName, segmentName } from '../views/labels';
import { dateText, titleOf } from './format';

/** The team's pages as tabs: its people, then the three review views. */
export function teamTabs(ctx: ViewContext, team: Team, shown: TeamView | 'people'): TemplateResult {
  const { t } = ctx;
  const tab = (view: TeamView | 'people') => {
    const route: Route = view === 'people' ? { name: 'team', teamId: team.id } : { name: 'team-view', view, teamId: team.id, query: {} };
    return html`<li><a href=${routePath(route)} aria-current=${view === shown ? 'page' : nothing}>${t(`review.tabs.${view}`)}</a></li>`;
  };
  return html`<p class="eyebrow"><a href="/manage">${t('manage.heading')}</a> › ${team.name}</p>
    <nav class="team-tabs" aria-label=${t('review.tabs.label', { team: team.name })}>
      <ul>${tab('people')}${TEAM_VIEWS.map(tab)}</ul>
    </nav>`;
}

/** How an assignment is named in a picker: its scenarios and due date. */
export const assignmentLabel = (ctx: ViewContext, catalogue: readonly CatalogueEntry[], a: Assignment): string =>
  `${a.storyIds.map((id) => titleOf(catalogue, id)).join(' · ')} (${ctx.t('home.due', { date: dateText(ctx, a.dueAt) })})`;

type Choice = readonly [value: string, label: string];

function picker(ctx: ViewContext, key: keyof ReviewQuery, label: string, choices: readonly Choice[], query: ReviewQuery, any = true): TemplateResult {
  const id = `filter-${key}`;
  return html`<label class="filter" for=${id}><span>${label}</span>
    <select id=${id} name=${key}>
      ${any ? html`<option value="" ?selected=${!query[key]}>${ctx.t('catalogue.any')}</option>` : nothing}
      ${choices.map(([value, text]) => html`<option value=${value} ?selected=${query[key] === value}>${text}</option>`)}
    </select>
  </label>`;
}

/** Reads a filter form into a query (empty fields left out, `adjust` has the last word) and goes there. */
function applyForm(ctx: ViewContext, route: Extract<Route, { name: 'team-view' }>, keep: ReviewQuery, adjust = (query: Record<string, string>) => query) {
  return (event: Event): void => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const query: Record<string, string> = { ...keep };
    for (const [key, value] of data.entries()) if (typeof value === 'string' && value) query[key] = value;
    void ctx.actions.navigate({ ...route, query: adjust(query) });
  };
}

/** The overview's and heat map's filters: assignment, scenario, phase, segment and a date range. */
export function filtersForm(ctx: ViewContext, catalogue: readonly CatalogueEntry[], assignments: readonly Assignment[]): TemplateResult {
  const { state, t } = ctx;
  const route = state.route as Extract<Route, { name: 'team-view' }>;
  const { query } = route;
  const locale = state.locale;
  const cleared = { ...route, query: query.sort ? { sort: query.sort } : {} };
  return html`<form class="filters review-filters" aria-label=${t('review.filters.label')} @submit=${applyForm(ctx, route, query.sort ? { sort: query.sort } : {})}>
    ${picker(ctx, 'assignment', t('review.filters.assignment'), assignments.map((a) => [a.id, assignmentLabel(ctx, catalogue, a)]), query)}
    ${picker(ctx, 'story', t('manage.scenario'), catalogue.map((e) => [e.header.id, e.header.title]), query)}
    ${picker(ctx, 'phase', t('catalogue.phase'), PHASE_IDS.map((p) => [String(p), `${p} · ${phaseName(p, locale)}`]), query)}
    ${picker(ctx, 'segment', t('catalogue.segment'), SEGMENT_IDS.map((s) => [s, segmentName(s, locale)]), query)}
    <label class="filter" for="filter-from"><span>${t('review.filters.from')}</span><input id="filter-from" name="from" type="date" .value=${query.from ?? ''} /></label>
    <label class="filter" for="filter-to"><span>${t('review.filters.to')}</span><input id="filter-to" name="to" type="date" .value=${query.to ?? ''} /></label>
    <button class="button primary">${t('review.filters.apply')}</button>
    ${Object.keys(query).some((k) => k !== 'sort') ? html`<a class="button ghost" href=${routePath(cleared)}>${t('catalogue.clear')}</a>` : nothing}
  </form>`;
}

/** The trap map's pickers: which scenario, which of its versions, which assignment's runs. */
export function trapPickers(ctx: ViewContext, catalogue: readonly CatalogueEntry[], assignments: readonly Assignment[], shown: { story: string | null; version: number | null; versions: readonly number[] }): TemplateResult {
  const { state, t } = ctx;
  const route = state.route as Extract<Route, { name: 'team-view' }>;
  const query: ReviewQuery = { ...route.query, story: shown.story ?? undefined, version: shown.version === null ? undefined : String(shown.version) };
  // A version number belongs to its scenario: another scenario starts at its newest version.
  const versionOfStory = ({ version, ...rest }: Record<string, string>) => (rest.story === shown.story && version ? { ...rest, version } : rest);
  return html`<form class="filters review-filters" aria-label=${t('review.traps.pick')} @submit=${applyForm(ctx, route, {}, versionOfStory)}>
    ${picker(ctx, 'story', t('manage.scenario'), catalogue.map((e) => [e.header.id, e.header.title]), query, false)}
    ${shown.versions.length ? picker(ctx, 'version', t('review.traps.version'), shown.versions.map((v) => [String(v), t('review.traps.versionN', { n: v })]), query, false) : nothing}
    ${picker(ctx, 'assignment', t('review.filters.assignment'), assignments.map((a) => [a.id, assignmentLabel(ctx, catalogue, a)]), query)}
    <button class="button primary">${t('review.traps.show')}</button>
  </form>`;
}

/** Links that download the attempts and the grades as CSV, filtered like the page. */
export function csvLinks(ctx: ViewContext, team: Team, query: ReviewQuery): TemplateResult {
  const { t } = ctx;
  const { assignment, story, phase, segment, from, to } = query;
  const filters = queryOf({ assignment, story, phase, segment, from, to });
  const base = `/api/teams/${encodeURIComponent(team.id)}/export`;
  return html`<p class="csv-links">
    <a class="button small" href="${base}/attempts.csv${filters}" download>${t('review.csv.attempts')}</a>
    <a class="button small" href="${base}/grades.csv${filters}" download>${t('review.csv.grades')}</a>
    <span class="muted">${t('review.csv.hint')}</span>
  </p>`;
}
