import { html, nothing, type TemplateResult } from 'lit-html';
import { routePath } from '../routes';
import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';
import { dateText, titleOf } from './format';

/** On the trainee's home: the comments their manager pinned to their attempts, the unread ones counted in a badge. */
export function homeComments(ctx: ViewContext, catalogue: readonly CatalogueEntry[]): TemplateResult | typeof nothing {
  const { state, t } = ctx;
  const mine = state.myComments;
  if (!mine || mine.comments.length === 0) return nothing;
  return html`<section class="panel home-comments" aria-labelledby="home-comments-title">
    <h2 id="home-comments-title">${t('review.comments.fromManager')}
      ${mine.unread ? html`<span class="badge unread-badge">${t('review.comments.unread', { count: mine.unread })}</span>` : nothing}</h2>
    <ul>${mine.comments.map((c) => html`<li class=${c.readAt === null ? 'unread' : ''} data-comment=${c.id}>
      <a href=${routePath({ name: 'attempt', attemptId: c.attemptId })}>${titleOf(catalogue, c.storyId)} · ${t('debrief.step', { n: c.step + 1 })}</a>
      ${c.readAt === null ? html`<span class="chip new">${t('review.comments.new')}</span>` : nothing}
      <p><strong>${c.author.name}</strong> · <span class="muted">${dateText(ctx, c.createdAt)}</span></p>
      <p class="comment-body">${c.body}</p>
    </li>`)}</ul>
  </section>`;
}
