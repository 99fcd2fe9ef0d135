import { html, nothing, type TemplateResult } from 'lit-html';
import { passedScenarios } from '../../core/attempts';
import { nextRecommended, onboardingPath } from '../../core/onboarding';
import type { StoryHeader } from '../../core/tags';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from './context';
import { phaseName } from './labels';

/** Scenarios whose counted runs include a pass, in this browser. */
export function passedIn(ctx: ViewContext, headers: readonly StoryHeader[]): Set<string> {
  return passedScenarios(ctx.state.attempts, headers.map((h) => h.id));
}

/** For a new hire: the onboarding path, one scenario per buying phase, until each step is passed. */
export function startHereView(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult | typeof nothing {
  const { state, t } = ctx;
  const headers = catalogue.map((e) => e.header);
  const passed = passedIn(ctx, headers);
  const path = onboardingPath(headers);
  if (path.every((h) => passed.has(h.id))) return nothing;
  return html`<section class="panel start-here" aria-labelledby="start-here-title">
    <h2 id="start-here-title">${t('method.start')}</h2>
    <p>${t('method.startLead')} <a href="/method">${t('method.link')}</a></p>
    <ol class="path">
      ${path.map(
        (h, i) => html`<li class=${passed.has(h.id) ? 'done' : ''}>
          <span class="muted">${t('method.step', { n: i + 1 })} · ${t('catalogue.phaseN', { n: h.phase })} · ${phaseName(h.phase, state.locale)}</span>
          <a href="/scenario/${encodeURIComponent(h.id)}">${h.title}</a>
          ${passed.has(h.id) ? html`<span class="good">✓ ${t('method.done')}</span>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}

/** After a debrief: the scenario to play next, with a link to its brief. */
export function nextUpView(ctx: ViewContext, catalogue: readonly CatalogueEntry[], justPlayed: string): TemplateResult | typeof nothing {
  const headers = catalogue.map((e) => e.header);
  const next = nextRecommended(headers, passedIn(ctx, headers), justPlayed);
  if (!next) return nothing;
  return html`<p class="next-up"><a class="button" href="/scenario/${encodeURIComponent(next.id)}">${ctx.t('method.next', { title: next.title })}</a>
    <span class="muted">${ctx.t('method.nextWhy')}</span></p>`;
}
