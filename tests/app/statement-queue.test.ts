import { describe, expect, it } from 'vitest';
import { memoryQueueStore, statementQueue, type SendResult } from '../../src/app/lms/statement-queue';
import type { XapiStatement } from '../../src/core/xapi';

/** Lets a retry the test fired run to its end (it only awaits promises that are already settled). */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const statement = (id: string): XapiStatement => ({ id }) as unknown as XapiStatement;

function harness(answers: (id: string) => SendResult) {
  const sent: string[] = [];
  const events: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const store = memoryQueueStore();
  const queue = statementQueue(
    store,
    async (s) => {
      sent.push(s.id);
      return answers(s.id);
    },
    { onDown: () => void events.push('down'), onBack: () => void events.push('back'), onRefused: (status) => void events.push(`refused ${status}`) },
    (run, ms) => void timers.push({ run, ms }),
  );
  return { queue, store, sent, events, timers };
}

describe('the xAPI statement queue', () => {
  it('sends in order, waits while the LRS is down with a growing delay, then drains without losing one', async () => {
    let down = true;
    const h = harness(() => (down ? { ok: false, status: 503, message: 'down' } : { ok: true }));
    await h.queue.add([statement('a'), statement('b')]);
    await h.queue.add([statement('c')]);
    // Each new statement is a chance to try again; one retry waits at a time, doubling with each failed try.
    expect(h.sent).toEqual(['a', 'a']);
    expect(h.events).toEqual(['down']);
    expect(h.timers.map((t) => t.ms)).toEqual([2000]);
    h.timers.shift()?.run();
    await settled();
    expect(h.timers.map((t) => t.ms)).toEqual([8000]);
    down = false;
    h.timers.shift()?.run();
    await settled();
    expect(h.sent.slice(-3)).toEqual(['a', 'b', 'c']);
    expect(h.events).toEqual(['down', 'back']);
    expect(await h.store.all()).toEqual([]);
  });

  it('takes a statement the LRS already holds (409) as sent, and sets a refused one aside without stopping', async () => {
    const h = harness((id) => (id === 'dup' ? { ok: false, status: 409, message: 'conflict' } : id === 'bad' ? { ok: false, status: 400, message: 'bad' } : { ok: true }));
    await h.queue.add([statement('dup'), statement('bad'), statement('fine')]);
    expect(h.sent).toEqual(['dup', 'bad', 'fine']);
    expect(h.events).toEqual(['refused 400']);
    expect(await h.store.all()).toEqual([]);
  });

  it('keeps a network failure (no answer at all) to try again', async () => {
    const h = harness(() => {
      throw new Error('network');
    });
    await h.queue.add([statement('a')]);
    expect((await h.store.all()).map(([, s]) => s.id)).toEqual(['a']);
    expect(h.timers).toHaveLength(1);
  });
});
