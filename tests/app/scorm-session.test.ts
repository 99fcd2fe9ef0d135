import { describe, expect, it } from 'vitest';
import { findScormApi } from '../../src/app/lms/scorm-api';
import { connectScorm } from '../../src/app/lms/scorm-session';
import type { Notice } from '../../src/app/store';

type Fake = Record<string, unknown> & { parent?: Fake; opener?: Fake | null };
const win = (props: Record<string, unknown>, parent?: Fake): Fake => {
  const w: Fake = { ...props, opener: null };
  w.parent = parent ?? w;
  return w;
};
const asWindow = (w: Fake): Window => w as unknown as Window;

/** A SCORM 1.2 API that keeps what it is told, and refuses or breaks when asked to. */
function scorm12(data: Record<string, string> = {}, behaviour: { refuse?: boolean; broken?: boolean } = {}) {
  const values = new Map(Object.entries(data));
  const calls: string[] = [];
  const answer = (): string => {
    if (behaviour.broken) throw new Error('the LMS window is gone');
    return behaviour.refuse ? 'false' : 'true';
  };
  return {
    values,
    calls,
    api: {
      LMSInitialize: () => (calls.push('init'), 'true'),
      LMSFinish: () => (calls.push('finish'), answer()),
      LMSGetValue: (e: string) => values.get(e) ?? '',
      LMSSetValue: (e: string, v: string) => {
        const a = answer();
        if (a === 'true') values.set(e, v);
        return a;
      },
      LMSCommit: () => (calls.push('commit'), answer()),
      LMSGetLastError: () => '351',
      LMSGetErrorString: () => 'General set failure',
    },
  };
}

const now = (): Date => new Date('2026-12-01T09:00:00Z');

describe('finding the SCORM API', () => {
  it('walks up the parents, skips a window of another origin, then tries the opener', () => {
    const lms = win({ API: 'found' });
    const foreign = win({});
    Object.defineProperty(foreign, 'API', { get: () => { throw new Error('cross-origin'); } });
    foreign.parent = lms;
    expect(findScormApi(asWindow(win({}, foreign)), 'scorm12')).toBe('found');
    expect(findScormApi(asWindow(win({}, foreign)), 'scorm2004')).toBeNull();
    const popup = win({});
    popup.opener = win({ API_1484_11: 'opener' });
    expect(findScormApi(asWindow(popup), 'scorm2004')).toBe('opener');
  });
});

describe('a SCORM 1.2 session', () => {
  const run = { storyId: 'first-meeting', version: 3, seed: 42, mode: 'coach' as const, path: [0, 2], recorded: false, id: 'x', assignmentId: null, passMark: 80, replayedFrom: null, startedAt: '' };
  const snapshot = { entries: [] } as never;

  it('reads what the LMS kept and writes the path after each step', () => {
    const fake = scorm12({ 'cmi.suspend_data': '1~first-meeting~3~16~c~02', 'cmi.student_data.mastery_score': '80', 'cmi.core.lesson_status': 'incomplete', 'cmi.core.student_id': 'lin' });
    const told: Notice[] = [];
    const link = connectScorm(asWindow(win({}, win({ API: fake.api }))), 'scorm12', now, (n) => void told.push(n));
    expect(link).toMatchObject({ learnerKey: 'lin', masteryScore: 0.8, finished: false, suspended: { storyId: 'first-meeting', seed: 42, path: [0, 2] } });
    link?.reporter.progress({ ...run, path: [0, 2, 1] }, snapshot, false);
    expect(fake.values.get('cmi.suspend_data')).toBe('1~first-meeting~3~16~c~021');
    link?.leave(false);
    expect(fake.values.get('cmi.core.exit')).toBe('suspend');
    expect(fake.calls).toEqual(['init', 'commit', 'commit', 'finish']);
    link?.leave(false);
    expect(fake.calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(told).toEqual([]);
  });

  it('tells the learner plainly when the LMS refuses a call or cannot be reached', () => {
    const refusing = scorm12({}, { refuse: true });
    const told: Notice[] = [];
    connectScorm(asWindow(win({ API: refusing.api })), 'scorm12', now, (n) => void told.push(n))?.reporter.progress(run, snapshot, false);
    expect(told).toEqual([{ key: 'lms-refused', params: { detail: '351: General set failure' } }]);
    const broken = scorm12({}, { broken: true });
    told.length = 0;
    connectScorm(asWindow(win({ API: broken.api })), 'scorm12', now, (n) => void told.push(n))?.reporter.progress(run, snapshot, false);
    expect(told).toEqual([{ key: 'lms-lost' }]);
  });

  it('finds no LMS where there is none', () => {
    expect(connectScorm(asWindow(win({})), 'scorm12', now, () => undefined)).toBeNull();
  });
});
