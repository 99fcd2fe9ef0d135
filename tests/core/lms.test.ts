import fc from 'fast-check';
import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { MAX_CHOICE_INDEX, MAX_PATH_LENGTH, SEED_MAX } from '../../src/core/attempts';
import { explore, playWith } from '../../src/core/explore';
import { answeredStatement, cmi5EndingStatements, CMI5, initializedStatement, terminatedStatement, type Cmi5Launch, type Cmi5Run } from '../../src/core/lms-cmi5';
import { interactionRecord, masteryFrom, passMarkFrom, reportedScore, scormEnding, scormExit, scormProgress, scormTimespan } from '../../src/core/lms-report';
import { decodeSuspendData, encodeSuspendData, furthestRun, SCORM12_SUSPEND_LIMIT, SuspendDataError, type SuspendedRun } from '../../src/core/lms-suspend';
import { POLICIES } from '../../src/core/policies';
import { replay, startRun } from '../../src/core/runner';
import { scoreTranscript } from '../../src/core/scoring';
import { decisionsOf, type TranscriptEntry } from '../../src/core/transcript';
import { fixture } from '../stories/fixture';
import { cmi5Problems } from './cmi5-rules';
import { decision, transcript } from './transcripts';

const story = fixture('tiny-deal');

describe('LMS suspend data: the choice path', () => {
  const run = fc.record({
    storyId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,99}$/),
    version: fc.nat({ max: 10_000 }),
    seed: fc.nat({ max: SEED_MAX }),
    mode: fc.constantFrom('coach' as const, 'assessment' as const),
    path: fc.array(fc.nat({ max: 61 }), { maxLength: MAX_PATH_LENGTH }),
  });

  it('round-trips any run the attempt contract allows, and fits SCORM 1.2 even at its longest', () => {
    fc.assert(
      fc.property(run, (r) => {
        const data = encodeSuspendData(r);
        expect(decodeSuspendData(data)).toEqual(r);
        expect(data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
      }),
    );
    const longest: SuspendedRun = { storyId: 'x'.repeat(100), version: 10_000, seed: SEED_MAX, mode: 'assessment', path: Array(MAX_PATH_LENGTH).fill(61) };
    expect(encodeSuspendData(longest).length).toBeLessThan(SCORM12_SUSPEND_LIMIT / 4);
  });

  it('refuses a choice it cannot keep, and reads anything else an LMS hands back as nothing', () => {
    expect(() => encodeSuspendData({ storyId: 's', version: 1, seed: 1, mode: 'coach', path: [MAX_CHOICE_INDEX] })).toThrow(SuspendDataError);
    for (const junk of ['', 'hello', '2~s~1~1~c~01', '1~s~x~1~c~01', '1~s~1~1~q~01', '1~s~1~1~c~0!', '1~~1~1~c~0']) expect(decodeSuspendData(junk)).toBeNull();
  });

  it('resumes the further copy of the same run, never a different one', () => {
    const lms: SuspendedRun = { storyId: 's', version: 2, seed: 7, mode: 'coach', path: [0, 1] };
    expect(furthestRun(lms, { ...lms, path: [0, 1, 2] })?.path).toEqual([0, 1, 2]);
    expect(furthestRun(lms, { ...lms, path: [1, 1, 2] })).toBe(lms);
    expect(furthestRun(lms, { ...lms, seed: 8, path: [0, 1, 2] })).toBe(lms);
    expect(furthestRun(null, lms)).toBe(lms);
  });

  it('the explorer finds the longest path (checked against every path of a small story), and it replays', () => {
    const all: number[][] = [];
    const walk = (path: number[]): void => {
      const snapshot = replay(story, 1, path).snapshot();
      if (snapshot.ended) all.push(path);
      else snapshot.choices.forEach((c) => walk([...path, c.index]));
    };
    walk([]);
    const { longestPath } = explore(story);
    expect(longestPath.length).toBe(Math.max(...all.map((p) => p.length)));
    expect(replay(story, 1, longestPath).snapshot().ended).toBe(true);
  });
});

