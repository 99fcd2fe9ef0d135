import type { Mood } from '../../core/buying';
import type { Buyer } from '../../core/tags';

/**
 * Buyer portraits for the HTML screens. The avatar library loads in its own chunk after the
 * first screen is up; until then cards show initials, then redraw.
 */
type PortraitModule = typeof import('../../game/portraits');

let module: PortraitModule | null = null;
let loading: Promise<void> | null = null;
const urls = new Map<string, string>();

export function portraitUrl(buyer: Pick<Buyer, 'id' | 'look'>, mood: Mood, onReady: () => void): string | null {
  if (!module) {
    loading ??= import('../../game/portraits').then((m) => {
      module = m;
      onReady();
    });
    return null;
  }
  const key = `${buyer.id}/${mood}`;
  let url = urls.get(key);
  if (!url) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(module.portraitSvg(buyer.id, mood, { look: buyer.look }))}`;
    urls.set(key, url);
  }
  return url;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
