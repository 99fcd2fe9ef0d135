import type { Mood } from '../core/buying';
import type { LookWord, Setting } from '../core/tags';

/** One buyer as the stage shows them; the app derives it from the store. */
export interface StageBuyer {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly look: readonly LookWord[];
  readonly mood: Mood;
  readonly speaking: boolean;
}

/** Everything the meeting room draws: the stage holds no other state. */
export interface StageState {
  readonly setting: Setting;
  readonly buyers: readonly StageBuyer[];
}

/** Where the stage reads its state; `subscribe` returns the unsubscribe function. */
export interface StageSource {
  getState(): StageState;
  subscribe(listener: (state: StageState) => void): () => void;
}

export interface StageHandle {
  destroy(): void;
}
