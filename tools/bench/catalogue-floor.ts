import type { Browser } from '@playwright/test';

/**
 * The catalogue as the app draws it for a new visitor (signed out, no saved runs, the browser's
 * language), taken from the running build with its scripts removed: HTML and CSS only. Timed to
 * when its card could take the click, it is a floor under the first choice that no script can
 * go below, for it still has to start the story and draw it after that.
 */
export async function catalogueHtml(browser: Browser, url: string, card: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(card).waitFor({ timeout: 120_000 });
    return await page.evaluate(() => {
      for (const script of document.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
      // As first drawn: a portrait's file is fetched only once its card is near the screen, which
      // may or may not have happened by now (views/portrait.ts); the initials show until then.
      for (const image of document.querySelectorAll('img[data-src][src]')) image.removeAttribute('src');
      return `<!doctype html>\n${document.documentElement.outerHTML}`;
    });
  } finally {
    await context.close();
  }
}
