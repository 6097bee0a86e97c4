import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { text } from './support/residents';

/**
 * The public statistics page and the researchers' page (DESIGN §10): charts with their numbers
 * as tables, the download for researchers and the refusal for everyone else, axe-clean.
 */
let browser: Browser;

/** Only when OPENDATA_SHOTS names a folder (outside the repository): pictures to look at. */
async function shot(page: Page, name: string, fullPage = true) {
  const folder = process.env.OPENDATA_SHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage });
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the statistics page', () => {
  for (const language of ['de', 'en'] as const) {
    it(`draws each statistic as a named chart with a table beside it (${language})`, async () => {
      const { context, page } = await openPage(browser, { language });
      await page.goto('/statistik');
      await page
        .getByRole('heading', { level: 1, name: text(language, 'stats.heading') })
        .waitFor();
      const chart = page.getByRole('img', { name: text(language, 'stats.byTheme') });
      await chart.waitFor();
      const section = page.locator('section', { has: chart });
      // Every theme is a row of the table, with its number or "fewer than 5".
      expect(await section.locator('tbody tr').count()).toBe(7);
      expect(await page.locator('svg[role="img"]').count()).toBe(7);
      expect(await page.locator('section table').count()).toBe(7);
      await expectNoAxeViolations(page);
      await shot(page, `statistics-${language}`);
      await context.close();
    });
  }

  it('is linked from the footer and reads on a phone', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 375, height: 800 },
      locale: 'de-DE',
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: text('de', 'stats.footer') }).click();
    await page.waitForURL(/\/statistik$/);
    await page.getByRole('img', { name: text('de', 'stats.byTheme') }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await expectNoAxeViolations(page);
    await shot(page, 'statistics-phone');
    await page.getByRole('heading', { name: text('de', 'stats.byTheme') }).scrollIntoViewIfNeeded();
    await shot(page, 'statistics-phone-screen', false);
    await context.close();
  });
});

describe('the researchers’ page', () => {
  it('offers the downloads, the date and the count to a researcher', async () => {
    const { context, page } = await openPage(browser, { as: 'lea' });
    await page.goto('/research');
    await page.getByRole('heading', { name: text('de', 'research.dictionary') }).waitFor();
    await expect.poll(() => page.getByText(/\d+ Geschichten?$/).count()).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: text('de', 'research.download.csv') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ruhr-stories-research-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.getByText(/ist gespeichert/).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'research-researcher');
    await context.close();
  });

  it('tells a resident that it is for researchers', async () => {
    const { context, page } = await openPage(browser, { as: 'anna' });
    await page.goto('/research');
    await page.getByText(text('de', 'research.refusal')).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'research-resident');
    await context.close();
  });
});
