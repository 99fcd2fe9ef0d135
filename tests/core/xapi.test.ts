import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { playWith } from '../../src/core/explore';
import { POLICIES } from '../../src/core/policies';
import { scoreTranscript } from '../../src/core/scoring';
import { attemptStatements, XAPI_EXTENSIONS, type AttemptContext } from '../../src/core/xapi';
import { fixture } from '../stories/fixture';

const story = fixture('tiny-deal');
const context = (attemptId: string): AttemptContext => ({
  attemptId,
  actor: { objectType: 'Agent', name: 'Lin Wei', account: { homePage: 'https://pitchless.example', name: 'user-42' } },
  header: story.header,
  language: 'zh-CN',
  startedAt: '2026-12-01T09:00:00Z',
  finishedAt: '2026-12-01T09:12:30Z',
});
const play = (policy: keyof typeof POLICIES, attemptId = '2b9f1c7e-0d4a-4f3b-8e6a-1c2d3e4f5a6b') => {
  const run = playWith(story, POLICIES[policy]);
  return { run, statements: attemptStatements(context(attemptId), run.entries, scoreTranscript(run.entries)) };
};

describe('xAPI statements of an attempt', () => {
  it('are valid xAPI 1.0.3 statements (Learning Locker validator)', () => {
    for (const policy of ['expert', 'worst'] as const) {
      for (const statement of play(policy).statements) expect(validate(statement as never)).toEqual([]);
    }
  });

  it('the validator does catch a broken statement', () => {
    const [first] = play('expert').statements;
    expect(validate({ ...first, actor: { mbox: 'not-a-mailto' } } as never).length).toBeGreaterThan(0);
  });

  it('sends one answered per decision with the options, the response and the evidence, then completed and passed/failed', () => {
    const { run, statements } = play('worst');
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
    expect(answered).toHaveLength(run.path.length);
    const first = answered[0]!;
    expect(first.object.definition.interactionType).toBe('choice');
    expect(first.object.definition.choices?.length).toBe(3);
    // The options in the language the run was played in.
    expect(Object.keys(first.object.definition.choices?.[0]?.description ?? {})).toEqual(['zh-CN']);
    expect(first.result?.response).toBe(`option-${run.path[0]! + 1}`);
    expect(first.result?.extensions?.[XAPI_EXTENSIONS.chosenEvidence]).toEqual({ C5: -2, C6: -1 });
    expect(first.result?.extensions?.[XAPI_EXTENSIONS.bestEvidence]).toEqual({ C1: 3, C5: 1 });
    expect(first.context.contextActivities.parent?.map((a) => a.id.split('/').pop())).toEqual(['C1', 'C5', 'C6']);
    expect(first.context.contextActivities.parent?.[0]?.definition.name['zh-CN']).toContain('没有目标就没有机会');
    expect(statements.slice(-2).map((s) => s.verb.id.split('/').pop())).toEqual(['completed', 'failed']);
    const verdict = statements.at(-1)!;
    expect(verdict.result?.score?.scaled).toBe(scoreTranscript(run.entries).overall / 100);
    expect(verdict.result?.duration).toBe('PT750S');
    expect(Object.keys(verdict.result?.extensions?.[XAPI_EXTENSIONS.conceptGrades] as object)).toHaveLength(13);
  });

  it('gives the same fork the same activity id on every path, and each statement a deterministic id', () => {
    const a = play('expert');
    const b = play('worst');
    expect(a.statements[0]?.object.id).toBe(b.statements[0]?.object.id);
    expect(play('expert').statements.map((s) => s.id)).toEqual(a.statements.map((s) => s.id));
    const other = play('expert', '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f').statements.map((s) => s.id);
    expect(new Set([...other, ...a.statements.map((s) => s.id)]).size).toBe(other.length * 2);
  });
});