describe('what an LMS is told', () => {
  it('the pass mark follows the mastery score, read from either SCORM version', () => {
    expect(masteryFrom('scorm12', '80')).toBe(0.8);
    expect(masteryFrom('scorm2004', '0.8')).toBe(0.8);
    expect(masteryFrom('scorm2004', '')).toBeNull();
    expect(masteryFrom('scorm12', 'abc')).toBeNull();
    expect(passMarkFrom(0.7, 50)).toBe(70);
    expect(passMarkFrom(null, 50)).toBe(50);
  });

  it('a run failed on a broken concept is reported below the mastery score, so the LMS says failed too', () => {
    const good = Array.from({ length: 9 }, (_, step) => decision(step, [['ask-goal'], ['pitch-features']], 0));
    const broken = decision(9, [['open-with-business-problem'], ['open-with-company-history']], 1);
    const score = scoreTranscript(transcript([...good, broken]), 70);
    expect(score.overall).toBeGreaterThanOrEqual(70);
    expect(score.passed).toBe(false);
    expect(reportedScore(score)).toEqual({ raw: 69, scaled: 0.69, passed: false });
    const clean = scoreTranscript(transcript(good), 70);
    expect(reportedScore(clean)).toEqual({ raw: clean.overall, scaled: clean.overall / 100, passed: true });
    expect(scormEnding('scorm12', score)).toContainEqual(['cmi.core.lesson_status', 'failed']);
  });

  it('each decision becomes an interaction: the same fork the same id, the answer, the best, the verdict and the concepts', () => {
    const worst = decisionsOf(playWith(story, POLICIES.worst).entries);
    const expert = decisionsOf(playWith(story, POLICIES.expert).entries);
    const first = interactionRecord('tiny-deal', worst[0]!);
    expect(first.id).toBe(interactionRecord('tiny-deal', expert[0]!).id);
    expect(first).toMatchObject({ chosen: worst[0]!.chosen, verdict: 'costly', objectives: ['C1', 'C5', 'C6'] });
    expect(interactionRecord('tiny-deal', expert[0]!).verdict).toBe('best');
    const values = scormProgress('scorm2004', { storyId: 'tiny-deal', suspendData: 'data', decision: worst[0]!, interaction: 4, at: '2026-12-01T09:00:00.000Z' });
    const elements = values.map(([e]) => e).filter((e) => e.startsWith('cmi.interactions.4.'));
    // The data model wants an interaction's id, then its type, before anything else.
    expect(elements.slice(0, 2)).toEqual(['cmi.interactions.4.id', 'cmi.interactions.4.type']);
    expect(values).toContainEqual(['cmi.interactions.4.timestamp', '2026-12-01T09:00:00']);
    expect(values).toContainEqual(['cmi.interactions.4.result', 'incorrect']);
    expect(values).toContainEqual(['cmi.interactions.4.learner_response', `option-${worst[0]!.chosen + 1}`]);
    // SCORM 1.2 words it its own way: single-character answers, `wrong`, a time of day, no URN characters it may refuse.
    const old = new Map(scormProgress('scorm12', { storyId: 'tiny-deal', suspendData: 'data', decision: worst[0]!, interaction: 0, at: '2026-12-01T09:00:00.000Z' }));
    expect(old.get('cmi.interactions.0.student_response')).toBe(String(worst[0]!.chosen + 1));
    expect(old.get('cmi.interactions.0.result')).toBe('wrong');
    expect(old.get('cmi.interactions.0.time')).toBe('09:00:00');
    expect(old.get('cmi.interactions.0.id')).toMatch(/^urn:pitchless:tiny-deal_[\w.:-]+$/);
    expect(old.has('cmi.interactions.0.description')).toBe(false);
  });

  it('session time in each version’s format, and an unfinished run asks to be resumed', () => {
    expect(scormTimespan('scorm12', 3723.456)).toBe('0001:02:03.46');
    expect(scormTimespan('scorm2004', 3723.456)).toBe('PT1H2M3.46S');
    expect(scormExit('scorm2004', 5, false)).toContainEqual(['cmi.exit', 'suspend']);
    expect(scormExit('scorm2004', 5, true)).toContainEqual(['cmi.exit', 'normal']);
    expect(scormExit('scorm12', 5, true)).toContainEqual(['cmi.core.exit', '']);
  });
});

