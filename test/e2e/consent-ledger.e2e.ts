import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  approveViaApi,
  callApi,
  run,
  signInAs,
  submitViaApi,
  text,
  type ApiPersona,
} from './support/residents';

/**
 * The consent ledger under "Meine Daten" (issue 12, item 3): every consent given, withdrawn and
 * granted again is an entry the person can read, newest first.
 */
describe('the consent ledger under "Meine Daten"', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const newAuthor = (label: string): ApiPersona => {
    const attempt = `${run}-${Math.random().toString(36).slice(2, 6)}`;
    return { sub: `ledger-${label}-${attempt}`, name: `Erika ${attempt}` };
  };
  /** An entry's words, in reading order, with white space as one space. */
  const wordsOf = async (entry: Locator) => (await entry.innerText()).replace(/\s+/g, ' ');

  it(
    'shows withdrawing and granting again exhibition consent as two new entries',
    { timeout: 90_000 },
    async () => {
      const author = newAuthor('again');
      const title = `Die Taubenväter von Hordel ${run}`;
      const { id } = await submitViaApi(author, title, { consent: { exhibition: true } });
      await approveViaApi(id);

      const { context, page } = await openPage(browser, { language: 'de' });
      await signInAs(page, author, '/me/stories');
      const card = page
        .locator('article')
        .filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await card.locator('summary', { hasText: text('de', 'myConsent.summary') }).click();
      await card
        .getByRole('button', {
          name: new RegExp(`^${text('de', 'myConsent.withdraw.exhibition')}`),
        })
        .click();
      await card
        .getByRole('button', { name: text('de', 'myConsent.confirmButton.exhibition') })
        .click();
      await page.getByText(text('de', 'myConsent.done.exhibition')).waitFor();
      await card
        .getByRole('button', { name: new RegExp(`^${text('de', 'myConsent.grant.exhibition')}`) })
        .click();
      await page.getByText(text('de', 'myConsent.granted.exhibition')).waitFor();

      await page.goto('/me');
      await page.getByRole('link', { name: text('de', 'myData.link') }).click();
      const ledger = page.getByRole('region', { name: text('de', 'consents.heading') });
      const entries = ledger.getByRole('listitem');
      await expect.poll(() => entries.count()).toBe(5);
      const exhibition = text('de', 'consents.use.exhibition');
      const changed = text('de', 'consents.source.change');
      expect(await wordsOf(entries.nth(0))).toContain(
        `${text('de', 'consents.granted')}: ${exhibition}`,
      );
      expect(await wordsOf(entries.nth(0))).toContain(changed);
      expect(await wordsOf(entries.nth(1))).toContain(
        `${text('de', 'consents.withdrawn')}: ${exhibition}`,
      );
      expect(await wordsOf(entries.nth(1))).toContain(changed);
      // Below them the submission's three: online, exhibition and research, as first chosen.
      for (const n of [2, 3, 4])
        expect(await wordsOf(entries.nth(n))).toContain(text('de', 'consents.source.submission'));
      const link = entries.nth(0).getByRole('link', { name: title, exact: true });
      expect(await link.getAttribute('href')).toBe(`/stories/${id}`);
      expect(await wordsOf(entries.nth(0))).toContain(text('de', 'license.CC-BY-4.0'));
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it(
    'starts empty, then loads more entries on request and moves focus to the first new one',
    { timeout: 90_000 },
    async () => {
      const author = newAuthor('pages');
      const { context, page } = await openPage(browser, { language: 'en' });
      await page.setViewportSize({ width: 390, height: 844 });
      await signInAs(page, author, '/me/data');
      const ledger = page.getByRole('region', { name: text('en', 'consents.heading') });
      await ledger.getByText(text('en', 'consents.empty')).waitFor();
      await expectNoAxeViolations(page);

      // Two stories (three entries each) and sixteen changes: 22 entries, more than a page.
      const { id } = await submitViaApi(author, `Am Kanal ${run}`);
      await submitViaApi(author, `An der Bude ${run}`);
      for (let n = 0; n < 16; n++)
        await callApi(author, 'PATCH', `/stories/${id}/consent`, { exhibition: n % 2 === 0 });
      await page.reload();
      const entries = ledger.getByRole('listitem');
      await expect.poll(() => entries.count()).toBe(20);
      await ledger.getByRole('button', { name: text('en', 'consents.loadMore') }).click();
      await expect.poll(() => entries.count()).toBe(22);
      await page.getByText('2 more entries loaded.').waitFor({ state: 'attached' });
      const focused = await entries.nth(20).evaluate((li) => li === document.activeElement);
      expect(focused).toBe(true);
      await expect
        .poll(() => ledger.getByRole('button', { name: text('en', 'consents.loadMore') }).count())
        .toBe(0);
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
