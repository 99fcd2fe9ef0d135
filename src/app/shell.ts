import { html, nothing, render, type TemplateResult } from 'lit-html';
import { PLAY_MODES } from '../core/attempts';
import { showLocale, type Translator } from './i18n';
import { LOCALES, type Locale } from './locale';
import { loadReviewChunk, onReviewChunk, reviewChunk } from './review-chunk';
import { routePath } from './routes';
import { addressHash } from './history';
import { briefScreen } from './screens/brief-screen';
import { catalogueScreen } from './screens/catalogue-screen';
import { homeScreen } from './screens/home-screen';
import { loginScreen } from './screens/login-screen';
import { methodScreen } from './screens/method-screen';
import { notFoundScreen } from './screens/not-found-screen';
import { passwordScreen } from './screens/password-screen';
import { setupScreen } from './screens/setup-screen';
import { accountMenu, claimOffer } from './views/account-menu';
import { debriefScreen } from './screens/debrief-screen';
import { playScreen, warmPlayScreen } from './screens/play-screen';
import { whenIdle } from './schedule';
import { inLocale, type AppState, type AppStore, type CatalogueEntry } from './store';
import { chartSlot } from './views/chart-slot';
import type { ViewContext } from './views/context';
import { noticeView } from './views/notice';
import { stageSlot } from './views/stage-slot';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Renders the app into `root` on every state change. The shell draws; the store decides. */
export function mountShell(root: HTMLElement, store: AppStore, catalogue: readonly CatalogueEntry[], i18n: Translator): () => void {
  const stage = stageSlot(store);
  const chart = chartSlot(store);
  let scheduled = false;
  let switching: Locale | null = null;

  const draw = (): void => {
    scheduled = false;
    const state = store.getState();
    // Until the other language's strings have arrived, the page stays in the one it had.
    if (i18n.language !== state.locale && switching !== state.locale) {
      switching = state.locale;
      void showLocale(i18n, state.locale)
        .catch(() => store.setState({ locale: i18n.language, notice: { key: 'load-failed', params: { id: state.locale } } }))
        .finally(() => {
          switching = null;
          redraw();
        });
    }
    // Only on a change: writing `lang` even with the same value restyles the whole document (every
    // transcript line, on every answer), as `lang` can change any element's language-dependent style.
    if (document.documentElement.lang !== state.locale) document.documentElement.lang = state.locale;
    const ctx: ViewContext = { state, actions: state, t: i18n.t, now: new Date() };
    // Titles, briefs and buyers in the language shown, where the scenario has been translated.
    const shown = catalogue.map((entry) => inLocale(entry, state.locale));
    render(page(ctx, shown, stage, chart), root);
    afterRender(state);
  };
  const redraw = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(draw);
  };

  let lastPlace: string | null = null;
  let lastEntries = -1;
  let warmed = false;
  const afterRender = (state: AppState): void => {
    const shown = screenOf(state);
    if (shown === 'play' && !warmed) {
      warmed = true;
      whenIdle(() => {
        const now = store.getState();
        if (screenOf(now) === 'play') warmPlayScreen({ state: now, actions: now, t: i18n.t, now: new Date() });
        else warmed = false;
      });
    }
    if (shown !== 'play') stage.detach();
    if (shown !== 'debrief') chart.detach();
    const entries = state.snapshot?.entries.length ?? 0;
    const place = `${routePath(state.route)}|${shown}`;
    // Coming to a new place, focus goes to its heading below: moving it to the options first would
    // only cost layouts on the way to the first line.
    const arriving = place !== lastPlace && lastPlace !== null;
    if (shown === 'play' && entries !== lastEntries) {
      // Focus first, then scroll: a focus change restyles, and each scroll after it would lay the page out again.
      // Keyboard users keep their place: focus stays in the options, or moves to the next step.
      const active = document.activeElement;
      const next = !arriving && (!active || active === document.body || !active.isConnected || active.closest('.choices, .ended')) ? root.querySelector<HTMLElement>('.choice, .ended .primary') : null;
      next?.focus({ preventScroll: true });
      root.querySelector('.transcript')?.lastElementChild?.scrollIntoView({ block: 'nearest' });
      if (next) {
        // Zoomed in (200 %), the coach's note and the focused option may be below the fold: bring them into view.
        root.querySelector('.coach')?.scrollIntoView({ block: 'nearest' });
        next.scrollIntoView({ block: 'nearest' });
      }
    }
    // A new place reads like a new page: focus on its heading (for screen readers), scrolled to the top.
    // Not on the first draw: the page starts at the top, and scrolling would force a layout before the first paint.
    if (place !== lastPlace) {
      const hash = addressHash();
      const anchor = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
      if (anchor) {
        // An address with an anchor (a badge's link into the primer) opens at that entry.
        anchor.tabIndex = -1;
        anchor.focus({ preventScroll: true });
        anchor.scrollIntoView({ block: 'start' });
      } else {
        if (arriving) {
          root.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: false });
          window.scrollTo({ top: 0 });
        }
      }
    }
    lastPlace = place;
    lastEntries = entries;
  };

  const unsubscribe = store.subscribe(redraw);
  const unhear = onReviewChunk((chunk) => {
    chunk.registerMessages(i18n);
    redraw();
  });
  reviewChunk()?.registerMessages(i18n);
  draw();
  return () => {
    unsubscribe();
    unhear();
    stage.detach();
    chart.detach();
  };
}

