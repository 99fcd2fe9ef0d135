import './review.css';
import { html, type TemplateResult } from 'lit-html';
import { manageScreen } from '../screens/manage-screen';
import { teamScreen } from '../screens/team-screen';
import { routePath } from '../routes';
import type { Translator } from '../i18n';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { problemText } from '../views/forms';
import { certificateScreen } from './certificate-screen';
import { heatmapScreen } from './heatmap-screen';
import { reviewEn } from './messages-en';
import { reviewZhCN } from './messages-zh-CN';
import { overviewScreen } from './overview-screen';
import { progressScreen } from './progress-screen';
import { trapScreen } from './trap-screen';

/**
 * The review chunk's entry (loaded through review-chunk.ts): the manager's screens, the progress
 * and certificate pages, the attempt review's additions to the debrief, and their words.
 */

export { addComment, attemptReview, deleteAttempt, deleteComment, editComment, loadPage, myComments } from './requests';
export { servedHead, servedTranscript } from './attempt-review';
export { homeComments } from './home-comments';

/** Adds this chunk's words to both languages (the app's own stay as they are). */
export function registerMessages(i18n: Translator): void {
  i18n.add('en', { review: reviewEn });
  i18n.add('zh-CN', { review: reviewZhCN });
}

/** The screen of a route this chunk draws. */
export function reviewScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { state, t } = ctx;
  const { route, reviewPage: page, reviewProblem: problem } = state;
  if (route.name === 'manage') return manageScreen(ctx);
  if (route.name === 'team') return teamScreen(ctx, catalogue);
  if (problem) {
    const missing = problem.error === 'not-found';
    return html`<section class="panel narrow" aria-labelledby="problem-title">
      <h1 id="problem-title" tabindex="-1">${missing ? t('missing.heading') : t('review.problem')}</h1>
      <p class="form-error" role="alert">${route.name === 'certificate' && missing ? t('review.certificate.unknown') : problemText(ctx, problem)}</p>
      <p><a href=${state.user && state.user.role !== 'trainee' ? '/manage' : '/'}>${state.user && state.user.role !== 'trainee' ? t('manage.backToTeams') : t('debrief.catalogue')}</a></p>
    </section>`;
  }
  if (!page || page.key !== routePath(route)) return html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`;
  switch (page.kind) {
    case 'team-view':
      if (route.name !== 'team-view') break;
      if (route.view === 'heatmap' && page.heat) return heatmapScreen(ctx, catalogue, page.overview, page.heat);
      if (route.view === 'traps') return trapScreen(ctx, catalogue, page.overview, page.traps);
      return overviewScreen(ctx, catalogue, page.overview);
    case 'progress':
      return progressScreen(ctx, catalogue, page);
    case 'certificate':
      return certificateScreen(ctx, catalogue, page.certificate);
  }
  return html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`;
}