describe('cmi5 statements of a run', () => {
  const launch = (overrides: Partial<Cmi5Launch> = {}): Cmi5Launch => ({
    activityId: 'https://pitchless.dev/xapi/scenarios/tiny-deal/au',
    registration: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    actor: { objectType: 'Agent', name: 'Lin Wei', account: { homePage: 'https://lms.example', name: 'learner-1' } },
    contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/course' }] }, extensions: { [CMI5.sessionId]: 'session-1' } },
    launchMode: 'Normal',
    masteryScore: 0.7,
    ...overrides,
  });
  const session = (policy: keyof typeof POLICIES, l = launch()) => {
    const run: Cmi5Run = { launch: l, header: story.header, language: 'zh-CN', startedAt: '2026-12-01T09:00:00.000Z' };
    const live = startRun(story, 1);
    const statements = [initializedStatement(run, run.startedAt)];
    let entries: readonly TranscriptEntry[] = [];
    while (!live.snapshot().ended) {
      live.choose(POLICIES[policy](live.snapshot().choices, live.snapshot()));
      entries = live.snapshot().entries;
      const answered = answeredStatement(run, entries, '2026-12-01T09:05:00.000Z');
      if (answered) statements.push(answered);
    }
    const score = scoreTranscript(entries, passMarkFrom(l.masteryScore, 70));
    return { score, statements: [...statements, ...cmi5EndingStatements(run, score, '2026-12-01T09:12:30.000Z'), terminatedStatement(run, '2026-12-01T09:12:30.000Z')] };
  };

  it('follow the cmi5 rules and are valid xAPI, passed or failed against the mastery score', () => {
    for (const policy of ['expert', 'worst'] as const) {
      const { score, statements } = session(policy);
      const verbs = statements.map((s) => s.verb.id.split('/').pop());
      expect(verbs[0]).toBe('initialized');
      expect(verbs.slice(-3)).toEqual(['completed', score.passed ? 'passed' : 'failed', 'terminated']);
      expect(cmi5Problems(statements, { activityId: launch().activityId, registration: launch().registration, masteryScore: 0.7 })).toEqual([]);
      for (const statement of statements) expect(validate(statement as never)).toEqual([]);
      // Every statement carries the launch template: its grouping and the session id.
      for (const s of statements) expect(s.context.contextActivities.grouping?.[0]?.id).toBe('https://lms.example/course');
    }
  });

  it('the rules checker does catch a broken order, a second ending and a score against the mastery score', () => {
    const { statements } = session('expert');
    const au = { activityId: launch().activityId, registration: launch().registration, masteryScore: 0.7 };
    expect(cmi5Problems(statements.slice(1), au)[0]).toMatch(/not initialized/);
    expect(cmi5Problems([...statements, statements.at(-1)!], au).join()).toMatch(/after terminated/);
    const ending = statements.slice(-3, -1);
    expect(cmi5Problems([...statements.slice(0, -1), ...ending], au).join()).toMatch(/2 completed/);
    expect(cmi5Problems(statements, { ...au, masteryScore: 1 }).join()).toMatch(/below the mastery score/);
  });

  it('report no ending outside the Normal launch mode, and give the same ids on every resend', () => {
    expect(session('expert', launch({ launchMode: 'Browse' })).statements.map((s) => s.verb.id.split('/').pop())).not.toContain('completed');
    expect(session('expert').statements.map((s) => s.id)).toEqual(session('expert').statements.map((s) => s.id));
    const other = session('expert', launch({ contextTemplate: { extensions: { [CMI5.sessionId]: 'session-2' } } })).statements;
    expect(other[0]?.id).not.toBe(session('expert').statements[0]?.id);
  });
});
