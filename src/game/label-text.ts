import type Phaser from 'phaser';

/** The app's own font stack, so names on the stage match the HTML around it (CJK included). */
export const STAGE_FONT = "'Inter', 'Segoe UI', system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

export interface LabelOptions {
  readonly size: number;
  readonly color: string;
  readonly bold?: boolean;
  /** The label shrinks, then gets an ellipsis, to stay within this width. */
  readonly maxWidth: number;
}

/** No label shows more than this many characters, however wide the frame. */
const MAX_LABEL_CHARS = 120;

/** A crisp single-line label centred on (x, y) that never overflows its frame. */
export function addLabel(scene: Phaser.Scene, x: number, y: number, text: string, options: LabelOptions): Phaser.GameObjects.Text {
  const label = scene.add
    .text(x, y, text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS)}…` : text, {
      fontFamily: STAGE_FONT,
      fontSize: `${options.size}px`,
      fontStyle: options.bold ? 'bold' : 'normal',
      color: options.color,
      // Rendered at twice the stage's resolution: the canvas is usually scaled up on screen.
      resolution: 2,
    })
    .setOrigin(0.5);
  const minScale = 0.8;
  if (label.width * minScale > options.maxWidth) {
    const fits = (cut: number): boolean => label.setText(`${text.slice(0, cut).trimEnd()}…`).width * minScale <= options.maxWidth;
    fits(longestFit(Math.min(text.length - 1, MAX_LABEL_CHARS), fits));
  }
  label.setScale(Math.min(1, options.maxWidth / label.width));
  return label;
}

/**
 * The largest n in 1…max for which `fits(n)` holds (1 when none does), given that it holds up
 * to some n and not beyond. Found by halving: each try is a canvas text layout, and a name of
 * thousands of characters cut one character at a time froze the stage.
 */
export function longestFit(max: number, fits: (n: number) => boolean): number {
  let low = 1;
  let high = Math.max(1, max);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
