import type { Browser } from 'playwright-core';
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
 * Consent after publication (issue 10, item 9): an author who withdrew exhibition use, or never
 * gave it, can grant it again under "my stories"; the story can then join an exhibition again.
 */
describe('granting a withdrawn consent again', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(
    'offers "allow again" for exhibition use after withdrawing it',
    { timeout: 90_000 },
    async () => {
      const attempt = `${run}-${Math.random().toString(36).slice(2, 6)}`;
      const author: ApiPersona = { sub: `consent-${attempt}`, name: `Erika ${attempt}` };
      const title = `Der Kanal am Samstag ${attempt}`;
      const { id } = await submitViaApi(author, title);
      await approveViaApi(id);
      const consentOf = async () =>
        (await callApi<{ consent: { exhibition: boolean } }>(author, 'GET', `/stories/${id}`))
          .consent.exhibition;

      const { context, page } = await openPage(browser, { language: 'de' });
      await signInAs(page, author, '/me/stories');
      const card = page
        .locator('article')
        .filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await card.locator('summary', { hasText: text('de', 'myConsent.summary') }).click();
      const grant = card.getByRole('button', {
        name: new RegExp(`^${text('de', 'myConsent.grant.exhibition')}`),
      });
      await grant.click();
      await page.getByText(text('de', 'myConsent.granted.exhibition')).waitFor();
      await expect.poll(consentOf).toBe(true);

      // Withdrawn again, and granted again: a new consent each time.
      await card
        .getByRole('button', {
          name: new RegExp(`^${text('de', 'myConsent.withdraw.exhibition')}`),
        })
        .click();
      await card
        .getByRole('button', { name: text('de', 'myConsent.confirmButton.exhibition') })
        .click();
      await page.getByText(text('de', 'myConsent.done.exhibition')).waitFor();
      await expect.poll(consentOf).toBe(false);
      await grant.click();
      await page.getByText(text('de', 'myConsent.granted.exhibition')).waitFor();
      await expect.poll(consentOf).toBe(true);
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
