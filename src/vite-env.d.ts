/// <reference types="vite/client" />

declare module 'virtual:stories' {
  import type { CatalogueEntry } from './app/store';
  /** Every scenario's header, and a loader for its compiled JSON (its own chunk). */
  export const catalogue: readonly CatalogueEntry[];
  /** Under `npm start`: the stories that failed to build, for the error overlay; else null. */
  export const storyProblems: import('./app/dev-overlay').StoryProblems | null;
}
