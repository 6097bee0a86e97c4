import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { callApi, run, text, type Language } from './support/residents';

/**
 * Exhibitions are easy to find (issue 10, item 12): "Ausstellungen" in the navigation, the current
 * exhibition on the home page, and no empty band when the museum has no picks.
 */

const KAI = demoUser('kai');
type Listed = {
  id: string;
  status: string;
  title: { de: string; en?: string };
  opensAt?: string;
  closesAt?: string;
};

describe('finding the exhibitions', () => {
  let browser: Browser;
  const title = `Licht unter Tage ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { id } = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
      title: { de: title, en: `Light below ground ${run}` },
      intro: { de: 'Grubenlampen und ihre Geschichten.' },
    });
    await callApi(KAI, 'POST', `/exhibitions/${id}/publish`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['de', 'en'] as Language[])(
    'leads from the navigation to the exhibitions and shows the current one at home (%s)',
    { timeout: 60_000 },
    async (lang) => {
      const { context, page } = await openPage(browser, { language: lang });
      await page.goto('/');
      const today = new Date().toISOString().slice(0, 10);
      const { items } = await callApi<{ items: Listed[] }>(null, 'GET', '/exhibitions');
      const current = items.find(
        (e) =>
          e.status === 'published' &&
          (!e.opensAt || e.opensAt.slice(0, 10) <= today) &&
          (!e.closesAt || e.closesAt.slice(0, 10) >= today),
      )!;
      const band = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: text(lang, 'exhibitions.home.heading') }),
      });
      await band
        .getByRole('link', { name: (lang === 'en' && current.title.en) || current.title.de })
        .waitFor();
      await expectNoAxeViolations(page);

      const nav = page.getByRole('navigation', { name: text(lang, 'nav.label') });
      await nav.getByRole('link', { name: text(lang, 'nav.exhibitions'), exact: true }).click();
      await page.waitForURL(/\/exhibitions$/);
      await page
        .getByRole('heading', { level: 1, name: text(lang, 'exhibitions.heading') })
        .waitFor();
      await page
        .getByRole('link', { name: lang === 'en' ? `Light below ground ${run}` : title })
        .waitFor();
      expect(
        await nav
          .getByRole('link', { name: text(lang, 'nav.exhibitions') })
          .getAttribute('aria-current'),
      ).toBe('page');
      await context.close();
    },
  );

  it('shows no empty band when there are no picks and no exhibition', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    const empty = (body: unknown) => ({
      contentType: 'application/json',
      body: JSON.stringify(body),
    });
    // The picks answer late: while they load, there is no band waiting for them either.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/picks*', async (route) => {
      await held;
      await route.fulfill(empty({ items: [], nextCursor: null }));
    });
    await page.route('**/api/exhibitions', (route) => route.fulfill(empty({ items: [] })));
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('section.picks').count()).toBe(0);
    answer();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('section.picks').count()).toBe(0);
    expect(await page.getByText(text('de', 'picks.heading')).count()).toBe(0);
    expect(await page.getByText(text('de', 'exhibitions.home.heading')).count()).toBe(0);
    await context.close();
  });
});
