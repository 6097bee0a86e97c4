import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { PersonalDataExportSchema } from '../../shared/schemas/personal-data';
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { text, tokenFor, type Language } from './support/residents';

/*
 * "Meine Daten herunterladen" (DESIGN §7, GDPR Art. 15 and 20): a signed-in person downloads
 * everything the platform holds about them, as the browser saves it, and reads it back.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const exportSection = (page: Page, language: Language) =>
  page.getByRole('region', { name: text(language, 'dataExport.heading') });

/** Clicks the download button and answers the file the browser saved, parsed. */
async function downloadFile(page: Page, language: Language) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text(language, 'dataExport.button') }).click(),
  ]);
  const name = download.suggestedFilename();
  const saved = await download.path();
  return { name, data: PersonalDataExportSchema.parse(JSON.parse(await readFile(saved, 'utf8'))) };
}

describe('downloading my data', () => {
  it('saves a JSON file with every section of the signed-in person, and says so', async () => {
    const { context, page } = await openPage(browser, { as: 'anna' });
    await page.goto('/me/data');
    const section = exportSection(page, 'de');
    await section.waitFor();
    await expect.poll(() => section.locator('li').count()).toBe(8);
    await expectNoAxeViolations(page);

    const { name, data } = await downloadFile(page, 'de');
    expect(name).toMatch(/^ruhr-stories-\d{4}-\d{2}-\d{2}\.json$/);
    expect(data.sub).toBe(demoUser('anna').sub);
    expect(data.profile?.displayName).toBe(demoUser('anna').name);
    // Anna of the demo content wrote stories and a comment and supports several stories.
    expect(data.stories.length).toBeGreaterThan(0);
    expect(data.stories.every((story) => story.authorName === demoUser('anna').name)).toBe(true);
    expect(data.supports.length).toBeGreaterThan(0);
    for (const section of ['comments', 'reports', 'consents'] as const)
      expect(Array.isArray(data[section]), section).toBe(true);
    expect(data.notices.unseenDecisions).toBeGreaterThanOrEqual(0);

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: name }).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText(text('de', 'dataExport.done', { file: name })).count())
      .toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('works in English too', async () => {
    const { context, page } = await openPage(browser, { language: 'en', as: 'ben' });
    await page.goto('/me/data');
    await exportSection(page, 'en').waitFor();
    const { name, data } = await downloadFile(page, 'en');
    expect(data.sub).toBe(demoUser('ben').sub);
    await expect
      .poll(() => page.getByText(text('en', 'dataExport.done', { file: name })).count())
      .toBe(1);
    await context.close();
  });

  it('explains the hourly limit when it is reached, and the page stays accessible', async () => {
    // Olaf's exports of this hour, used up through the API: the same counter the button meets.
    const olaf = demoUser('olaf');
    const token = await tokenFor(olaf);
    for (let n = 0; n < 12; n++) {
      const response = await fetch(`${baseUrl()}/api/me/export`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.status === 429) break;
      expect(response.status).toBe(200);
    }
    const { context, page } = await openPage(browser, { as: 'olaf' });
    await page.goto('/me/data');
    await exportSection(page, 'de').waitFor();
    await page.getByRole('button', { name: text('de', 'dataExport.button') }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/schon oft heruntergeladen/);
    await expectNoAxeViolations(page);
    await context.close();
  });
});
