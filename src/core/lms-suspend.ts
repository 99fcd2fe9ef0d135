import * as v from 'valibot';
import { ChoicePathSchema, PlayModeSchema, SeedSchema, StoryIdSchema, type PlayMode, type RunFacts } from './attempts';

/**
 * What an LMS keeps between launches: the choice path, never ink's state (a run is determined
 * by story, version, seed and path). One short string, so it fits SCORM 1.2's 4,096 characters
 * for any scenario: `1~<story id>~<version>~<seed, base 36>~<mode>~<one character per choice>`.
 */

/** SCORM 1.2's `cmi.suspend_data` is a CMIString4096. */
export const SCORM12_SUSPEND_LIMIT = 4096;

const FORMAT = '1';
const SEPARATOR = '~';
/** One character per choice: ink never offers more options than this at once. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MODES: Record<PlayMode, string> = { coach: 'c', assessment: 'a' };

export type SuspendedRun = Pick<RunFacts, 'storyId' | 'version' | 'seed' | 'mode' | 'path'>;

export class SuspendDataError extends Error {
  override name = 'SuspendDataError';
}

/** The suspend data of a run; throws when a choice index has no character (no story offers that many options). */
export function encodeSuspendData(run: SuspendedRun): string {
  const path = run.path
    .map((index) => {
      const digit = DIGITS[index];
      if (digit === undefined) throw new SuspendDataError(`choice ${index + 1} cannot be kept: at most ${DIGITS.length} options per decision`);
      return digit;
    })
    .join('');
  return [FORMAT, run.storyId, String(run.version), run.seed.toString(36), MODES[run.mode], path].join(SEPARATOR);
}

const SuspendedSchema = v.object({
  storyId: StoryIdSchema,
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  seed: SeedSchema,
  mode: PlayModeSchema,
  path: ChoicePathSchema,
});

/** The run kept in suspend data, or null for empty or unreadable data (an LMS may hand back anything). */
export function decodeSuspendData(data: string): SuspendedRun | null {
  const parts = data.trim().split(SEPARATOR);
  if (parts.length !== 6 || parts[0] !== FORMAT) return null;
  const [, storyId, version, seed, mode, path = ''] = parts;
  const modeName = (Object.keys(MODES) as PlayMode[]).find((m) => MODES[m] === mode);
  const indices = [...path].map((c) => DIGITS.indexOf(c));
  if (!/^\d+$/.test(version ?? '') || !/^[0-9a-z]+$/.test(seed ?? '') || indices.includes(-1)) return null;
  const parsed = v.safeParse(SuspendedSchema, { storyId, version: Number(version), seed: parseInt(seed ?? '', 36), mode: modeName, path: indices });
  return parsed.success ? parsed.output : null;
}

/**
 * Which of two kept copies of one run to resume: the LMS's, unless this browser's copy goes
 * further along the same path (the LMS refused or missed the last writes). Nothing earned is lost.
 */
export function furthestRun(lms: SuspendedRun | null, local: SuspendedRun | null): SuspendedRun | null {
  if (!lms || !local) return lms ?? local;
  const same = lms.storyId === local.storyId && lms.version === local.version && lms.seed === local.seed;
  const extends_ = same && local.path.length > lms.path.length && lms.path.every((index, step) => local.path[step] === index);
  return extends_ ? local : lms;
}
