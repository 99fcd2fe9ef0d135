/** What virtual:stories reports about stories that failed to build (only ever set under `npm start`). */
export interface StoryProblems {
  readonly message: string;
  readonly id: string;
  readonly loc: { readonly file: string; readonly line: number; readonly column: number };
  readonly plugin: string;
  readonly stack: string;
}

type OverlayElement = new (error: StoryProblems) => HTMLElement;

/**
 * Shows a writer's broken story in Vite's own error overlay, in every tab that loads the app
 * (not only the one that asked when the error happened); the stories that compile stay playable
 * once it is closed.
 */
export function showStoryProblems(problems: StoryProblems | null): void {
  if (!problems) return;
  const Overlay = customElements.get('vite-error-overlay') as OverlayElement | undefined;
  if (Overlay) document.body.appendChild(new Overlay(problems));
  else console.warn(problems.message);
}
