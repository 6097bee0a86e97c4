import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { callApi, run, text, tokenFor } from './support/residents';

/**
 * A gallery kiosk left alone for a long time (issue 9, item 2): it never sends a token, so a
 * curator's token that expired on the screen cannot lock it out of the public exhibition; its
 * offline copy expires a day after the last good check, and then it shows a calm "back soon"
 * screen instead of stories whose authors may have withdrawn them, until content comes back.
 */

const KAI = demoUser('kai');
const TOKEN_KEY = 'ruhr-stories.token';
const copyKey = (id: string) => `ruhr-stories.kiosk.${id}`;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A published story whose author consented to exhibition use. */
async function consentedStory(): Promise<string> {
  const feed = await callApi<{ items: { id: string }[] }>(null, 'GET', '/stories?limit=20');
  for (const { id } of feed.items) {
    const story = await callApi<{ consent: { exhibition: boolean } }>(
      null,
      'GET',
      `/stories/${id}`,
    );
    if (story.consent.exhibition) return id;
  }
  throw new Error('No consented demo story on the first feed page');
}

async function createExhibition(title: string, publish: boolean): Promise<string> {
  const { id } = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
    title: { de: title },
    intro: { de: 'Eine Ausstellung für den Test der Bildschirme im Museum.' },
  });
  await callApi(KAI, 'POST', `/exhibitions/${id}/items`, { storyId: await consentedStory() });
  if (publish) await callApi(KAI, 'POST', `/exhibitions/${id}/publish`);
  return id;
}

/** The curator's token with a broken signature: the API refuses it with 401, as an expired one. */
async function staleToken(): Promise<string> {
  const token = await tokenFor(KAI);
  return `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
}

async function kioskContext(browser: Browser, token?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1920, height: 1080 },
    locale: 'de-DE',
  });
  if (token)
    await context.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [TOKEN_KEY, token],
    );
  return context;
}

const backSoon = (page: Page) =>
  page.getByRole('heading', { level: 2, name: text('de', 'kiosk.backSoon.heading') });

describe('a gallery kiosk left alone', () => {
  let browser: Browser;
  let exhibitionId = '';
  const title = `Kiosk allein ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    exhibitionId = await createExhibition(title, true);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Watches every API request of the kiosk page for an Authorization header: its checks of the
   * exhibition, and any other (the root layout does not even ask who is signed in on a kiosk).
   */
  async function kioskChecks(token: string) {
    const context = await kioskContext(browser, token);
    const screen = await context.newPage();
    const checks: Request[] = [];
    const requests: Request[] = [];
    context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) requests.push(request);
      if (path.startsWith('/api/exhibitions/')) checks.push(request);
    });
    await screen.goto(`/kiosk/${exhibitionId}?advance=0&poll=1`);
    await screen.getByRole('heading', { level: 2, name: title }).waitFor();
    await expect.poll(() => checks.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const withToken = requests.filter((r) => r.headers().authorization !== undefined);
    const stored = await screen.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
    await context.close();
    return { withToken: withToken.map((r) => r.url()), stored };
  }

  it(
    'never sends a curator’s token on its checks, and leaves it where it is',
    { timeout: 60_000 },
    async () => {
      const token = await tokenFor(KAI);
      const { withToken, stored } = await kioskChecks(token);
      expect(withToken).toEqual([]);
      expect(stored).toBe(token);
    },
  );

  it(
    'shows the exhibition with a stale token in its storage, sending it on none of its checks',
    { timeout: 60_000 },
    async () => {
      const { withToken } = await kioskChecks(await staleToken());
      expect(withToken).toEqual([]);
    },
  );

  it(
    'shows "back soon" once its offline copy is older than a day and the API is unreachable, and recovers',
    { timeout: 60_000 },
    async () => {
      const context = await kioskContext(browser);
      const screen = await context.newPage();
      await screen.goto(`/kiosk/${exhibitionId}?advance=0&poll=1`);
      await screen.getByRole('heading', { level: 2, name: title }).waitFor();
      await expect
        .poll(() => screen.evaluate((key) => localStorage.getItem(key), copyKey(exhibitionId)))
        .not.toBeNull();

      // The last good check was more than a day ago, and the API has been out of reach since.
      await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
      await screen.evaluate(
        ([key, age]) => {
          const copy = JSON.parse(localStorage.getItem(key!)!) as { fetchedAt?: number };
          localStorage.setItem(key!, JSON.stringify({ ...copy, fetchedAt: Date.now() - age! }));
        },
        [copyKey(exhibitionId), DAY_MS + 60_000] as const,
      );
      await screen.reload();

      await backSoon(screen).waitFor({ timeout: 10_000 });
      await screen
        .getByRole('heading', { level: 2, name: text('en', 'kiosk.backSoon.heading') })
        .waitFor();
      expect(await screen.getByRole('heading', { level: 2, name: title }).count()).toBe(0);
      expect(await screen.getByText(title).count()).toBe(0);
      await expectNoAxeViolations(screen);
      await screen.setViewportSize({ width: 1080, height: 1920 });
      await expectNoAxeViolations(screen);

      // The API is back: the exhibition returns by itself, within a poll.
      await context.unroute('**/api/**');
      await screen.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 10_000 });
      expect(await backSoon(screen).count()).toBe(0);
      await context.close();
    },
  );

  it('shows a draft only in a curator’s explicit preview', { timeout: 60_000 }, async () => {
    const draftTitle = `Kiosk Entwurf ${run}`;
    const draftId = await createExhibition(draftTitle, false);
    const { context, page } = await openPage(browser, { as: 'kai' });
    await page.goto(`/kiosk/${draftId}?preview&advance=0`);
    await page.getByRole('heading', { level: 2, name: draftTitle }).waitFor();
    // The same signed-in browser without `?preview` is a kiosk like any other: no drafts.
    await page.goto(`/kiosk/${draftId}?advance=0`);
    await page.getByText(text('de', 'kiosk.gone')).waitFor();
    await context.close();
  });
});
