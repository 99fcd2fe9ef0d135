import { CONCEPT_IDS } from '../../src/core/concepts';
import { XAPI_EXTENSIONS, type XapiStatement } from '../../src/core/xapi';
import { auId } from '../../tools/lms-manifest';
import { cmi5Problems } from '../core/cmi5-rules';
import { expect, test } from './fixtures';
import { answerIn, lmsPackage } from './lms-package';
import { startLmsHost, type LmsHost } from './lms-host';
import { policyPath } from './paths';
import { freePort } from './server';

const SCENARIO = 'first-meeting';
const expert = policyPath(`stories/${SCENARIO}.ink`, 'expert');
const au = { activityId: auId(SCENARIO), registration: crypto.randomUUID(), masteryScore: 0.7 };
const verbs = (statements: readonly XapiStatement[]): string[] => statements.map((s) => s.verb.id.split('/').pop() ?? '');

let host: LmsHost;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  host = await startLmsHost(await lmsPackage('cmi5', SCENARIO), await freePort());
});
test.afterAll(async () => host?.stop());

test('a cmi5 AU sends answered per fork, queues while the LRS is down, resumes on relaunch and ends once', async ({ page, expectErrors }) => {
  const launch = (): string => host.cmi5Launch({ ...au, scenario: SCENARIO, passMark: 70 }).url;
  await page.goto(launch());
  await expect(page.getByRole('heading', { name: expert.title })).toBeVisible();
  const third = Math.floor(expert.path.length / 3);
  const here = page;
  const answeredSteps = (): number[] => host.statements.filter((s) => s.verb.id.endsWith('/answered')).map((s) => Number(s.object.definition.name['en-US']?.match(/decision (\d+)$/)?.[1]));
  await answerIn(here, expert.path.slice(0, third));
  await expect.poll(() => verbs(host.statements)).toEqual(['initialized', ...Array(third).fill('answered')]);

  // The LRS goes down: the learner is told, plays on, and nothing is lost.
  host.down = true;
  await answerIn(here, expert.path.slice(third, 2 * third));
  await expect(page.getByRole('alert')).toContainText('connection to your learning platform');
  expect(host.statements).toHaveLength(1 + third);
  // It comes back: the next decision sends everything that waited, in order.
  host.down = false;
  await answerIn(here, expert.path.slice(2 * third, 2 * third + 1));
  await expect.poll(answeredSteps).toEqual(Array.from({ length: 2 * third + 1 }, (_, i) => i + 1));
  await expect(page.getByRole('alert')).toContainText('answers again');

  // A new launch of the same registration (a new session) resumes where the learner was.
  await page.goto(launch());
  await expect(page.locator('.transcript .line.decision')).toHaveCount(2 * third + 1);
  await answerIn(here, expert.path.slice(2 * third + 1));
  await expect(page.locator('.ended')).toBeVisible();
  await expect.poll(() => verbs(host.statements).slice(-3)).toEqual(['completed', 'passed', 'terminated']);
  expect(cmi5Problems(host.statements, au)).toEqual([]);
  expect(host.resent).toBe(0);

  // Every fork: one answered each, the options as choices, the chosen one as the response, the evidence beside the best.
  const answered = host.statements.filter((s) => s.verb.id.endsWith('/answered'));
  expect(answered).toHaveLength(expert.path.length);
  answered.forEach((s, step) => {
    expect(s.object.definition.interactionType).toBe('choice');
    expect(s.result?.response).toBe(`option-${expert.path[step]! + 1}`);
    expect(s.object.definition.choices?.length).toBeGreaterThan(1);
    expect(s.result?.extensions?.[XAPI_EXTENSIONS.chosenEvidence]).toBeDefined();
    expect(s.result?.extensions?.[XAPI_EXTENSIONS.bestEvidence]).toBeDefined();
  });
  // One parent activity per concept at stake, named in English and Chinese.
  const parents = answered.flatMap((s) => s.context.contextActivities.parent ?? []);
  expect(new Set(parents.map((p) => p.id.split('/').pop())).size).toBeGreaterThan(8);
  for (const p of parents) expect(Object.keys(p.definition.name)).toEqual(['en-US', 'zh-CN']);
  const verdict = host.statements.find((s) => s.verb.id.endsWith('/passed'));
  expect(Object.keys(verdict?.result?.extensions?.[XAPI_EXTENSIONS.conceptGrades] as object)).toEqual(CONCEPT_IDS);

  // A relaunch after the ending shows the debrief and reports nothing again.
  const before = host.statements.length;
  await page.goto(launch());
  await expect(page.locator('.debrief')).toBeVisible();
  await expect.poll(() => verbs(host.statements.slice(before))).toEqual(['initialized']);
  expect(cmi5Problems(host.statements, au)).toEqual([]);
  // The browser logs the LRS's 503s while it was down, and the 404 of a State API document not written yet.
  expectErrors(/status of (404|503)/);
});
