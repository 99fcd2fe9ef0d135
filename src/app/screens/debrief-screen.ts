import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import { summariseAttempts } from '../../core/attempts';
import type { CitedMoment, ConceptFinding, DecidingMoment, MissedMoment } from '../../core/debrief';
import { CONCEPT_FLOOR, TEXTBOOK_CAP } from '../../core/scoring';
import type { RunSnapshot } from '../../core/transcript';
import { reviewChunk } from '../review-chunk';
import type { CatalogueEntry, ShownReview } from '../store';
import { nextUpView } from '../views/start-here';
import type { ViewContext } from '../views/context';
import { conceptName, methodHref, milestoneName, moveWhy, outcomeName, phaseName, speakerName } from '../views/labels';
import { deliveryLine } from '../views/outbox-view';
import { timelineView } from '../views/timeline';

/** An attempt played on a story version this build no longer has cannot be played on from a moment. */
const replayable = (state: ViewContext['state']): boolean => state.review?.replayable !== false;

/** Where the concept chart is drawn; the shell owns the chart's lifecycle. */
export interface ChartSlot {
  attach(element: Element | undefined, notAssessed: string): void;
}

/** The debrief: outcome and score, the 13 concepts, strongest and weakest with cited moments, the timeline. */
export function debriefScreen(ctx: ViewContext, chart: ChartSlot, catalogue: readonly CatalogueEntry[]): TemplateResult {
  const { state, actions, t } = ctx;
  const review = state.review as ShownReview;
  const { snapshot, debrief } = review;
  const locale = state.locale;
  const summary = summariseAttempts(state.attempts, snapshot.header.id);
  return html`
    <section class="debrief" aria-labelledby="debrief-title">
      <div class="debrief-head">
        <div>
          <p class="eyebrow">${t('debrief.heading')} · ${snapshot.header.title}</p>
          <h1 id="debrief-title" class="outcome ${debrief.success ? 'success' : 'failure'}">
            ${debrief.objective && debrief.outcome !== 'qualified-out'
              ? t(debrief.objective.reached ? 'debrief.objectiveReached' : 'debrief.objectiveMissed')
              : debrief.outcome ? outcomeName(debrief.outcome, locale) : '—'}
          </h1>
          ${debrief.objective
            ? html`<p class="objective">${t('debrief.objective', { objective: debrief.objective.text })} · ${t('debrief.outcomeWas', { outcome: debrief.outcome ? outcomeName(debrief.outcome, locale) : '—' })}</p>`
            : nothing}
          ${debrief.deciding ? decidingView(ctx, debrief.deciding) : nothing}
          ${debrief.success ? html`<p class="muted">${t('debrief.successOutcome')}</p>` : nothing}
          ${debrief.outcome === 'qualified-out' ? html`<p class="muted">${t('debrief.qualifiedOutNote')}</p>` : nothing}
          ${debrief.broken.length
            ? html`<p class="broken-note">${t('debrief.brokenNote', { floor: CONCEPT_FLOOR, cap: TEXTBOOK_CAP, concepts: debrief.broken.map((c) => `${c} ${conceptName(c, locale)}`).join('; ') })}</p>`
            : nothing}
          <p class="muted">${t('debrief.modeWas', { mode: t(`mode.${review.run.mode}`) })}</p>
          ${summary?.counted && summary.counted.count > 1 && !review.server ? html`<p class="progress-line">${t('debrief.firstBest', { ...summary.counted })}</p>` : nothing}
          ${!review.server || review.server.userId === state.user?.id ? nextUpView(ctx, catalogue, snapshot.header.id) : nothing}
          ${summary?.practice ? html`<p class="muted">${t('debrief.practiceApart', { count: summary.practice })}</p>` : nothing}
          ${review.server
            ? html`<p class="delivery saved">${t('delivery.serverScore', { score: review.server.score, result: review.server.passed ? t('debrief.passed') : t('debrief.failed') })}</p>`
            : deliveryLine(ctx, review.run.id)}
        </div>
        <div class="score-badge ${debrief.passed ? 'passed' : 'failed'}" role="img" aria-label="${t('debrief.score')} ${debrief.overall} / 100, ${debrief.passed ? t('debrief.passed') : t('debrief.failed')}">
          <span class="score-number">${debrief.overall}</span>
          <span class="score-label">${debrief.passed ? t('debrief.passed') : t('debrief.failed')}</span>
          <span class="score-mark">${t('debrief.passMark', { mark: debrief.passMark })}</span>
        </div>
      </div>
      ${review.served ? reviewChunk()?.servedHead(ctx) : nothing}

      <div class="debrief-grid">
        <figure class="panel chart-panel">
          <figcaption>${t('debrief.chart')}</figcaption>
          <div class="chart-box"><canvas ${ref((el) => chart.attach(el, t('debrief.notAssessed')))} role="img" aria-label=${t('debrief.chart')}></canvas></div>
          <details>
            <summary>${t('debrief.table')}</summary>
            <table class="grades">
              <thead><tr><th scope="col">${t('debrief.concept')}</th><th scope="col">${t('debrief.grade')}</th></tr></thead>
              <tbody>
                ${debrief.grades.map((g) => html`<tr><th scope="row"><a href=${methodHref(g.concept)}>${g.concept} ${conceptName(g.concept, locale)}</a></th><td>${g.grade ?? t('debrief.notAssessed')}</td></tr>`)}
              </tbody>
            </table>
          </details>
        </figure>
        <div class="findings">
          <h2>${t('debrief.strongest')}</h2>
          ${debrief.strongest.map((f) => findingView(ctx, snapshot, f, 'strong'))}
          <h2>${t('debrief.weakest')}</h2>
          ${debrief.weakest.length ? debrief.weakest.map((f) => findingView(ctx, snapshot, f, 'weak')) : html`<p class="muted">${t('debrief.nothingWeak')}</p>`}
        </div>
      </div>

      ${debrief.missed.length ? missedView(ctx, debrief.missed) : nothing}

      <section class="panel">
        <h2>${t('debrief.timeline')}</h2>
        ${timelineView(ctx, snapshot.header, debrief.timeline)}
        <p class="muted">${t('debrief.endedInPhase', { n: snapshot.phase, name: phaseName(snapshot.phase, locale) })}</p>
        <h3>${t('debrief.milestonesReached')}</h3>
        <p>${debrief.milestones.length ? debrief.milestones.map((m) => html`<span class="chip milestone">${milestoneName(m, locale)}</span> `) : t('debrief.noMilestones')}</p>
      </section>
      ${review.served ? reviewChunk()?.servedTranscript(ctx) : nothing}

      <div class="debrief-actions">
        <button class="button primary" @click=${() => void actions.restart()}>${t('debrief.again')}</button>
        ${review.run.assignmentId
          ? html`<a class="button ghost" href="/home">${t('debrief.home')}</a>`
          : html`<a class="button ghost" href="/">${t('debrief.catalogue')}</a>`}
      </div>
    </section>`;
}

