import Phaser from 'phaser';
import { MeetingScene, type MeetingSceneData } from './meeting-scene';
import { rendererChoice } from './renderer-choice';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage-layout';
import type { StageHandle, StageSource } from './stage-types';

/**
 * Mounts the meeting room in `parent` and keeps it in step with `source`. Resolves once the
 * first state is drawn. The canvas takes no input at all and is hidden from assistive
 * technology: the HTML dialogue beside it carries every word and every key press.
 */
export async function mountStage(parent: HTMLElement, source: StageSource): Promise<StageHandle> {
  let ready!: () => void;
  const drawn = new Promise<void>((resolve) => (ready = resolve));
  const { config, resolution } = rendererChoice(parent.clientWidth * devicePixelRatio, STAGE_WIDTH);
  const game = new Phaser.Game({
    ...config,
    parent,
    width: Math.round(STAGE_WIDTH * resolution),
    height: Math.round(STAGE_HEIGHT * resolution),
    transparent: true,
    banner: false,
    // The room is mostly still: 30 frames a second keep a 250 ms fade smooth at half the work.
    fps: { limit: 30 },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    // Phaser listens for keys on window by default and would swallow Space and digits meant for
    // the HTML dialogue (played with keys 1–9); its touch handler would block page scrolling.
    // The stage needs no input, so none is enabled: no listeners at all, on window or canvas.
    // (If the keyboard is ever needed, give it `{ target: parent }`, never window.)
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    callbacks: { postBoot: (booted) => booted.canvas.setAttribute('aria-hidden', 'true') },
  });
  const data: MeetingSceneData = { source, resolution, onReady: () => ready() };
  game.scene.add('MeetingScene', MeetingScene, true, data);
  // A sleeping loop does not notice the page's layout change: wake it to fit the canvas again.
  const resized = new ResizeObserver(() => {
    if (game.isRunning) game.loop.wake();
  });
  resized.observe(parent);
  await drawn;
  return {
    destroy: () => {
      resized.disconnect();
      // Phaser destroys a game on its next step: a sleeping loop would never take it, and the
      // scene would stay subscribed to the store, to wake a loop that is gone on the next change.
      game.destroy(true);
      game.loop.wake();
    },
  };
}
