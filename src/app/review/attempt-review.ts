import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { Comment } from '../../core/api';
import { coachNote } from '../../core/coach';
import { optionEvidence } from '../../core/scoring';
import { NARRATOR, SELLER } from '../../core/tags';
import type { Decision, TranscriptEntry } from '../../core/transcript';
import { routePath } from '../routes';
import type { ShownReview } from '../store';
import type { ViewContext } from '../views/context';
import { formProblem, isBusy } from '../views/forms';
import { speakerName } from '../views/labels';
import { evidenceChips } from './evidence';
import { dateText } from './format';

/**
 * What an attempt opened from the server adds to its debrief: who played it, the comments pinned
 * to its decisions, and the transcript with the evidence of every option and the better one.
 */

const decisionAnchor = (step: number): string => `decision-${step + 1}`;

/** Editors already given the focus: a new one takes it once (its Edit button is gone), later draws leave it be. */
const focused = new WeakSet<Element>();
const focusOnce = (el: Element | undefined): void => {
  if (el instanceof HTMLElement && !focused.has(el)) {
    focused.add(el);
    // lit hands the element over before its part of the page is attached: focus once it is.
    queueMicrotask(() => el.focus());
  }
};

/** Under the debrief's head: whose attempt it is and every comment on it, each a link to its decision. */
export function servedHead(ctx: ViewContext): TemplateResult | typeof nothing {
  const { state, t } = ctx;
  const review = state.review as ShownReview;
  const served = review.served;
  if (!served) return nothing;
  const mine = served.trainee.id === state.user?.id;
  const comments = [...served.comments].sort((a, b) => a.step - b.step || a.createdAt.localeCompare(b.createdAt));
  return html`<section class="panel served-head" aria-labelledby="comments-title">
    ${mine
      ? nothing
      : html`<p>${t('review.attempt.by', { name: served.trainee.name })} · <a href=${routePath({ name: 'person', userId: served.trainee.id })}>${t('review.progress.of', { name: served.trainee.name })}</a></p>`}
    <h2 id="comments-title">${t('review.comments.title')} <span class="count">${comments.length}</span></h2>
    ${comments.length
      ? html`<ul class="comment-index">${comments.map((c) => html`<li>
          <a href="#${decisionAnchor(c.step)}">${t('debrief.step', { n: c.step + 1 })}</a> · <strong>${c.author.name}</strong>:
          <span class="comment-body">${c.body}</span>${mine && c.readAt === null ? html` <span class="chip new">${t('review.comments.new')}</span>` : nothing}
        </li>`)}</ul>`
      : html`<p class="muted">${served.canComment ? t('review.comments.noneYet') : t('review.comments.none')}</p>`}
    ${served.canComment ? deleteView(ctx, review.run.id) : nothing}
  </section>`;
}

/** Removing the attempt (and its comments) takes two clicks: the second says what goes. */
function deleteView(ctx: ViewContext, attemptId: string): TemplateResult {
  const { state, actions, t } = ctx;
  if (state.confirmDelete !== attemptId) {
    return html`<p class="delete-attempt"><button type="button" class="button small ghost" @click=${() => actions.askDeleteAttempt(attemptId)}>${t('review.attempt.delete')}</button></p>`;
  }
  return html`<div class="delete-attempt confirm" role="group" aria-labelledby="delete-question">
    <p id="delete-question">${t('review.attempt.deleteQuestion')}</p>
    <button type="button" class="button small danger" ${ref(focusOnce)} ?disabled=${isBusy(ctx, 'attempt')} @click=${() => void actions.deleteAttempt()}>${t('review.attempt.deleteYes')}</button>
    <button type="button" class="button small ghost" @click=${() => actions.askDeleteAttempt(null)}>${t('review.comments.cancel')}</button>
    ${formProblem(ctx, 'attempt')}
  </div>`;
}

/** The whole conversation, each decision with its options' evidence, the better option and its comments. */
export function servedTranscript(ctx: ViewContext): TemplateResult | typeof nothing {
  const { state, t } = ctx;
  const review = state.review as ShownReview;
  if (!review.served) return nothing;
  return html`<section class="panel served-transcript" aria-labelledby="transcript-title">
    <h2 id="transcript-title">${t('review.attempt.transcript')}</h2>
    <ol class="review-transcript">${review.snapshot.entries.map((entry) => entryView(ctx, review, entry))}</ol>
  </section>`;
}

function entryView(ctx: ViewContext, review: ShownReview, entry: TranscriptEntry): TemplateResult {
  const { t } = ctx;
  if (entry.kind === 'decision') return decisionView(ctx, review, entry.decision);
  const { beat } = entry;
  const who = beat.speaker === NARRATOR || beat.speaker === null ? null : beat.speaker === SELLER ? t('play.you') : (speakerName(review.snapshot.header, beat.speaker) ?? beat.speaker);
  return html`<li class="line ${who ? 'buyer' : 'narration'}">${who ? html`<span class="who">${who}</span>` : nothing}<span>${beat.text}</span></li>`;
}

