import { html, type TemplateResult } from 'lit-html';
import type { Certificate } from '../../core/api';
import { routePath } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { dateText } from './format';

/** A certificate as anyone with its link sees it: what was passed, when, and that this server issued it. Prints to one clean page. */
export function certificateScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], certificate: Certificate): TemplateResult {
  const { t } = ctx;
  const link = `${location.origin}${routePath({ name: 'certificate', code: certificate.code })}`;
  const title = (id: string, fallback: string): string => catalogue.find((e) => e.header.id === id)?.header.title ?? fallback;
  return html`<article class="certificate" aria-labelledby="certificate-title">
    <p class="eyebrow">${t('app.name')} · ${certificate.teamName}</p>
    <h1 id="certificate-title" tabindex="-1">${t('review.certificate.title')}</h1>
    <p class="certificate-lead">${t('review.certificate.lead')}</p>
    <p class="certificate-name">${certificate.trainee.name}</p>
    <p>${t('review.certificate.passed', { count: certificate.scenarios.length, mark: certificate.passMark })}</p>
    <table class="data-table certificate-table">
      <thead><tr><th scope="col">${t('manage.scenario')}</th><th scope="col">${t('debrief.score')}</th><th scope="col">${t('manage.finished')}</th></tr></thead>
      <tbody>${certificate.scenarios.map((s) => html`<tr><th scope="row">${title(s.storyId, s.title)}</th><td>${s.score}</td><td>${dateText(ctx, s.finishedAt)}</td></tr>`)}</tbody>
    </table>
    <p>${t('review.certificate.issued', { date: dateText(ctx, certificate.issuedAt) })}</p>
    <p class="verified" role="status">✓ ${t('review.certificate.verified')}</p>
    <p class="verify-link">${t('review.certificate.verifyAt')} <a href=${link}>${link}</a></p>
    <p class="no-print"><button type="button" class="button primary" @click=${() => window.print()}>${t('review.certificate.print')}</button></p>
  </article>`;
}
