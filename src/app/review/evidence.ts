import { html, type TemplateResult } from 'lit-html';
import type { ConceptId } from '../../core/concepts';
import type { ViewContext } from '../views/context';
import { conceptName } from '../views/labels';
import { signed } from './format';

/** An option's evidence per concept as chips ("C5 +2"), the concept's name for screen readers and on hover. */
export function evidenceChips({ state, t }: ViewContext, evidence: Partial<Record<ConceptId, number>>): TemplateResult {
  const entries = (Object.entries(evidence) as [ConceptId, number][]).filter(([, n]) => n !== 0);
  if (!entries.length) return html`<span class="muted">${t('review.noEvidence')}</span>`;
  return html`${entries.map(([c, n]) => html`<span class="chip evidence ${n < 0 ? 'minus' : 'plus'}" title=${conceptName(c, state.locale)}>${c} ${signed(n)}<span class="visually-hidden"> ${conceptName(c, state.locale)}</span></span> `)}`;
}
