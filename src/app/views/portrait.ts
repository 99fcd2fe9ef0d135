import { html, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { ref } from 'lit-html/directives/ref.js';
import type { Buyer } from '../../core/tags';

/**
 * A buyer's portrait on the HTML screens: the initials, with the portrait drawn at build time on
 * top once its file has arrived. Until then, offline before it was cached, or if it fails, the
 * initials show (never a broken image).
 */
export function portrait(buyer: Pick<Buyer, 'name'>, url: string | undefined): TemplateResult {
  return html`<span class="avatar initials" aria-hidden="true"
    >${initials(buyer.name)}${url
      ? keyed(url, html`<img data-src=${url} alt="" width="52" height="52" decoding="async" @error=${hide} ${ref(whenNear)} />`)
      : ''}</span
  >`;
}

/**
 * The file is fetched when its card comes within a short scroll of the screen. `loading="lazy"`
 * is not enough: Chromium fetches lazy images up to 1,250 px or more away, which on the
 * catalogue is every card, all before the first click.
 */
const NEAR = '200px';
const nearby =
  typeof IntersectionObserver === 'undefined'
    ? null
    : new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting || !(entry.target instanceof HTMLImageElement)) continue;
            nearby?.unobserve(entry.target);
            show(entry.target);
          }
        },
        { rootMargin: NEAR },
      );

/** A new image element (keyed by its URL, so a card drawn for another scenario gets a new one). */
function whenNear(element: Element | undefined): void {
  if (!(element instanceof HTMLImageElement)) return;
  if (nearby) nearby.observe(element);
  else show(element);
}

/**
 * Portraits are decoration: they are asked for when the browser is idle, so their download and
 * drawing (an SVG image is drawn on the main thread) never hold up the first click.
 */
const waiting = new Set<HTMLImageElement>();
const show = (image: HTMLImageElement): void => {
  if (waiting.size === 0) {
    if ('requestIdleCallback' in window) requestIdleCallback(showWaiting, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(showWaiting, IDLE_TIMEOUT_MS / 10);
  }
  waiting.add(image);
};
const IDLE_TIMEOUT_MS = 2000;
const showWaiting = (): void => {
  for (const image of waiting) if (image.isConnected && image.dataset.src) image.src = image.dataset.src;
  waiting.clear();
};

const hide = (event: Event): void => {
  if (event.currentTarget instanceof HTMLElement) event.currentTarget.hidden = true;
};

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
