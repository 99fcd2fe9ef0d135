import { html, type TemplateResult } from 'lit-html';
import type { ViewContext } from '../views/context';

/** A URL that names no place in the app: say so, and offer the way back. */
export function notFoundScreen({ t }: ViewContext): TemplateResult {
  return html`<section class="panel narrow" aria-labelledby="missing-title">
    <h1 id="missing-title">${t('missing.heading')}</h1>
    <p>${t('missing.body')}</p>
    <p><a class="button primary" href="/">${t('debrief.catalogue')}</a></p>
  </section>`;
}
