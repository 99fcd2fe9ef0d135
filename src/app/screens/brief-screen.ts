import { html, nothing, type TemplateResult } from 'lit-html';
import { summariseAttempts } from '../../core/attempts';
import type { CatalogueEntry } from '../store';
import { routePath } from '../routes';
import type { ViewContext } from '../views/context';
import { standingText } from '../views/standing';
import { copyButton } from '../views/forms';
import { methodHref, phaseName, roleName, segmentName } from '../views/labels';
import { portrait } from '../views/portrait';

/** One scenario's page: who the buyers are, the whole brief, and the way in (a link a manager can send). */
export function briefScreen(ctx: ViewContext, { header, portraits }: CatalogueEntry): TemplateResult {
  const { state, actions, t } = ctx;
  const locale = state.locale;
  const summary = summariseAttempts(state.attempts, header.id);
  const resumable = state.active?.storyId === header.id && !state.active.recorded && !state.active.assignmentId;
  const loading = state.loading === header.id;
  return html`
    <section class="scenario-page panel" aria-labelledby="scenario-title">
      <p class="eyebrow"><a href="/">${t('catalogue.heading')}</a></p>
      <h1 id="scenario-title">${header.title}</h1>
      <p class="chips-row">
        <a class="chip phase-${header.phase}" href=${methodHref(header.phase)}>${t('catalogue.phaseN', { n: header.phase })} · ${phaseName(header.phase, locale)}</a>
        <a class="chip segment" href=${methodHref(header.segment)}>${segmentName(header.segment, locale)}</a>
        <span class="chip mode">${t('catalogue.minutes', { count: header.minutes })} · ${t(`difficulty.${header.difficulty}`)}</span>
      </p>
      <h2>${t('catalogue.buyers')}</h2>
      <ul class="buyer-list">
        ${header.buyers.map(
          (b) => html`<li>
            ${portrait(b, portraits[b.id])}
            <span><strong>${b.name}</strong>, ${b.title} · ${roleName(b.role, locale)}</span>
          </li>`,
        )}
      </ul>
      <h2>${t('play.brief')}</h2>
      ${header.objective ? html`<p class="objective"><strong>${t('debrief.objective', { objective: header.objective })}</strong></p>` : ''}
      ${header.brief.split('\n\n').map((p) => html`<p>${p}</p>`)}
      <p class="muted">${standingText(ctx, summary)}</p>
      <div class="debrief-actions">
        <button class="button primary" ?disabled=${loading}
          @click=${() => (resumable ? void actions.navigate({ name: 'play', storyId: header.id, assignmentId: null }) : void actions.start(header.id))}>
          ${loading ? t('catalogue.loading') : resumable ? t('catalogue.resume') : t('catalogue.play')}
        </button>
        ${summary ? html`<a class="button ghost" href="/debrief/${encodeURIComponent(header.id)}">${t('catalogue.lastDebrief')}</a>` : nothing}
        ${state.user && state.user.role !== 'trainee' ? copyButton(ctx, `${location.origin}${routePath({ name: 'scenario', storyId: header.id })}`, t('manage.copyLink'), 'normal') : nothing}
      </div>
    </section>`;
}
