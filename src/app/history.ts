import { parseRoute, type Route } from './routes';
import { soonAfterPaint } from './schedule';
import type { AppStore, HistoryPort } from './store';

// On a cold page pushState took 4–16 ms, between the click on a card and its first line being
// drawn. The address may change a frame after the page does: the store's address changes wait,
// in order, until the next frame is painted (or a moment, where no frame comes: a hidden tab).
let waiting: (() => void)[] = [];
const writeWaiting = (): void => {
  const due = waiting;
  waiting = [];
  for (const write of due) write();
};
const later = (write: () => void): void => {
  if (!waiting.length) soonAfterPaint(writeWaiting);
  waiting.push(write);
};

/** The anchor of the address the page is at: none while the store's (anchorless) address is still to be written. */
export const addressHash = (): string => (waiting.length ? '' : window.location.hash);

/** The store's view of the browser history: it records places; Back and Forward come in by `bindHistory`. */
export const browserHistory: HistoryPort = {
  push: (path) => later(() => window.history.pushState(null, '', path)),
  replace: (path) => later(() => window.history.replaceState(null, '', path)),
};

/** The route the address bar names now. */
export function currentRoute(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

/**
 * Back and Forward show the place they land on, and a plain click on an in-app link navigates
 * without reloading the page (a click with a modifier key still opens a new tab, as on any site).
 * `backForward: false` (an LMS package) follows in-app links without reading the address bar.
 */
export function bindHistory(store: AppStore, root: HTMLElement, { backForward = true } = {}): () => void {
  const onPop = (): void => {
    // Back or Forward already moved the address: a change still waiting would be a step the user has left.
    waiting = [];
    void store.getState().arrive(currentRoute());
  };
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    // A link to a place on this page (the skip link) is the browser's to follow.
    if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
    event.preventDefault();
    const route = parseRoute(url.pathname, url.search);
    if (!url.hash) {
      void store.getState().navigate(route);
      return;
    }
    // A place on another page (a badge to its entry in the primer): the address keeps the anchor, and the shell scrolls to it.
    writeWaiting();
    window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
    void store.getState().arrive(route);
  };
  // Inside an LMS the address is the LMS's, not a place in the app: only the links are followed.
  if (backForward) window.addEventListener('popstate', onPop);
  root.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('popstate', onPop);
    root.removeEventListener('click', onClick);
  };
}
