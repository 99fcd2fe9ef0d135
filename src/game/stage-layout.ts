/**
 * Where things go on the stage, in the scene's fixed 960×720 coordinates (scaled to fit by
 * Phaser). Pure numbers, no Phaser, so layouts can be checked without a renderer.
 */
export const STAGE_WIDTH = 960;
export const STAGE_HEIGHT = 720;

/** Drawing order, back to front. */
export const DEPTH = { backdrop: 0, frame: 10, portrait: 20, foreground: 30, label: 40 } as const;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A portrait stands on `bottom`, centred on `x`, `size` pixels square. */
export interface PortraitSlot {
  readonly x: number;
  readonly bottom: number;
  readonly size: number;
}

/** The far edge of the table in the table rooms' art: buyers sit behind it. */
export const TABLE_EDGE = 528;

export interface TableSeat {
  readonly portrait: PortraitSlot;
  /** The name card standing on the table, centred on (x, y). */
  readonly plate: { readonly x: number; readonly y: number; readonly width: number };
}

export function tableSeats(count: number): TableSeat[] {
  const span = 900;
  const pitch = span / Math.max(count, 1);
  // Avataaars busts are narrower than their square box, so neighbours may overlap a little.
  const size = Math.min(380, pitch * 1.15);
  return Array.from({ length: count }, (_, i) => {
    const x = (STAGE_WIDTH - span) / 2 + pitch * (i + 0.5);
    return {
      portrait: { x, bottom: TABLE_EDGE + size * 0.09, size },
      plate: { x, y: 574, width: Math.min(220, pitch - 16) },
    };
  });
}

export interface CallCard {
  readonly card: Box;
  readonly portrait: PortraitSlot;
  /** Vertical centres of the name line and of the voice meter under it. */
  readonly nameY: number;
  readonly meterY: number;
}

export function callCards(count: number): CallCard[] {
  const gap = 20;
  const n = Math.max(count, 1);
  const width = Math.min(300, (880 - gap * (n - 1)) / n);
  const size = Math.min(200, width - 36);
  const height = size + 180;
  const left = (STAGE_WIDTH - (width * n + gap * (n - 1))) / 2;
  // Centred between the call status pill and the call controls of the phone art.
  const top = 372 - height / 2;
  return Array.from({ length: count }, (_, i) => {
    const x = left + i * (width + gap);
    const bottom = top + 30 + size;
    return {
      card: { x, y: top, width, height },
      portrait: { x: x + width / 2, bottom, size },
      nameY: bottom + 34,
      meterY: bottom + 110,
    };
  });
}

export interface VideoTile {
  readonly tile: Box;
  readonly portrait: PortraitSlot;
}

/** The video-call window's grid area, between its title bar and its control bar. */
export const VIDEO_AREA: Box = { x: 24, y: 66, width: 912, height: 540 };

export function videoTiles(count: number): VideoTile[] {
  const gap = 12;
  const cols = count <= 1 ? 1 : count <= 4 ? 2 : 3;
  const rows = Math.ceil(count / cols);
  const area = VIDEO_AREA;
  const width = Math.min((area.width - gap * (cols - 1)) / cols, ((area.height - gap * (rows - 1)) / rows) * (4 / 3));
  const height = width * (3 / 4);
  const top = area.y + (area.height - (height * rows + gap * (rows - 1))) / 2;
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / cols);
    // A short last row is centred, as call apps do.
    const inRow = Math.min(cols, count - row * cols);
    const left = area.x + (area.width - (width * inRow + gap * (inRow - 1))) / 2;
    const x = left + (i % cols) * (width + gap);
    const y = top + row * (height + gap);
    return {
      tile: { x, y, width, height },
      portrait: { x: x + width / 2, bottom: y + height, size: height * 0.88 },
    };
  });
}
