import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { shortLinkPath } from '../../shared/short-link';
import { baseUrl, expectNoAxeViolations, launchBrowser } from './support/browser';
import { callApi, run, text } from './support/residents';

/**
 * The catalogue desk's print-out read on a phone (issue 10, item 6): nothing overflows sideways at
 * 390 px, and each story's QR code comes with its short link.
 */

const KAI = demoUser('kai');

describe('the print catalogue', () => {
  let browser: Browser;
  let exhibitionId = '';
  const storyIds: string[] = [];
  const title = `Katalog ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const feed = await callApi<{ items: { id: string }[] }>(null, 'GET', '/stories?limit=20');
    for (const { id } of feed.items) {
      const story = await callApi<{ consent: { exhibition: boolean } }>(
        null,
        'GET',
        `/stories/${id}`,
      );
      if (story.consent.exhibition && storyIds.length < 3) storyIds.push(id);
    }
    ({ id: exhibitionId } = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
      title: { de: title },
      intro: { de: 'Ein Katalog für den Test auf dem Handy.' },
      venue: 'Deutsches Bergbau-Museum Bochum, Halle der Erinnerungen',
    }));
    for (const storyId of storyIds)
      await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/items`, {
        storyId,
        caption: { de: 'Eine Notiz der Kuratorin zur Geschichte.' },
      });
    await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/publish`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['de', 'en'] as const)(
    'fits a 390 px phone without sideways scrolling, with short links (%s), axe clean',
    { timeout: 60_000 },
    async (locale) => {
      const context = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 390, height: 844 },
        locale: locale === 'de' ? 'de-DE' : 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`/exhibitions/${exhibitionId}/print`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      // A first visit follows the browser's language (en-GB: English, de-DE: German).
      await page.getByRole('button', { name: text(locale, 'catalogue.print') }).waitFor();
      const sizes = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const wide = [...document.querySelectorAll<HTMLElement>('main *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      expect(sizes.wide).toEqual([]);
      expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
      const host = new URL(baseUrl()).host;
      for (const id of storyIds) await page.getByText(`${host}${shortLinkPath(id)}`).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