function decisionView(ctx: ViewContext, review: ShownReview, decision: Decision): TemplateResult {
  const { state, t } = ctx;
  const served = review.served;
  const note = coachNote(decision);
  const chosen = decision.options[decision.chosen];
  const comments = (served?.comments ?? []).filter((c) => c.step === decision.step);
  return html`<li class="decision-review verdict-${note.verdict}" id=${decisionAnchor(decision.step)} tabindex="-1">
    <header><h3>${t('debrief.step', { n: decision.step + 1 })}</h3><span class="chip verdict">${t(`review.verdict.${note.verdict}`)}</span></header>
    <dl class="moment">
      <dt>${served?.trainee.id === state.user?.id ? t('debrief.youSaid') : t('review.attempt.said', { name: served?.trainee.name ?? '' })}</dt>
      <dd class="said">“${chosen?.text ?? ''}”</dd>
      <dd>${chosen ? evidenceChips(ctx, optionEvidence(chosen)) : nothing}</dd>
      ${note.better
        ? html`<dt>${t('debrief.better')}</dt><dd class="better">“${note.better.text}”</dd><dd>${evidenceChips(ctx, optionEvidence(note.better))}</dd>`
        : nothing}
    </dl>
    <details class="all-options"><summary>${t('review.attempt.options', { count: decision.options.length })}</summary>
      <ul>${decision.options.map((o, i) => html`<li class=${i === decision.chosen ? 'chosen' : ''}>“${o.text}” ${i === decision.chosen ? html`<strong>(${t('review.attempt.chosen')})</strong>` : nothing}<br />${evidenceChips(ctx, optionEvidence(o))}</li>`)}</ul>
    </details>
    ${comments.length ? html`<ul class="comments">${comments.map((c) => commentView(ctx, c))}</ul>` : nothing}
    ${served?.canComment ? commentForm(ctx, decision.step) : nothing}
  </li>`;
}

function commentView(ctx: ViewContext, comment: Comment): TemplateResult {
  const { state, actions, t } = ctx;
  const mine = comment.author.id === state.user?.id;
  const edited = comment.updatedAt !== comment.createdAt;
  if (mine && state.editing === comment.id) {
    const id = `edit-${comment.id}`;
    return html`<li class="comment editing">
      <form class="comment-form" @submit=${(e: Event) => {
        e.preventDefault();
        const body = String(new FormData(e.target as HTMLFormElement).get('body') ?? '');
        void actions.editComment(comment.id, body);
      }}>
        <label for=${id}>${t('review.comments.editLabel')}</label>
        <textarea id=${id} name="body" rows="3" required .value=${comment.body} ${ref(focusOnce)}></textarea>
        <div class="comment-actions">
          <button class="button primary small" ?disabled=${isBusy(ctx, 'comment')}>${t('review.comments.save')}</button>
          <button type="button" class="button ghost small" @click=${() => actions.setEditing(null)}>${t('review.comments.cancel')}</button>
        </div>
        ${formProblem(ctx, 'comment')}
      </form>
    </li>`;
  }
  return html`<li class="comment" data-comment=${comment.id}>
    <p class="comment-meta"><strong>${comment.author.name}</strong> · ${dateText(ctx, comment.createdAt, true)}${edited ? ` · ${t('review.comments.edited')}` : ''}</p>
    <p class="comment-body">${comment.body}</p>
    ${mine
      ? html`<div class="comment-actions">
          <button type="button" class="button small" @click=${() => actions.setEditing(comment.id)} aria-label="${t('review.comments.edit')}: ${t('debrief.step', { n: comment.step + 1 })}">${t('review.comments.edit')}</button>
          <button type="button" class="button small ghost" @click=${() => void actions.deleteComment(comment.id)} aria-label="${t('review.comments.delete')}: ${t('debrief.step', { n: comment.step + 1 })}">${t('review.comments.delete')}</button>
        </div>`
      : nothing}
  </li>`;
}

function commentForm(ctx: ViewContext, step: number): TemplateResult {
  const { state, actions, t } = ctx;
  const id = `comment-${step + 1}`;
  return html`<form class="comment-form" @submit=${async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '');
    if (await actions.addComment(step, body)) form.reset();
  }}>
    <label for=${id}>${t('review.comments.pinLabel', { n: step + 1 })}</label>
    <textarea id=${id} name="body" rows="2" required></textarea>
    <button class="button small primary" ?disabled=${isBusy(ctx, 'comment')}>${t('review.comments.pin')}</button>
    ${state.commentStep === step ? formProblem(ctx, 'comment') : nothing}
  </form>`;
}
