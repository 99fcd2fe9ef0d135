import type { Mood } from '../../core/buying';
import type { Buyer } from '../../core/tags';
import { loadChunk } from '../chunks';
import { whenIdle } from '../schedule';

/**
 * Buyer portraits for the HTML screens. The avatar library loads in its own chunk once the
 * first screen is painted and the browser is idle; portraits are then drawn a few at a time in
 * idle moments, so a click on a card never waits for them. Until then cards show initials.
 */
type PortraitModule = typeof import('../../game/portraits');

type Wanted = { readonly buyer: Pick<Buyer, 'id' | 'look'>; readonly mood: Mood };

let module: PortraitModule | null = null;
let loading = false;
let scheduled = false;
const urls = new Map<string, string>();
const wanted = new Map<string, Wanted>();
const listeners = new Set<() => void>();

export function portraitUrl(buyer: Pick<Buyer, 'id' | 'look'>, mood: Mood, onReady: () => void): string | null {
  const key = `${buyer.id}/${mood}`;
  const url = urls.get(key);
  if (url) return url;
  wanted.set(key, { buyer, mood });
  listeners.add(onReady);
  if (!loading) {
    loading = true;
    whenIdle(() =>
      void loadChunk(() => import('../../game/portraits'))
        .then((m) => {
          module = m;
          schedule();
        })
        // Initials stand in meanwhile; the next card drawn asks again.
        .catch(() => {
          loading = false;
        }),
    );
  } else if (module) {
    schedule();
  }
  return null;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle((timeLeft) => {
    scheduled = false;
    drawSome(timeLeft);
  });
}

/** Draws portraits while this idle period lasts, then asks for another if some are left. */
function drawSome(timeLeft: () => number): void {
  if (!module) return;
  do {
    const next = wanted.entries().next();
    if (next.done) break;
    const [key, { buyer, mood }] = next.value;
    wanted.delete(key);
    urls.set(key, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(module.portraitSvg(buyer.id, mood, { look: buyer.look }))}`);
  } while (timeLeft() > 4);
  const redraw = [...listeners];
  listeners.clear();
  for (const onReady of redraw) onReady();
  if (wanted.size) schedule();
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