type Shown = 'play' | 'debrief' | 'waiting' | 'other';

/** Which kind of screen the state shows: a run's screens wait until their run is ready. */
function screenOf(state: AppState): Shown {
  const { route } = state;
  if (route.name === 'play') return state.snapshot && state.active?.storyId === route.storyId && state.active.assignmentId === route.assignmentId ? 'play' : 'waiting';
  if (route.name === 'debrief') return state.review?.run.storyId === route.storyId ? 'debrief' : 'waiting';
  if (route.name === 'attempt') return state.review?.run.id === route.attemptId ? 'debrief' : 'waiting';
  return 'other';
}

function screen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], stage: ReturnType<typeof stageSlot>, chart: ReturnType<typeof chartSlot>): TemplateResult {
  const { state, t } = ctx;
  const { route } = state;
  const waiting = html`<p class="waiting" role="status">${t('catalogue.loading')}</p>`;
  switch (screenOf(state)) {
    case 'play':
      return playScreen(ctx, stage);
    case 'debrief':
      return debriefScreen(ctx, chart, catalogue);
    case 'waiting':
      return waiting;
    case 'other':
      break;
  }
  switch (route.name) {
    case 'scenario': {
      const entry = catalogue.find((e) => e.header.id === route.storyId);
      return entry ? briefScreen(ctx, entry) : catalogueScreen(ctx, catalogue);
    }
    case 'not-found':
      return notFoundScreen(ctx);
    case 'method':
      return methodScreen(ctx);
    case 'login':
      return loginScreen(ctx);
    case 'setup':
      return setupScreen(ctx, route.token);
    case 'invite':
    case 'reset':
      return passwordScreen(ctx, route.name, route.token);
    case 'home':
      return state.user ? homeScreen(ctx, catalogue) : waiting;
    case 'manage':
    case 'team':
    case 'team-view':
    case 'person':
      return state.user ? lazyScreen(ctx, catalogue, waiting) : waiting;
    case 'progress':
      return state.sessionKnown ? lazyScreen(ctx, catalogue, waiting) : waiting;
    case 'certificate':
      return lazyScreen(ctx, catalogue, waiting);
    default:
      return catalogueScreen(ctx, catalogue);
  }
}

/** A screen of the review chunk: "loading" until the chunk is in (it redraws then). */
function lazyScreen(ctx: ViewContext, catalogue: readonly CatalogueEntry[], waiting: TemplateResult): TemplateResult {
  const chunk = reviewChunk();
  if (chunk) return chunk.reviewScreen(ctx, catalogue);
  void loadReviewChunk().catch(() => undefined);
  return waiting;
}

function page(ctx: ViewContext, catalogue: readonly CatalogueEntry[], stage: ReturnType<typeof stageSlot>, chart: ReturnType<typeof chartSlot>): TemplateResult {
  const { state, actions, t } = ctx;
  return html`
    <a class="skip-link" href="#main">${t('app.skip')}</a>
    <header class="topbar">
      <a class="brand" href="/">
        <span class="logo" aria-hidden="true">◐</span> ${t('app.name')}
      </a>
      <p class="tagline">${t('app.tagline')}</p>
      <a class="method-link" href="/method">${t('method.link')}</a>
      <div class="toggles">
        <label class="toggle">
          <span>${t('app.mode')}</span>
          <select data-setting="mode" @change=${(e: Event) => actions.setMode((e.target as HTMLSelectElement).value as (typeof PLAY_MODES)[number])}>
            ${PLAY_MODES.map((m) => html`<option value=${m} ?selected=${state.mode === m} title=${t(`mode.${m}Hint`)}>${t(`mode.${m}`)}</option>`)}
          </select>
        </label>
        <label class="toggle">
          <span>${t('app.language')}</span>
          <select data-setting="locale" @change=${(e: Event) => actions.setLocale((e.target as HTMLSelectElement).value as Locale)}>
            ${LOCALES.map((l) => html`<option value=${l} ?selected=${state.locale === l}>${LOCALE_NAMES[l]}</option>`)}
          </select>
        </label>
        ${accountMenu(ctx)}
      </div>
    </header>
    ${noticeView(ctx)} ${claimOffer(ctx)}
    <main id="main" tabindex="-1">
      ${screen(ctx, catalogue, stage, chart)}
    </main>
    ${state.loading ? html`<div class="loading-bar" role="progressbar" aria-label=${t('catalogue.loading')}></div>` : nothing}
  `;
}
