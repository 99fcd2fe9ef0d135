import type { i18n } from 'i18next';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { PLAY_MODES } from '../core/attempts';
import { LOCALES, type Locale } from './locale';
import { catalogueScreen } from './screens/catalogue-screen';
import { debriefScreen } from './screens/debrief-screen';
import { playScreen } from './screens/play-screen';
import type { AppState, AppStore, CatalogueEntry } from './store';
import { chartSlot } from './views/chart-slot';
import type { ViewContext } from './views/context';
import { noticeView } from './views/notice';
import { stageSlot } from './views/stage-slot';

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

/** Renders the app into `root` on every state change. The shell draws; the store decides. */
export function mountShell(root: HTMLElement, store: AppStore, catalogue: readonly CatalogueEntry[], i18n: i18n): () => void {
  const stage = stageSlot(store);
  const chart = chartSlot(store);
  let scheduled = false;

  const draw = (): void => {
    scheduled = false;
    const state = store.getState();
    if (i18n.language !== state.locale) void i18n.changeLanguage(state.locale);
    document.documentElement.lang = state.locale;
    const ctx: ViewContext = { state, actions: state, t: i18n.t.bind(i18n) };
    render(page(ctx, catalogue, redraw, stage, chart), root);
    afterRender(state);
  };
  const redraw = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(draw);
  };

  let lastScreen: AppState['screen'] | null = null;
  let lastEntries = -1;
  const afterRender = (state: AppState): void => {
    if (state.screen !== 'play') stage.detach();
    if (state.screen !== 'debrief') chart.detach();
    const entries = state.snapshot?.entries.length ?? 0;
    if (state.screen === 'play' && entries !== lastEntries) {
      const log = root.querySelector('.transcript');
      log?.lastElementChild?.scrollIntoView({ block: 'nearest' });
      // Keyboard users keep their place: focus stays in the options, or moves to the next step.
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected || active.closest('.choices, .ended')) {
        (root.querySelector<HTMLElement>('.choice, .ended .primary'))?.focus({ preventScroll: true });
      }
    }
    // Not on the first draw: the page starts at the top, and scrolling would force a layout
    // before the first paint.
    if (state.screen !== lastScreen && lastScreen !== null) {
      root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
      window.scrollTo({ top: 0 });
    }
    lastScreen = state.screen;
    lastEntries = entries;
  };

  const unsubscribe = store.subscribe(redraw);
  draw();
  return () => {
    unsubscribe();
    stage.detach();
    chart.detach();
  };
}

function page(ctx: ViewContext, catalogue: readonly CatalogueEntry[], redraw: () => void, stage: ReturnType<typeof stageSlot>, chart: ReturnType<typeof chartSlot>): TemplateResult {
  const { state, actions, t } = ctx;
  return html`
    <a class="skip-link" href="#main">${t('app.skip')}</a>
    <header class="topbar">
      <button class="brand" @click=${actions.openCatalogue} aria-label=${t('app.name')}>
        <span class="logo" aria-hidden="true">◐</span> ${t('app.name')}
      </button>
      <p class="tagline">${t('app.tagline')}</p>
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
      </div>
    </header>
    ${noticeView(ctx)}
    <main id="main" tabindex="-1">
      ${state.screen === 'play' && state.snapshot
        ? playScreen(ctx, stage)
        : state.screen === 'debrief' && state.snapshot && state.review
          ? debriefScreen(ctx, chart)
          : catalogueScreen(ctx, catalogue, redraw)}
    </main>
    ${state.loading ? html`<div class="loading-bar" role="progressbar" aria-label=${t('catalogue.loading')}></div>` : nothing}
  `;
}
