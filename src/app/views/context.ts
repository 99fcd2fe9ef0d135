import type { Translate } from '../i18n';
import type { AppActions, AppState } from '../store';

/** What every view receives: the state to draw, the intents it may send, and the translator. */
export interface ViewContext {
  readonly state: AppState;
  readonly actions: AppActions;
  readonly t: Translate;
  /** When this frame is drawn (due soon, overdue): a parameter like every time. */
  readonly now: Date;
}
