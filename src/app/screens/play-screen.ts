import { html, nothing, render, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { CoachNote } from '../../core/coach';
import { meterReadings } from '../../core/meters';
import { MOVE_IDS } from '../../core/rubric';
import { NARRATOR, SELLER, type StoryHeader } from '../../core/tags';
import type { Beat, RunSnapshot, TranscriptEntry } from '../../core/transcript';
import type { ViewContext } from '../views/context';
import { methodHref, moveWhy, phaseName, speakerName } from '../views/labels';

/** Where the Phaser stage is mounted; the shell owns its lifecycle. */
export interface StageSlot {
  attach(element: Element | undefined): void;
}

/** The play screen: the meeting room (Phaser) beside an HTML transcript and the trainee's options. */
export function playScreen(ctx: ViewContext, stage: StageSlot): TemplateResult {
  const { state, t } = ctx;
  const snapshot = state.snapshot as RunSnapshot;
  const { header } = snapshot;
  return html`
    <section class="play" aria-labelledby="play-title">
      <div class="play-bar">
        ${state.active?.assignmentId
          ? html`<a class="button ghost" href="/home">← ${t('play.backHome')}</a>`
          : html`<a class="button ghost" href="/">← ${t('play.back')}</a>`}
        <h1 id="play-title">${header.title}</h1>
        <a class="chip phase-${snapshot.phase}" href=${methodHref(snapshot.phase)} title=${t('play.phase', { n: snapshot.phase, name: phaseName(snapshot.phase, state.locale) })}>
          ${t('catalogue.phaseN', { n: snapshot.phase })} · ${phaseName(snapshot.phase, state.locale)}
        </a>
        <span class="chip mode">${t(`mode.${state.active?.mode ?? state.mode}`)}</span>
        ${(state.active?.mode ?? state.mode) === 'coach' ? meters(ctx, snapshot) : nothing}
      </div>
      ${state.active && state.active.mode !== state.mode && !snapshot.ended
        ? html`<p class="mode-next" role="status">${t('play.modeNext', { next: t(`mode.${state.mode}`), now: t(`mode.${state.active.mode}`) })}</p>`
        : nothing}
      <div class="play-body">
        <div class="stage setting-${header.setting}" ${ref((el) => stage.attach(el))} aria-hidden="true"></div>
        <div class="dialogue">
          <details class="brief-box" ?open=${snapshot.path.length === 0}>
            <summary>${t('play.brief')}</summary>
            ${header.objective ? html`<p class="objective"><strong>${t('debrief.objective', { objective: header.objective })}</strong></p>` : nothing}
            ${header.brief.split('\n\n').map((p) => html`<p>${p}</p>`)}
          </details>
          <div class="transcript-log" role="log" aria-live="polite" aria-label=${t('play.transcript')} tabindex="0">
            <ol class="transcript">
              ${snapshot.entries.map((entry) => line(ctx, header, entry))}
            </ol>
          </div>
          ${state.coach ? coachView(ctx, state.coach) : nothing}
          ${snapshot.ended ? endedView(ctx, header.id) : choicesView(ctx, snapshot)}
        </div>
      </div>
    </section>`;
}

/**
 * Draws every kind of line, the coach's note, a meter's move and the ending once, off screen, so the answer that
 * first shows one does not also prepare its template (lit parses a template's HTML on its first
 * use: a few milliseconds each on a slow laptop, all in that answer's frame). Run when idle.
 */
export function warmPlayScreen(ctx: ViewContext): void {
  const snapshot = ctx.state.snapshot;
  if (!snapshot) return;
  const beat = (speaker: string | null): TranscriptEntry => {
    const said: Beat = { text: '', speaker, mood: null, phase: null, milestones: [], outcome: null, causedBy: null, insider: null, enters: [] };
    return { kind: 'beat', beat: said };
  };
  const option = snapshot.choices[0] ?? { index: 0, text: '', moves: [], direct: [], why: null, cause: null };
  const entries: TranscriptEntry[] = [
    { kind: 'decision', decision: { step: 0, options: [option], chosen: 0, point: '' } },
    beat(SELLER),
    beat(NARRATOR),
    beat(snapshot.header.buyers[0]?.id ?? null),
  ];
  const move = MOVE_IDS[0];
  const coach = { step: 0, verdict: 'best' as const, moves: move ? [move] : [], better: option };
  const change = Object.fromEntries(meterReadings(snapshot.variables).map(({ name }) => [name, 1]));
  const state = { ...ctx.state, coach, change, snapshot: { ...snapshot, entries, ended: true } };
  // Laid out where no one sees it, not only built: the first italic or bold line also loads its font.
  const offscreen = document.createElement('div');
  offscreen.className = 'offscreen-warmup';
  offscreen.setAttribute('aria-hidden', 'true');
  document.body.append(offscreen);
  render(html`${playScreen({ ...ctx, state }, { attach: () => undefined })}${coachView(ctx, { ...coach, moves: [], better: null })}`, offscreen);
  void offscreen.offsetHeight;
  offscreen.remove();
}

// Stories scale trust and patience differently, so the meters show the value and how the last
// choice moved it, not a bar against a maximum the story never declared.
function meters({ state, t }: ViewContext, snapshot: RunSnapshot): TemplateResult[] {
  return meterReadings(snapshot.variables).map(({ name, value }) => {
    const delta = state.change?.[name] ?? 0;
    const moved = delta > 0 ? t('play.up', { n: delta }) : delta < 0 ? t('play.down', { n: -delta }) : '';
    return html`<span class="meter ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}">
      ${t(`play.${name}`)} <strong>${value}</strong>${delta ? html` <span class="delta" aria-hidden="true">${delta > 0 ? '▲' : '▼'}${Math.abs(delta)}</span>` : nothing}
      <span class="visually-hidden">${moved}</span>
    </span>`;
  });
}

function line({ t }: ViewContext, header: StoryHeader, entry: TranscriptEntry): TemplateResult {
  if (entry.kind === 'decision') {
    const said = entry.decision.options[entry.decision.chosen]?.text ?? '';
    return html`<li class="line seller decision"><span class="who">${t('play.you')}</span><span class="text" dir="auto">${said}</span></li>`;
  }
  const { beat } = entry;
  const name = speakerName(header, beat.speaker);
  // The story can go on in the trainee's voice after a choice: it reads as theirs, not as narration.
  if (beat.speaker === SELLER) {
    return html`<li class="line seller"><span class="who">${t('play.you')}</span><span class="text" dir="auto">${beat.text}</span></li>`;
  }
  if (!name || beat.speaker === NARRATOR) {
    return html`<li class="line narration"><span class="visually-hidden">${t('play.narrator')}: </span><span class="text" dir="auto">${beat.text}</span></li>`;
  }
  return html`<li class="line buyer mood-${beat.mood ?? 'same'}" data-speaker=${beat.speaker ?? ''}>
    <span class="who">${name}</span><span class="text" dir="auto">${beat.text}</span>
  </li>`;
}

function coachView({ state, t }: ViewContext, note: CoachNote): TemplateResult {
  return html`<aside class="coach verdict-${note.verdict}" role="status" aria-label=${t('coach.heading')}>
    <strong>${t('coach.heading')}: ${t(`coach.${note.verdict}`)}</strong>
    ${note.moves.length ? html`<ul>${note.moves.map((m) => html`<li>${moveWhy(m, state.locale)}</li>`)}</ul>` : html`<p>${t('coach.neutral')}</p>`}
    ${note.better ? html`<p class="better">${t('coach.better', { text: note.better.text })}</p>` : nothing}
  </aside>`;
}

/** Keys 1–9 choose (keyboard.ts); a tenth option is reached with Tab or a click. */
const MAX_KEYED = 9;

function choicesView({ actions, t }: ViewContext, snapshot: RunSnapshot): TemplateResult {
  return html`<div class="choices" role="group" aria-label=${t('play.choices')}>
    <p class="hint">${t(snapshot.choices.length > MAX_KEYED ? 'play.choiceHintMany' : 'play.choiceHint', { count: Math.min(snapshot.choices.length, MAX_KEYED) })}</p>
    ${snapshot.choices.map(
      (choice) => html`<button class="choice" data-index=${choice.index} @click=${() => actions.choose(choice.index)}>
        ${choice.index < MAX_KEYED ? html`<kbd aria-hidden="true">${choice.index + 1}</kbd>` : nothing}<span dir="auto">${choice.text}</span>
      </button>`,
    )}
  </div>`;
}

function endedView({ actions, t }: ViewContext, storyId: string): TemplateResult {
  return html`<div class="ended">
    <p>${t('play.ended')}</p>
    <button class="button primary" autofocus @click=${() => void actions.navigate({ name: 'debrief', storyId })}>${t('play.toDebrief')}</button>
    <button class="button ghost" @click=${() => void actions.restart()}>${t('play.restart')}</button>
  </div>`;
}
