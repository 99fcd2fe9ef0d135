import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const STORY = 'first-meeting';
const pitch = policyPath(`stories/${STORY}.ink`, 'pitch-first');

test('zoomed to 200 %, the coach note and the focused option stay in view after every answer', async ({ page }) => {
  // 200 % of a 1280 × 860 window is a 640 × 430 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 430 });
  await page.goto('/');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  for (const index of pitch.path.slice(0, 4)) {
    await answerWithKeys(page, [index]);
    const inView = async (selector: string): Promise<boolean> =>
      page.locator(selector).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight + 1;
      });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('choice') ?? false)).toBe(true);
    expect(await inView('.choice:focus')).toBe(true);
  }
  await expect(page.locator('.coach')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('a touch screen gets no "press 1–3" hint; every "replay from this moment" button has its own name', async ({ browser, baseURL }) => {
  const touch = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await touch.newPage();
  await page.goto('/');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  await expect(page.locator('.choice').first()).toBeVisible();
  await expect(page.locator('.choices .hint')).toBeHidden();
  for (const index of pitch.path) await page.locator(`.choice[data-index="${index}"]`).click();
  await page.getByRole('button', { name: 'See the debrief' }).click();
  const names = await page.locator('button.replay').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(1);
  expect(names.every((n) => n && /Decision \d+/.test(n))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await touch.close();
});

test('portraits come only for the cards near the screen; one that cannot be fetched leaves its initials, not a broken image', async ({ browser, baseURL }) => {
  // No service worker: one that has precached the portraits would answer instead of the network.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
  page.on('pageerror', (error) => errors.push(error.message));
  const fetched: string[] = [];
  await page.route(/\/assets\/[a-z-]+\.[0-9a-f]{16}-[\w-]{8}\.svg$/, (route) => {
    fetched.push(route.request().url());
    // The first-meeting card's buyers fail; the others arrive.
    return /\/(lin-wei|zhou-qiang)\./.test(route.request().url()) ? route.abort() : route.continue();
  });
  await page.goto('/');
  const card = page.locator(`[data-story="${STORY}"]`);
  await expect(card.locator('.avatar').first()).toHaveText(/^[A-Z]{1,2}$/);
  await card.scrollIntoViewIfNeeded();
  // Its fetch failed: the image is hidden, the initials stay.
  await expect(card.locator('.avatar img').first()).toHaveAttribute('hidden', '');
  await expect(card.locator('.avatar').first()).toHaveText('LW');
  await expect(card.locator('.avatar').first()).toBeVisible();
  // Another card's portrait did arrive, and covers its initials.
  await expect.poll(() => page.locator('.avatar img[src]:not([hidden])').count()).toBeGreaterThan(0);
  const cards = await page.locator('.card').count();
  const shownFirst = fetched.length;
  expect(shownFirst).toBeLessThan(await page.locator('.avatar img').count());
  // Scrolled to the end, the cards further down fetch theirs.
  await page.locator('.card').nth(cards - 1).scrollIntoViewIfNeeded();
  await expect.poll(() => fetched.length).toBeGreaterThan(shownFirst);
  // Only the two portraits refused on purpose.
  expect(errors.filter((e) => !/Failed to load resource: net::ERR_FAILED/.test(e))).toEqual([]);
  await context.close();
});

test('the English strings are asked for with the page, not once the app has started, and only once', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => void (/\/assets\/en-[\w-]+\.js$/.test(request.url()) && asked.push(request.url())));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  const preloaded = await page.locator('head link[rel="modulepreload"][href*="/assets/en-"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(preloaded).toHaveLength(1);
  expect(asked).toEqual(preloaded);
});

test('the first step of the onboarding path downloads before any click, without waiting for the session; Play then opens it', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/auth/me', async (route) => {
    await held;
    await route.continue();
  });
  const asked: string[] = [];
  page.on('request', (request) => void (/\/assets\/first-meeting\.[0-9a-f]{16}-[\w-]+\.js$/.test(request.url()) && asked.push(request.url())));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  await expect.poll(() => asked.length).toBe(1);
  const answered = page.waitForResponse('**/api/auth/me');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  release();
  await answered;
  // Once the page has taken the answer in and gone idle, the run is still on screen.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/api/auth/me')));
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve))));
  await expect(page).toHaveURL(new RegExp(`/play/${STORY}$`));
  await expect(page.locator('.choice').first()).toBeVisible();
  expect(asked).toHaveLength(1);
});

test('once the play screen has idled, no answer prepares a template: the first narration, coach note and ending draw as fast as the rest', async ({ page }) => {
  const expert = policyPath(`stories/${STORY}.ink`, 'expert');
  await page.goto('/');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  await expect(page.locator('.stage canvas')).toBeVisible();
  // Two idle periods: the stage's loading, then the warm-up queued behind it.
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  // lit parses each template's HTML into a <template> element on its first use.
  await page.evaluate(() => {
    const counted = window as unknown as { templates: number };
    counted.templates = 0;
    const create = document.createElement.bind(document);
    document.createElement = ((tag: string, options?: ElementCreationOptions) => {
      if (tag === 'template') counted.templates += 1;
      return create(tag, options);
    }) as typeof document.createElement;
  });
  await answerWithKeys(page, expert.path);
  await expect(page.locator('.ended')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { templates: number }).templates)).toBe(0);
});

test('an answer writes nothing on the document element: a rewritten lang would restyle every line on the page', async ({ page }) => {
  const expert = policyPath(`stories/${STORY}.ink`, 'expert');
  await page.goto('/');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  await expect(page.locator('.choice').first()).toBeVisible();
  await page.evaluate(() => {
    const seen = window as unknown as { rootWrites: string[] };
    seen.rootWrites = [];
    new MutationObserver((records) => seen.rootWrites.push(...records.map((r) => r.attributeName ?? '?'))).observe(document.documentElement, { attributes: true });
  });
  await answerWithKeys(page, expert.path.slice(0, 3));
  await expect(page.locator('.transcript .line.decision')).toHaveCount(3);
  expect(await page.evaluate(() => (window as unknown as { rootWrites: string[] }).rootWrites)).toEqual([]);
});
