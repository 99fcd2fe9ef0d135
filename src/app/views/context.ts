import type { i18n } from 'i18next';
import type { AppActions, AppState } from '../store';

/** What every view receives: the state to draw, the intents it may send, and the translator. */
export interface ViewContext {
  readonly state: AppState;
  readonly actions: AppActions;
  readonly t: i18n['t'];
  /** When this frame is drawn (due soon, overdue): a parameter like every time. */
  readonly now: Date;
}