function findingView(ctx: ViewContext, snapshot: RunSnapshot, finding: ConceptFinding, kind: 'strong' | 'weak'): TemplateResult {
  const { state } = ctx;
  return html`<article class="finding ${kind}" data-concept=${finding.concept}>
    <header>
      <span class="concept-id">${finding.concept}</span>
      <h3><a href=${methodHref(finding.concept)}>${conceptName(finding.concept, state.locale)}</a></h3>
      <span class="grade">${finding.grade}</span>
    </header>
    ${momentView(ctx, snapshot, finding.moment)}
  </article>`;
}

/** The debrief opens with the choice that decided an unsuccessful ending. */
function decidingView({ state, actions, t }: ViewContext, deciding: DecidingMoment): TemplateResult {
  return html`<div class="deciding ${deciding.violation ? 'violation' : ''}" role="note">
    <p>${t('debrief.decidedBy', { n: deciding.step + 1 })}</p>
    <p class="said">“${deciding.said}”</p>
    ${deciding.moves.map((m) => html`<p class="muted">${moveWhy(m, state.locale)}</p>`)}
    <p>${t(deciding.violation ? 'debrief.decidedViolation' : 'debrief.decidedClean')}</p>
    ${replayable(state) ? html`<button class="button small replay" @click=${() => actions.rewind(deciding.step)} aria-label="${t('debrief.replayHere')} (${t('debrief.step', { n: deciding.step + 1 })})">↺ ${t('debrief.replayHere')}</button>` : nothing}
  </div>`;
}

function momentView({ state, actions, t }: ViewContext, snapshot: RunSnapshot, moment: CitedMoment): TemplateResult {
  const locale = state.locale;
  const buyer = moment.reaction ? speakerName(snapshot.header, moment.reaction.speaker) : null;
  const whys = [...moment.moves.map((m) => moveWhy(m, locale)), ...(moment.directWhy ? [moment.directWhy] : [])];
  return html`<dl class="moment">
    <dt>${t('debrief.step', { n: moment.step + 1 })} · ${t('debrief.youSaid')}</dt>
    <dd class="said">“${moment.said}”</dd>
    ${moment.reaction
      ? html`<dt>${buyer ? t('debrief.buyerReacted', { name: buyer }) : t('play.narrator')}</dt>
          <dd class="reaction mood-${moment.reaction.mood ?? 'same'}">“${moment.reaction.text}”</dd>`
      : nothing}
    ${whys.length
      ? html`<dt>${t('debrief.whyMatters')}</dt>${whys.map((w) => html`<dd>${w}</dd>`)}`
      : moment.better
        ? html`<dt>${t('debrief.whyMatters')}</dt><dd>${t('debrief.noEvidence')}</dd>`
        : nothing}
    ${moment.better
      ? html`<dt>${t('debrief.better')}</dt>
          <dd class="better">“${moment.better.option.text}”${moment.better.moves.map((m) => html`<br /><small>${moveWhy(m, locale)}</small>`)}</dd>`
      : nothing}
  </dl>
  ${replayable(state) ? html`<button class="button small replay" data-step=${moment.step} @click=${() => void actions.rewind(moment.step)} aria-label="${t('debrief.replayHere')} (${t('debrief.step', { n: moment.step + 1 })})">↺ ${t('debrief.replayHere')}</button>` : nothing}`;
}

function missedView({ state, actions, t }: ViewContext, missed: readonly MissedMoment[]): TemplateResult {
  return html`<section class="panel">
    <h2>${t('debrief.missed')}</h2>
    <ol class="missed">
      ${missed.map(
        (m) => html`<li>
          <p><strong>${t('debrief.step', { n: m.step + 1 })}</strong> · ${t('debrief.youSaid')}: “${m.said}”</p>
          <p class="better">${t('debrief.better')}: “${m.better.text}”</p>
          ${m.betterMoves.length ? html`<p class="muted">${m.betterMoves.map((mv) => moveWhy(mv, state.locale)).join(' ')}</p>` : nothing}
          ${replayable(state) ? html`<button class="button small replay" data-step=${m.step} @click=${() => void actions.rewind(m.step)} aria-label="${t('debrief.replayHere')} (${t('debrief.step', { n: m.step + 1 })})">↺ ${t('debrief.replayHere')}</button>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
