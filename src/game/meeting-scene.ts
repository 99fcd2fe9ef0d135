import Phaser from 'phaser';
import { PortraitSprite, type Presence } from './portrait-sprite';
import { haloKey, loadPortraits, portraitKey, shadeKey } from './portrait-textures';
import { loadRoomArt } from './room-art';
import { buildStageSet, PORTRAIT_VARIANT, type StageSet } from './stage-set';
import { STAGE_HEIGHT, STAGE_WIDTH } from './stage-layout';
import type { StageBuyer, StageSource, StageState } from './stage-types';

export interface MeetingSceneData {
  readonly source: StageSource;
  /** Canvas pixels per stage unit: the scene is laid out in stage units whatever the canvas. */
  readonly resolution: number;
  /** Called once, when a first state is on screen (or its art could not be loaded). */
  readonly onReady: () => void;
}

/** What is on screen now; rebuilt whenever the cast or the setting changes. */
interface Cast {
  readonly key: string;
  readonly set: StageSet;
  readonly portraits: readonly PortraitSprite[];
}

/**
 * The meeting room: draws whatever state the source holds and follows its changes. A pure
 * view: it decides nothing about the story or the score.
 */
export class MeetingScene extends Phaser.Scene {
  private source!: StageSource;
  private resolution = 1;
  /** Emptied once called, so the scene reports ready exactly once. */
  private onReady: (() => void) | null = null;
  private cast: Cast | null = null;
  /** Bumped by every state; an older state still loading its art is then dropped. */
  private latest = 0;
  /** States whose art is still loading: the loop stays awake for them. */
  private loading = 0;

  constructor() {
    super('MeetingScene');
  }

  init(data: MeetingSceneData): void {
    this.source = data.source;
    this.resolution = data.resolution;
    this.onReady = data.onReady;
  }

  create(): void {
    this.cameras.main.setZoom(this.resolution).centerOn(STAGE_WIDTH / 2, STAGE_HEIGHT / 2);
    let unsubscribe: (() => void) | null = this.source.subscribe((state) => {
      this.game.loop.wake();
      void this.show(state);
    });
    const stop = (): void => {
      unsubscribe?.();
      unsubscribe = null;
      this.latest += 1;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stop();
      this.clearCast();
    });
    // On destroy the scene's systems (tweens included) are already going: just let go.
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      stop();
      this.cast = null;
    });
    void this.show(this.source.getState());
  }

  /**
   * The room is still most of the time: once nothing moves and nothing loads, the loop sleeps
   * (no frames drawn at all) until the next state wakes it. This frame still draws.
   */
  override update(): void {
    if (this.loading === 0 && this.tweens.getTweens().length === 0) this.game.loop.sleep();
  }

  private async show(state: StageState): Promise<void> {
    const ticket = ++this.latest;
    const variant = PORTRAIT_VARIANT[state.setting];
    this.loading += 1;
    try {
      await Promise.all([
        loadRoomArt(this.textures, state.setting),
        loadPortraits(this.textures, state.buyers, variant),
      ]);
    } catch (error) {
      // A missing picture must not stop the conversation, which is HTML and goes on without us.
      console.warn('Stage art failed to load:', error);
      this.reportReady();
      return;
    } finally {
      this.loading -= 1;
    }
    if (ticket !== this.latest) return;
    this.game.loop.wake();
    const key = castKey(state);
    const animate = this.cast?.key === key;
    if (!animate) this.buildCast(state, key);
    this.applyState(state, animate);
    this.reportReady();
  }

  private reportReady(): void {
    const onReady = this.onReady;
    this.onReady = null;
    onReady?.();
  }

  private buildCast(state: StageState, key: string): void {
    this.clearCast();
    const set = buildStageSet(this, state.setting, state.buyers);
    const portraits = state.buyers.map((buyer, i) => {
      const slot = set.slots[i];
      if (!slot) throw new Error(`No place on stage for buyer ${buyer.id}.`);
      return new PortraitSprite(this, slot, {
        face: portraitKey(buyer.id, buyer.mood, set.variant),
        halo: set.emphasis.glow ? haloKey(buyer.id, set.variant) : null,
        shade: shadeKey(buyer.id, set.variant),
        speakingScale: set.emphasis.scale,
      });
    });
    this.cast = { key, set, portraits };
  }

  private applyState(state: StageState, animate: boolean): void {
    const cast = this.cast;
    if (!cast) return;
    const someoneSpeaks = state.buyers.some((b) => b.speaking);
    state.buyers.forEach((buyer, i) => {
      const presence = presenceOf(buyer, someoneSpeaks);
      cast.portraits[i]?.showFace(portraitKey(buyer.id, buyer.mood, cast.set.variant), animate);
      cast.portraits[i]?.setPresence(presence, animate);
      cast.set.setPresence(i, presence, animate);
    });
  }

  private clearCast(): void {
    if (!this.cast) return;
    for (const portrait of this.cast.portraits) portrait.destroy();
    this.cast.set.destroy();
    this.cast = null;
  }
}

function presenceOf(buyer: StageBuyer, someoneSpeaks: boolean): Presence {
  if (buyer.speaking) return 'speaking';
  return someoneSpeaks ? 'listening' : 'idle';
}

/** Same key, same cast and room: only moods and the speaker may change, with transitions. */
function castKey(state: StageState): string {
  return JSON.stringify([state.setting, state.buyers.map((b) => [b.id, b.name, b.title])]);
}
