import type { ScormVersion } from '../../core/lms-report';

/**
 * The LMS's SCORM API as the game uses it: found the way the SCORM run-time books say (walk up
 * the parent windows, then the opener's), and one shape for both versions' call names.
 */

/** The API's function names in each version (SCORM 1.2's `LMS…` calls, SCORM 2004's plain ones). */
const CALLS = {
  scorm12: { initialize: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString' },
  scorm2004: { initialize: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', lastError: 'GetLastError', errorString: 'GetErrorString' },
} as const;
type ScormApi = Record<string, (...args: string[]) => unknown>;

const NAMES = { scorm12: 'API', scorm2004: 'API_1484_11' } as const;
/** SCORM 1.2's sample finder gives up after 7 parents, SCORM 2004's after 500. */
const MAX_PARENTS = { scorm12: 7, scorm2004: 500 } as const;

function apiIn(win: Window, version: ScormVersion): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[NAMES[version]] ?? null;
  } catch {
    return null; // a window of another origin
  }
}

function search(start: Window, version: ScormVersion): unknown {
  let win = start;
  for (let tries = 0; tries <= MAX_PARENTS[version]; tries++) {
    const api = apiIn(win, version);
    if (api) return api;
    if (!win.parent || win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

/** The API object of `version` reachable from `win`, or null. */
export function findScormApi(win: Window, version: ScormVersion): unknown {
  const found = search(win, version);
  if (found) return found;
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  return opener ? search(opener, version) : null;
}

export interface ScormProblem {
  readonly code: string;
  readonly message: string;
}

/** One SCORM API, either version: every call says whether the LMS took it. */
export interface ScormConnection {
  readonly version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  /** Why the last call failed, as the LMS says it. */
  lastError(): ScormProblem;
}

const ok = (answer: unknown): boolean => String(answer) === 'true';

export function scormConnection(api: unknown, version: ScormVersion): ScormConnection {
  const names = CALLS[version];
  // Called on the API object itself: LMS run-times keep their state on `this`.
  const call = (name: keyof typeof names, ...args: string[]): unknown => (api as ScormApi)[names[name]]?.(...args);
  return {
    version,
    initialize: () => ok(call('initialize', '')),
    get: (element) => String(call('get', element) ?? ''),
    set: (element, value) => ok(call('set', element, value)),
    commit: () => ok(call('commit', '')),
    finish: () => ok(call('finish', '')),
    lastError: () => {
      const code = String(call('lastError'));
      return { code, message: String(call('errorString', code)) };
    },
  };
}
