import { html, nothing, type TemplateResult } from 'lit-html';
import { summariseAttempts } from '../../core/attempts';
import { PHASE_IDS, SEGMENT_IDS, type Phase, type Segment } from '../../core/buying';
import { CONCEPT_IDS, type ConceptId } from '../../core/concepts';
import { DIFFICULTIES, type Difficulty } from '../../core/tags';
import { DURATIONS, filterCatalogue } from '../catalogue-filter';
import type { CatalogueEntry, Filters } from '../store';
import type { ViewContext } from '../views/context';
import { conceptCodes, conceptName, conceptNames, methodHref, phaseName, roleName, segmentName } from '../views/labels';
import { portrait } from '../views/portrait';
import { savedProgressView } from '../views/saved-progress';
import { standingText } from '../views/standing';
import { startHereView } from '../views/start-here';
import { runOf } from '../save-merge';

/** The title screen: every scenario as a card, with filters by phase, segment, concept, difficulty and duration. */
export function catalogueScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { state, actions, t } = ctx;
  const shown = filterCatalogue(catalogue, state.filters);
  const select = <K extends keyof Filters>(key: K, label: string, options: readonly [string, string][], parse: (v: string) => Filters[K]) => html`
    <label class="filter">
      <span>${label}</span>
      <select data-filter=${key} @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        actions.setFilter(key, value === '' ? (null as Filters[K]) : parse(value));
      }}>
        <option value="" ?selected=${state.filters[key] === null}>${t('catalogue.any')}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${String(state.filters[key]) === value}>${text}</option>`)}
      </select>
    </label>`;
  const locale = state.locale;
  const anyFilter = Object.values(state.filters).some((v) => v !== null);
  return html`
    <section class="catalogue" aria-labelledby="catalogue-heading">
      <div class="catalogue-head">
        <h1 id="catalogue-heading">${t('catalogue.heading')}</h1>
        <p class="muted">${t('catalogue.count', { count: shown.length })}</p>
        ${state.attempts.length ? html`<a class="progress-link" href="/progress">${t('home.progress')}</a>` : nothing}
      </div>
      ${startHereView(ctx, catalogue)}
      <form class="filters" aria-label=${t('catalogue.filters')} @submit=${(e: Event) => e.preventDefault()}>
        ${select('phase', t('catalogue.phase'), PHASE_IDS.map((p) => [String(p), `${p} · ${phaseName(p, locale)}`]), (v) => Number(v) as Phase)}
        ${select('segment', t('catalogue.segment'), SEGMENT_IDS.map((s) => [s, segmentName(s, locale)]), (v) => v as Segment)}
        ${select('concept', t('catalogue.concept'), CONCEPT_IDS.map((c) => [c, `${c} · ${conceptName(c, locale)}`]), (v) => v as ConceptId)}
        ${select('difficulty', t('catalogue.difficulty'), DIFFICULTIES.map((d) => [d, t(`difficulty.${d}`)]), (v) => v as Difficulty)}
        ${select('duration', t('catalogue.duration'), DURATIONS.map((d) => [d, t(`duration.${d}`)]), (v) => v as Filters['duration'])}
        ${anyFilter
          ? html`<button type="button" class="button ghost" @click=${() => (Object.keys(state.filters) as (keyof Filters)[]).forEach((k) => actions.setFilter(k, null))}>${t('catalogue.clear')}</button>`
          : nothing}
      </form>
      ${shown.length === 0 ? html`<p class="empty">${t('catalogue.none')}</p>` : nothing}
      <ul class="cards">
        ${shown.map((entry) => card(ctx, entry))}
      </ul>
      ${savedProgressView(ctx)}
    </section>`;
}

function card(ctx: ViewContext, { header, concepts, portraits }: CatalogueEntry): TemplateResult {
  const { state, actions, t } = ctx;
  const locale = state.locale;
  const summary = summariseAttempts(state.attempts, header.id);
  // Its run left unfinished, in this tab or another, continues where it stopped.
  const resumable = (state.active?.storyId === header.id && !state.active.recorded && !state.active.assignmentId) || runOf(state.runs, header.id, null) !== null;
  const lead = header.buyers[0];
  const loading = state.loading === header.id;
  const brief = header.brief.split('\n\n')[0] ?? '';
  // Pointer over the card or focus in it: the click is likely to follow, so load the story now.
  const prepare = (): void => actions.prepare(header.id);
  return html`<li class="card" data-story=${header.id} @pointerenter=${prepare} @focusin=${prepare}>
    <div class="card-top">
      <div class="avatars" aria-hidden="true">
        ${header.buyers.slice(0, 4).map((b) => portrait(b, portraits[b.id]))}
      </div>
      <div class="chips">
        <a class="chip phase-${header.phase}" href=${methodHref(header.phase)}>${t('catalogue.phaseN', { n: header.phase })} · ${phaseName(header.phase, locale)}</a>
        <a class="chip segment" href=${methodHref(header.segment)}>${segmentName(header.segment, locale)}</a>
      </div>
    </div>
    <h2 class="card-title"><a href="/scenario/${encodeURIComponent(header.id)}">${header.title}</a></h2>
    ${lead ? html`<p class="buyer-line"><strong>${lead.name}</strong>, ${lead.title} · ${roleName(lead.role, locale)}${header.buyers.length > 1 ? html` <span class="muted">+${header.buyers.length - 1}</span>` : nothing}</p>` : nothing}
    <p class="brief">${brief}</p>
    ${concepts[0]
      ? // One link into the primer, not one per concept: most scenarios assess all thirteen, and
        // thirteen links a card were 13 tab stops and well over half of the catalogue's elements.
        html`<p class="assesses"><a class="concept-link" href=${methodHref(concepts[0])} title=${concepts.map((c) => `${c} ${conceptName(c, locale)}`).join('\n')}
          ><span class="muted">${t('method.assesses')}:</span> <span aria-hidden="true">${conceptCodes(concepts)}</span
          ><span class="visually-hidden">${conceptNames(concepts, locale)}</span></a></p>`
      : nothing}
    <div class="card-foot">
      <span class="meta">${t('catalogue.minutes', { count: header.minutes })} · ${t(`difficulty.${header.difficulty}`)}</span>
      <span class="best ${summary?.counted?.passed ? 'good' : ''}">${standingText(ctx, summary)}</span>
      <button class="button primary" ?disabled=${loading} aria-label="${resumable ? t('catalogue.resume') : t('catalogue.play')}: ${header.title}"
        @click=${() => (resumable ? actions.navigate({ name: 'play', storyId: header.id, assignmentId: null }) : actions.start(header.id))}>
        ${loading ? t('catalogue.loading') : resumable ? t('catalogue.resume') : t('catalogue.play')}
      </button>
    </div>
  </li>`;
}
