/**
 * Saves written by earlier versions of Pitchless, brought to the current format before they are
 * validated. Each step takes one version to the next; a save is never dropped for being old.
 * tests/app/save-migrations.test.ts holds a fixture of every format that was ever written.
 */

type State = Readonly<Record<string, unknown>>;

const STEPS: Readonly<Record<number, (state: State) => State>> = {
  // 1 → 2: one unfinished run (the last tab's) becomes the list of every tab's unfinished runs.
  1: (state) => {
    const active = state.active as { recorded?: unknown } | null | undefined;
    return { ...state, runs: active && active.recorded === false ? [active] : [] };
  },
};

/** The state of a save written at `version`, in the current format (not yet validated). */
export function migrateSave(state: State, version: number): State {
  let migrated = state;
  for (let at = Math.floor(version); STEPS[at]; at++) migrated = (STEPS[at] as (s: State) => State)(migrated);
  return migrated;
}
