import type { Page } from '@playwright/test';
import { CONCEPT_IDS } from '../../src/core/concepts';
import { loadStory, replay } from '../../src/core/runner';
import { scoreTranscript } from '../../src/core/scoring';
import { compileInkFile } from '../../tools/ink-compile';
import { expect, test } from './fixtures';
import { violations } from './axe';
import { answerIn, closeSco, lmsPackage } from './lms-package';
import { startLmsHost, type LmsHost } from './lms-host';
import { policyPath } from './paths';
import { freePort } from './server';

const SCENARIO = 'first-meeting';
const expert = policyPath(`stories/${SCENARIO}.ink`, 'expert');
const score = scoreTranscript(replay(loadStory(compileInkFile(`stories/${SCENARIO}.ink`).json as string), 1, expert.path).snapshot().entries);
const assessed = CONCEPT_IDS.filter((c) => score.concepts[c].grade !== null);

type Cmi = Record<string, unknown>;
const cmiOf = (page: Page, format: 'scorm12' | 'scorm2004'): Promise<Cmi> =>
  page.evaluate((f) => {
    const api = (window as unknown as Record<string, { renderCMIToJSONObject(): Cmi }>)[f === 'scorm12' ? 'API' : 'API_1484_11'];
    return api?.renderCMIToJSONObject() ?? {};
  }, format) as Promise<Cmi>;

for (const format of ['scorm12', 'scorm2004'] as const) {
  test.describe(`a ${format} package in an LMS (scorm-again)`, () => {
    let host: LmsHost;
    test.beforeAll(async () => {
      test.setTimeout(240_000);
      host = await startLmsHost(await lmsPackage(format, SCENARIO), await freePort());
    });
    test.afterAll(async () => host?.stop());

    test('reports every decision, resumes on relaunch from the LMS alone, and reports the ending once', async ({ page }) => {
      await page.goto(`${host.origin}/scorm-host.html?format=${format}&scenario=${SCENARIO}`);
      const sco = page.frameLocator('#sco');
      await expect(sco.getByRole('heading', { name: expert.title })).toBeVisible();
      const half = Math.floor(expert.path.length / 2);
      await answerIn(sco, expert.path.slice(0, half));
      await closeSco(page);

      const first = await cmiOf(page, format);
      const core = (first.cmi as Cmi) ?? {};
      const suspend = String(core.suspend_data);
      expect(suspend).toMatch(new RegExp(`^1~${SCENARIO}~\\d+~[0-9a-z]+~[ca]~[0-9]{${half}}$`));
      if (format === 'scorm12') {
        expect((core.core as Cmi).lesson_status).toBe('incomplete');
        expect((core.core as Cmi).exit).toBe('suspend');
        expect(String((core.core as Cmi).session_time)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      } else {
        expect(core.completion_status).toBe('incomplete');
        expect(core.exit).toBe('suspend');
        expect(String(core.session_time)).toMatch(/^PT\d+H\d+M[\d.]+S$/);
      }
      expect(Object.keys(core.interactions as Cmi)).toHaveLength(half);

      // Relaunch as the LMS does: its saved data, and nothing of this browser's own copy.
      await page.evaluate((saved) => {
        for (const key of Object.keys(localStorage)) if (key.startsWith('pitchless')) localStorage.removeItem(key);
        localStorage.setItem('lms-cmi', JSON.stringify(saved));
      }, first);
      await page.reload();
      await expect(sco.locator('.transcript .line.decision')).toHaveCount(half);
      await answerIn(sco, expert.path.slice(half));
      await expect(sco.locator('.ended')).toBeVisible();
      await closeSco(page);

      const done = ((await cmiOf(page, format)).cmi as Cmi) ?? {};
      if (format === 'scorm12') {
        const c = done.core as Cmi;
        expect(c.lesson_status).toBe('passed');
        expect(Number((c.score as Cmi).raw)).toBeGreaterThanOrEqual(70);
        expect(c.exit).toBe('');
      } else {
        expect(done.completion_status).toBe('completed');
        expect(done.success_status).toBe('passed');
        expect(Number((done.score as Cmi).scaled)).toBeGreaterThanOrEqual(0.7);
      }
      // Every fork, in order, with the learner's answer and the verdict, in the version's own words.
      const interactions = Object.values(done.interactions as Cmi) as Cmi[];
      expect(interactions).toHaveLength(expert.path.length);
      interactions.forEach((interaction, step) => {
        const chosen = expert.path[step]! + 1;
        expect(interaction.type).toBe('choice');
        expect(interaction.id).toMatch(/^urn:pitchless:first-meeting[/_]/);
        if (format === 'scorm12') expect(interaction.student_response).toBe(chosen.toString(36));
        else expect(interaction.learner_response).toBe(`option-${chosen}`);
        expect(format === 'scorm12' ? ['correct', 'neutral', 'wrong'] : ['correct', 'neutral', 'incorrect']).toContain(interaction.result);
      });
      expect(new Set(interactions.map((i) => i.id)).size).toBe(expert.path.length);
      // Every concept the run assessed, as an objective with its grade.
      const objectives = Object.values(done.objectives as Cmi) as Cmi[];
      expect(objectives.map((o) => o.id)).toEqual(assessed);
      expect(assessed.length).toBeGreaterThan(8);
      for (const o of objectives) expect(Number((o.score as Cmi)[format === 'scorm12' ? 'raw' : 'scaled'])).toBeGreaterThanOrEqual(0);
    });

    if (format !== 'scorm12') return;

    test('an LMS that refuses a call is reported plainly, and this browser’s copy keeps what it refused', async ({ page }) => {
      await page.goto(`${host.origin}/scorm-host.html?format=${format}&scenario=${SCENARIO}`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const sco = page.frameLocator('#sco');
      await answerIn(sco, expert.path.slice(0, 3));
      await page.evaluate(() => {
        const api = (window as unknown as { API: Record<string, (...args: string[]) => string> }).API;
        api.LMSSetValue = () => 'false';
        api.LMSGetLastError = () => '351';
        api.LMSGetErrorString = () => 'General set failure';
      });
      await answerIn(sco, expert.path.slice(3, 5));
      await expect(sco.getByRole('alert')).toContainText('refused to record your progress (351: General set failure)');
      const kept = (await cmiOf(page, format)).cmi as Cmi;
      expect(String(kept.suspend_data)).toMatch(/~[0-9]{3}$/);
      await closeSco(page);

      // Relaunched from the LMS's data in the same browser: the two refused choices are not lost.
      await page.evaluate((saved) => localStorage.setItem('lms-cmi', JSON.stringify(saved)), { cmi: kept });
      await page.reload();
      await expect(sco.locator('.transcript .line.decision')).toHaveCount(5);
    });
  });
}

test('the package opened without an LMS plays and says that nothing is reported', async ({ page }) => {
  const host = await startLmsHost(await lmsPackage('scorm12', SCENARIO), await freePort());
  try {
    await page.goto(`${host.origin}/package/index.html?scenario=${SCENARIO}&format=scorm12`);
    await expect(page.getByRole('alert')).toContainText('could not find your learning platform');
    await answerIn(page, expert.path.slice(0, 1));
    expect(await violations(page)).toEqual([]);
    // The same in Chinese, as a learner with a Chinese interface reads it.
    await page.locator('select[data-setting="locale"]').selectOption('zh-CN');
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('找不到你的学习平台');
    await expect(page.locator('.transcript .line.decision')).toHaveCount(1);
  } finally {
    await host.stop();
  }
});
