import { alreadyFinished, masteryFrom, SCORM_READ, scormEnding, scormExit, scormProgress, type ScormValues, type ScormVersion } from '../../core/lms-report';
import { decodeSuspendData, encodeSuspendData } from '../../core/lms-suspend';
import { decisionsOf } from '../../core/transcript';
import type { LmsLink, Tell } from './lms-link';
import { findScormApi, scormConnection, type ScormConnection } from './scorm-api';

/**
 * The game launched as a SCORM 1.2 or 2004 SCO: initialise, read what the LMS kept, write the
 * choice path and the decision (an interaction) after every decision, the ending
 * once, and the session time on leaving. A refused call or a vanished API is told to the learner.
 */
export function connectScorm(win: Window, version: ScormVersion, now: () => Date, tell: Tell): LmsLink | null {
  const api = findScormApi(win, version);
  if (!api) return null;
  const lms = scormConnection(api, version);
  const started = now().getTime();

  /** Runs LMS calls; false (and the learner told) when the LMS refused one or could not be reached. */
  const attempt = (calls: (lms: ScormConnection) => boolean): boolean => {
    try {
      if (calls(lms)) return true;
      const problem = lms.lastError();
      tell({ key: 'lms-refused', params: { detail: `${problem.code}: ${problem.message}` } });
    } catch {
      tell({ key: 'lms-lost' });
    }
    return false;
  };
  const write = (values: ScormValues): boolean => attempt((l) => values.every(([element, value]) => l.set(element, value)) && l.commit());

  if (!attempt((l) => l.initialize())) return null;
  const read = SCORM_READ[version];
  const get = (element: string): string => {
    try {
      return lms.get(element);
    } catch {
      return '';
    }
  };
  const count = (element: string): number => Number(get(element)) || 0;
  let interactions = count('cmi.interactions._count');
  const objectives = count('cmi.objectives._count');
  let finished = alreadyFinished(version, get(read.status));
  let left = false;

  return {
    learnerKey: get(read.learner),
    language: get(read.language) || null,
    masteryScore: masteryFrom(version, get(read.mastery)),
    suspended: decodeSuspendData(get(read.suspend)),
    finished,
    attemptId: null,
    reporter: {
      progress: (run, snapshot, decided) => {
        const decision = decided ? (decisionsOf(snapshot.entries).at(-1) ?? null) : null;
        const step = { storyId: run.storyId, suspendData: encodeSuspendData(run), decision, interaction: interactions, at: now().toISOString() };
        if (write(scormProgress(version, step)) && decision) interactions += 1;
      },
      ending: (_run, review) => {
        finished = write(scormEnding(version, review.score, objectives)) || finished;
      },
    },
    leave: (done) => {
      // pagehide can come more than once (a page kept for Back, then closed); the LMS session closes once.
      if (left) return;
      left = true;
      attempt((l) => scormExit(version, (now().getTime() - started) / 1000, done || finished).every(([e, v]) => l.set(e, v)) && l.commit() && l.finish());
    },
  };
}
