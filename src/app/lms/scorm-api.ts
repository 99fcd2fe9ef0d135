import type { ScormVersion } from '../../core/lms-report';

/**
 * The LMS's SCORM API as the game uses it: found the way the SCORM run-time books say (walk up
 * the parent windows, then the opener's), and one shape for both versions' call names.
 */

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

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
  if (version === 'scorm12') {
    const a = api as Scorm12Api;
    return {
      version,
      initialize: () => ok(a.LMSInitialize('')),
      get: (element) => String(a.LMSGetValue(element) ?? ''),
      set: (element, value) => ok(a.LMSSetValue(element, value)),
      commit: () => ok(a.LMSCommit('')),
      finish: () => ok(a.LMSFinish('')),
      lastError: () => {
        const code = String(a.LMSGetLastError());
        return { code, message: String(a.LMSGetErrorString(code)) };
      },
    };
  }
  const a = api as Scorm2004Api;
  return {
    version,
    initialize: () => ok(a.Initialize('')),
    get: (element) => String(a.GetValue(element) ?? ''),
    set: (element, value) => ok(a.SetValue(element, value)),
    commit: () => ok(a.Commit('')),
    finish: () => ok(a.Terminate('')),
    lastError: () => {
      const code = String(a.GetLastError());
      return { code, message: String(a.GetErrorString(code)) };
    },
  };
}
