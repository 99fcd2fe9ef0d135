import { html, type TemplateResult } from 'lit-html';
import { PHASE_IDS, SEGMENT_IDS } from '../../core/buying';
import { CONCEPT_IDS } from '../../core/concepts';
import type { ViewContext } from '../views/context';
import { conceptName, phaseName, segmentName } from '../views/labels';

/** The one-screen primer: the 13 concepts, the three phases, the five segments; every badge links to its entry here. */
export function methodScreen({ state, t }: ViewContext): TemplateResult {
  const locale = state.locale;
  return html`<section class="method panel" aria-labelledby="method-title">
    <h1 id="method-title" tabindex="-1">${t('method.heading')}</h1>
    <p class="lead">${t('method.lead')}</p>
    <h2>${t('method.concepts')}</h2>
    <dl class="method-list">
      ${CONCEPT_IDS.map((c) => html`<div id=${c} class="method-item"><dt><span class="chip concept">${c}</span> ${conceptName(c, locale)}</dt><dd>${t(`method.${c}`)}</dd></div>`)}
    </dl>
    <h2>${t('method.phases')}</h2>
    <dl class="method-list">
      ${PHASE_IDS.map((p) => html`<div id="phase-${p}" class="method-item"><dt><span class="chip phase-${p}">${t('catalogue.phaseN', { n: p })}</span> ${phaseName(p, locale)}</dt><dd>${t(`method.phase${p}`)}</dd></div>`)}
    </dl>
    <h2>${t('method.segments')}</h2>
    <dl class="method-list">
      ${SEGMENT_IDS.map((s) => html`<div id="segment-${s}" class="method-item"><dt><span class="chip segment">${segmentName(s, locale)}</span></dt><dd>${t(`method.${s}`)}</dd></div>`)}
    </dl>
  </section>`;
}
