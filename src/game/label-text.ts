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

/** A crisp single-line label centred on (x, y) that never overflows its frame. */
export function addLabel(scene: Phaser.Scene, x: number, y: number, text: string, options: LabelOptions): Phaser.GameObjects.Text {
  const label = scene.add
    .text(x, y, text, {
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
    let cut = text.length;
    while (cut > 1 && label.width * minScale > options.maxWidth) label.setText(`${text.slice(0, --cut).trimEnd()}…`);
  }
  label.setScale(Math.min(1, options.maxWidth / label.width));
  return label;
}
