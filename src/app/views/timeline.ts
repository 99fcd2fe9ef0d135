import { html, type TemplateResult } from 'lit-html';
import { MOODS } from '../../core/buying';
import type { TimelinePoint } from '../../core/debrief';
import type { StoryHeader } from '../../core/tags';
import type { ViewContext } from './context';
import { milestoneName } from './labels';

// Marks that read as a mood, not as a question ("?" read as "unknown").
const MOOD_MARK = { neutral: '·', interested: '↗', pleased: '+', skeptical: '~', annoyed: '!', anxious: '…' } as const;

/** The buyers' phase and mood across the conversation, as an accessible table. */
export function timelineView({ state, t }: ViewContext, header: StoryHeader, points: readonly TimelinePoint[]): TemplateResult {
  return html`<div class="timeline-scroll">
    <table class="timeline">
      <thead>
        <tr>
          <th scope="col"></th>
          ${points.map((p) => html`<th scope="col">${p.step === 0 ? t('debrief.start') : p.step}</th>`)}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">${t('catalogue.phase')}</th>
          ${points.map((p) => html`<td><span class="cell phase-${p.phase}">${p.phase}</span></td>`)}
        </tr>
        ${header.buyers.map(
          (b) => html`<tr>
            <th scope="row">${b.name}</th>
            ${points.map((p) => {
              const mood = p.moods[b.id] ?? 'neutral';
              const name = t(`mood.${mood}`);
              return html`<td><span class="cell mood mood-${mood}" title=${name}><span aria-hidden="true">${MOOD_MARK[mood]}</span><span class="visually-hidden">${name}</span></span></td>`;
            })}
          </tr>`,
        )}
        <tr>
          <th scope="row">${t('debrief.milestones')}</th>
          ${points.map((p) => html`<td class="milestones">${p.milestones.map((m) => html`<span class="dot"><span aria-hidden="true">★</span> ${milestoneName(m, state.locale)}</span>`)}</td>`)}
        </tr>
      </tbody>
    </table>
  </div>
  <p class="legend" aria-hidden="true">
    ${t('debrief.moodLegend')}:
    ${MOODS.map((mood) => html`<span class="legend-item"><span class="cell mood mood-${mood}">${MOOD_MARK[mood]}</span> ${t(`mood.${mood}`)}</span>`)}
  </p>`;
}
