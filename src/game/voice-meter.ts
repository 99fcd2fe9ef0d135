import Phaser from 'phaser';

const BARS = 7;
const GAP = 7;
const BAR_WIDTH = 5;
const HEIGHT = 26;
/**
 * How long the bars dance after a line begins: about as long as a spoken line. Then they rest
 * and the stage goes still, so the game loop can sleep while the trainee reads and thinks.
 */
export const TALK_MS = 3600;

/** A small level meter on a call card: bars dance while the buyer talks, dots when silent. */
export class VoiceMeter extends Phaser.GameObjects.Container {
  private readonly bars: Phaser.GameObjects.Rectangle[];

  constructor(scene: Phaser.Scene, x: number, y: number, colour: number) {
    super(scene, x, y);
    const span = BARS * BAR_WIDTH + (BARS - 1) * GAP;
    this.bars = Array.from({ length: BARS }, (_, i) =>
      new Phaser.GameObjects.Rectangle(scene, -span / 2 + BAR_WIDTH / 2 + i * (BAR_WIDTH + GAP), 0, BAR_WIDTH, HEIGHT, colour)
        .setRounded(BAR_WIDTH / 2),
    );
    this.add(this.bars);
    this.setTalking(false);
    scene.add.existing(this);
  }

  setTalking(talking: boolean): void {
    const tweens = this.scene.tweens;
    tweens.killTweensOf(this.bars);
    const rest = BAR_WIDTH / HEIGHT;
    this.bars.forEach((bar, i) => {
      bar.setScale(1, rest).setAlpha(talking ? 1 : 0.35);
      if (!talking) return;
      // Fixed, uneven periods per bar read as speech without any randomness.
      const duration = 180 + ((i * 3) % 5) * 45;
      tweens.add({
        targets: bar,
        scaleY: 0.45 + 0.55 * ((i * 5) % BARS) / (BARS - 1),
        duration,
        yoyo: true,
        repeat: Math.round(TALK_MS / (2 * duration)) - 1,
        ease: 'Sine.easeInOut',
      });
    });
  }

  override destroy(fromScene?: boolean): void {
    this.scene?.tweens.killTweensOf(this.bars);
    super.destroy(fromScene);
  }
}
