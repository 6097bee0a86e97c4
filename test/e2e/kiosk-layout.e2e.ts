import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { shortLinkPath } from '../../shared/short-link';
import { baseUrl, expectNoAxeViolations, launchBrowser } from './support/browser';
import { callApi, run, text } from './support/residents';

/**
 * The kiosk on a gallery's touch screen (issue 10, item 5): in landscape and in portrait the
 * story's column shows the whole short link under the QR code without scrolling, the story fills
 * the screen, and every dot is a target of at least 60 px.
 */

const KAI = demoUser('kai');

/** Published stories whose authors consented to exhibition use, the longest text first. */
async function consentedStories(): Promise<string[]> {
  const feed = await callApi<{ items: { id: string }[] }>(null, 'GET', '/stories?limit=20');
  const found: { id: string; length: number }[] = [];
  for (const { id } of feed.items) {
    const story = await callApi<{ consent: { exhibition: boolean }; body: string }>(
      null,
      'GET',
      `/stories/${id}`,
    );
    if (story.consent.exhibition) found.push({ id, length: story.body.length });
  }
  return found.sort((a, b) => b.length - a.length).map((s) => s.id);
}

/** Layout facts of the story slide on screen. */
function measure(page: Page, url: string) {
  return page.evaluate((url) => {
    const about = document.querySelector('.kiosk aside')!;
    const shown = [...about.querySelectorAll('p')].find((p) => p.textContent?.trim() === url);
    const box = shown?.getBoundingClientRect();
    const aboutBox = about.getBoundingClientRect();
    const text = document.querySelector('.kiosk .reading .text, .kiosk .reading .warning');
    return {
      aboutOverflows:
        about.scrollHeight > about.clientHeight + 1 || about.scrollWidth > about.clientWidth + 1,
      urlShown: !!shown,
      urlInside:
        !!box &&
        box.top >= aboutBox.top &&
        box.bottom <= aboutBox.bottom + 1 &&
        box.left >= aboutBox.left &&
        box.right <= aboutBox.right + 1 &&
        box.bottom <= innerHeight,
      urlOnOneLine: !!box && box.height < 2 * parseFloat(getComputedStyle(shown!).lineHeight),
      // How much of the reading column's width the text uses (portrait left 40 % empty).
      used: (() => {
        const reading = document.querySelector('.kiosk .reading')!;
        const width = reading.clientWidth;
        return (text?.getBoundingClientRect().width ?? 0) / width;
      })(),
      dots: [...document.querySelectorAll<HTMLElement>('.kiosk .dot')].map((d) => {
        const r = d.getBoundingClientRect();
        return Math.min(r.width, r.height);
      }),
      pageScrolls: document.scrollingElement!.scrollHeight > innerHeight,
    };
  }, url);
}

describe('the kiosk on a gallery screen', () => {
  let browser: Browser;
  let exhibitionId = '';
  let storyId = '';
  const title = `Kiosk Bildschirm ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const stories = await consentedStories();
    storyId = stories[0]!;
    ({ id: exhibitionId } = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
      title: { de: title },
      intro: { de: 'Eine Ausstellung für den Test der Bildschirme im Museum.' },
    }));
    for (const id of stories.slice(0, 3))
      await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/items`, {
        storyId: id,
        caption: {
          de: 'Ausgewählt für die Halle der Erinnerungen, mit einer Notiz der Kuratorin.',
        },
      });
    await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/publish`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['landscape', 1920, 1080],
    ['portrait', 1080, 1920],
  ])(
    'shows the whole short link, fills the %s screen, with dots of 60 px, axe clean',
    { timeout: 60_000 },
    async (name, width, height) => {
      const context = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width, height },
        locale: 'de-DE',
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(`/kiosk/${exhibitionId}?advance=0&poll=600`);
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      await page.getByRole('button', { name: text('de', 'kiosk.next') }).click();
      await page.locator('#kiosk-story-title').waitFor();
      const read = page.getByRole('button', { name: text('de', 'kiosk.read') });
      if (await read.count()) await read.click();
      const url = `${new URL(baseUrl()).host}${shortLinkPath(storyId)}`;

      const facts = await measure(page, url);
      expect(facts.urlShown, `${url} under the QR code`).toBe(true);
      expect(facts.aboutOverflows).toBe(false);
      expect(facts.urlInside).toBe(true);
      expect(facts.urlOnOneLine).toBe(true);
      expect(facts.pageScrolls).toBe(false);
      expect(facts.dots.length).toBe(4);
      for (const size of facts.dots) expect(size).toBeGreaterThanOrEqual(60);
      if (name === 'portrait') expect(facts.used).toBeGreaterThan(0.8);
      const qr = page.getByRole('img', { name: /QR/ });
      expect(await qr.count()).toBeGreaterThan(0);
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('leads from the short link under the QR code to the story', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(shortLinkPath(storyId).toUpperCase().replace('/S/', '/s/'));
    await page.waitForURL(`**/stories/${storyId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto('/s/zzzzzz');
    await page.getByText(text('de', 'shortLink.notFound')).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});
