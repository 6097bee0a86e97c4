import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPersona, demoUser } from '../../shared/demo-personas';
import {
  baseUrl,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
  type Persona,
} from './support/browser';
import { callApi, run, text, type Language } from './support/residents';

/**
 * The museum staff's journey (issue 5): Kai builds an exhibition of three published demo stories
 * in the curation workspace and publishes it; a gallery kiosk shows it and moves on by itself;
 * when an author withdraws exhibition consent under "my stories", the kiosk drops the story
 * within its poll. The kiosk runs with `?advance=2&poll=2` (seconds) so the test takes seconds.
 */

const KAI = demoUser('kai');

type Card = { id: string; title: string; authorName: string | null };
type Chosen = Card & { persona?: Persona };

/** Demo personas who can sign in on the login page, by the name their stories carry. */
const SIGN_IN: Record<string, Persona> = Object.fromEntries(
  (['anna', 'ben'] as const).map((id) => [demoPersona(id).name, id]),
);

/**
 * Three published stories from the first page of the feed whose authors consented to exhibition
 * use, the first by a persona who can sign in (to withdraw consent through "my stories").
 */
async function chooseStories(): Promise<Chosen[]> {
  const feed = await callApi<{ items: Card[] }>(null, 'GET', '/stories?limit=20');
  const consented: Chosen[] = [];
  for (const card of feed.items) {
    const story = await callApi<{ consent: { exhibition: boolean } }>(
      null,
      'GET',
      `/stories/${card.id}`,
    );
    if (story.consent.exhibition)
      consented.push({ ...card, persona: SIGN_IN[card.authorName ?? ''] });
  }
  const author = consented.find((story) => story.persona);
  if (!author) throw new Error('No consented demo story by Anna or Ben on the first feed page');
  const others = consented.filter((story) => story !== author).slice(0, 2);
  if (others.length < 2) throw new Error('Fewer than three consented demo stories');
  return [author, ...others];
}

const finderRow = (page: Page, title: string) =>
  page
    .locator('#item-finder-heading ~ ul > li')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });

async function addWithCaption(page: Page, lang: Language, story: Chosen, caption: string) {
  const row = finderRow(page, story.title);
  await row.getByRole('button', { name: text(lang, 'curation.items.add') }).click();
  await row.getByLabel(text(lang, 'curation.field.german')).fill(caption);
  await row.getByRole('button', { name: text(lang, 'curation.items.addConfirm') }).click();
  await row.getByText(text(lang, 'curation.items.included')).waitFor();
}

/** The kiosk's own words for the slide buttons: one per slide, named after the story. */
const slideLabels = (page: Page) =>
  page
    .locator('.controls .dot')
    .evaluateAll((dots) => dots.map((dot) => dot.getAttribute('aria-label') ?? ''));

describe('curating an exhibition and showing it on a gallery kiosk', () => {
  let browser: Browser;
  let stories: Chosen[];
  let exhibitionId = '';
  const title = `Schicht im Schacht ${run}`;
  const titleEn = `The last shift ${run}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    stories = await chooseStories();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(
    'lets a curator build, order and publish an exhibition of three stories',
    { timeout: 120_000 },
    async () => {
      const lang: Language = 'de';
      const { context, page } = await openPage(browser, { language: lang, as: 'kai' });
      await page.goto('/curation');
      await page.getByRole('heading', { level: 1, name: text(lang, 'curation.heading') }).waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: text(lang, 'curation.exhibitions.new') }).click();
      await page.locator('#new-exhibition-title').fill(title);
      await page.locator('#new-exhibition-title-en').fill(titleEn);
      await page
        .locator('#new-exhibition-intro')
        .fill('Erinnerungen an die letzte Schicht im Revier.');
      await page.locator('#new-exhibition-venue').fill('Deutsches Bergbau-Museum Bochum, Foyer');
      await page.getByRole('button', { name: text(lang, 'curation.exhibitions.create') }).click();
      await page.waitForURL(/\/curation\/exhibitions\/[^/]+$/);
      exhibitionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      for (const [index, story] of stories.entries()) {
        await addWithCaption(page, lang, story, `Begleittext ${index + 1}: ausgewählt für ${run}.`);
      }
      // The third story moves up one place, by keyboard, and keeps the focus on its button.
      const moveUp = page.locator(`#move-up-${stories[2]!.id}`);
      await moveUp.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toMatch(/^move-(up|down)-/);
      const order = async () =>
        (
          await callApi<{ items: { storyId: string }[] }>(
            KAI,
            'GET',
            `/exhibitions/${exhibitionId}`,
          )
        ).items.map((item) => item.storyId);
      await expect.poll(order).toEqual([stories[0]!.id, stories[2]!.id, stories[1]!.id]);

      await page
        .getByRole('button', { name: text(lang, 'curation.editor.publish'), exact: true })
        .click();
      await page.getByRole('button', { name: text(lang, 'curation.editor.unpublish') }).waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it(
    'passes axe on the workspace and the exhibition page in English and German',
    { timeout: 90_000 },
    async () => {
      for (const lang of ['en', 'de'] as const) {
        const curator = await openPage(browser, { language: lang, as: 'kai' });
        await curator.page.goto('/curation');
        await curator.page.getByText(text(lang, 'curation.finder.consent.yes')).first().waitFor();
        await expectNoAxeViolations(curator.page);
        await curator.page.goto(`/curation/exhibitions/${exhibitionId}`);
        await curator.page
          .getByRole('heading', { level: 2, name: text(lang, 'curation.items.heading') })
          .waitFor();
        await curator.page.getByText(text(lang, 'curation.finder.consent.yes')).first().waitFor();
        await expectNoAxeViolations(curator.page);
        await curator.context.close();

        const visitor = await openPage(browser, { language: lang });
        await visitor.page.goto(`/exhibitions/${exhibitionId}`);
        await visitor.page
          .getByRole('heading', { level: 1, name: lang === 'en' ? titleEn : title })
          .waitFor();
        for (const story of stories)
          await visitor.page.getByRole('heading', { level: 2, name: story.title }).waitFor();
        await expectNoAxeViolations(visitor.page);
        await visitor.context.close();
      }
    },
  );

  it(
    'shows the exhibition on the kiosk, moves on by itself and drops a story after consent is withdrawn',
    { timeout: 120_000 },
    async () => {
      const kiosk = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 1920, height: 1080 },
        hasTouch: true,
      });
      const screen = await kiosk.newPage();
      await screen.goto(`/kiosk/${exhibitionId}?advance=2&poll=2`);
      await screen.getByRole('heading', { level: 1, name: title }).waitFor();
      // No way out: no links, no site header or navigation.
      expect(await screen.locator('a[href]').count()).toBe(0);
      expect(await screen.locator('.site-header, .site-footer').count()).toBe(0);
      await expectNoAxeViolations(screen);

      // It moves on by itself: from the introduction to the first and the second story.
      const position = screen.locator('.story .count');
      await expect
        .poll(() => position.textContent(), { timeout: 10_000 })
        .toBe(text('de', 'kiosk.position', { number: '1', count: '3' }));
      await expect
        .poll(() => position.textContent(), { timeout: 10_000 })
        .toBe(text('de', 'kiosk.position', { number: '2', count: '3' }));
      expect(await screen.locator('.story .qr-panel [role="img"]').count()).toBe(1);
      expect(await slideLabels(screen)).toHaveLength(4);

      // In English, at its own size, still no axe violation (the toggle is an interaction: it pauses).
      await screen.getByRole('button', { name: 'English' }).click();
      await screen.getByRole('button', { name: text('en', 'kiosk.next') }).waitFor();
      await expectNoAxeViolations(screen);

      // The author withdraws exhibition consent under "my stories".
      const withdrawn = stories[0]!;
      const author = await openPage(browser, { language: 'de', as: withdrawn.persona! });
      await author.page.goto('/me/stories');
      const card = author.page
        .locator('article')
        .filter({ has: author.page.getByRole('link', { name: withdrawn.title, exact: true }) });
      await card.locator('summary').click();
      await card
        .getByRole('button', {
          name: new RegExp(`^${text('de', 'myConsent.withdraw.exhibition')}`),
        })
        .click();
      const patched = author.page.waitForResponse(
        (r) => r.url().endsWith(`/api/stories/${withdrawn.id}/consent`) && r.ok(),
      );
      await card
        .getByRole('button', { name: text('de', 'myConsent.confirmButton.exhibition') })
        .click();
      await patched;
      const withdrawnAt = Date.now();
      await author.page.getByText(text('de', 'myConsent.done.exhibition')).waitFor();
      await author.context.close();

      await expect
        .poll(
          async () => (await slideLabels(screen)).some((label) => label.includes(withdrawn.title)),
          {
            timeout: 30_000,
            interval: 100,
          },
        )
        .toBe(false);
      const seconds = (Date.now() - withdrawnAt) / 1000;
      console.log(
        `Consent withdrawn → story gone from the kiosk (poll 2 s): ${seconds.toFixed(1)} s`,
      );
      expect(seconds).toBeLessThan(10);
      expect(await slideLabels(screen)).toHaveLength(3);
      expect(await screen.getByRole('heading', { level: 2, name: withdrawn.title }).count()).toBe(
        0,
      );
      await kiosk.close();

      // Gone from the public exhibition page as well.
      const visitor = await openPage(browser, { language: 'de' });
      await visitor.page.goto(`/exhibitions/${exhibitionId}`);
      await visitor.page.getByRole('heading', { level: 2, name: stories[1]!.title }).waitFor();
      expect(
        await visitor.page.getByRole('heading', { level: 2, name: withdrawn.title }).count(),
      ).toBe(0);
      await visitor.context.close();
    },
  );

  it(
    'moves on with a swipe, waits while touched and returns to the start when idle',
    { timeout: 60_000 },
    async () => {
      const kiosk = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 1920, height: 1080 },
      });
      const screen = await kiosk.newPage();
      await screen.goto(`/kiosk/${exhibitionId}?advance=2&idle=5`);
      await screen.getByRole('heading', { level: 2, name: title }).waitFor();
      // A swipe to the left (pointer events) is "next", and a touch holds the kiosk on that story.
      await screen.mouse.move(1400, 500);
      await screen.mouse.down();
      await screen.mouse.move(900, 520, { steps: 5 });
      await screen.mouse.up();
      const position = screen.locator('.story .count');
      await expect
        .poll(() => position.textContent())
        .toBe(text('de', 'kiosk.position', { number: '1', count: '2' }));
      await screen.waitForTimeout(3_000);
      expect(await position.textContent()).toBe(
        text('de', 'kiosk.position', { number: '1', count: '2' }),
      );
      // Five seconds without a touch (a minute by default): back to the introduction, advancing again.
      await screen.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 8_000 });
      await position.waitFor({ timeout: 5_000 });
      await kiosk.close();
    },
  );

  it(
    'keeps showing the last exhibition when the network drops, even after a reload',
    { timeout: 60_000 },
    async () => {
      const kiosk = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 1080, height: 1920 },
      });
      const screen = await kiosk.newPage();
      await screen.goto(`/kiosk/${exhibitionId}?advance=0&poll=1`);
      await screen.getByRole('heading', { level: 1, name: title }).waitFor();
      // The kiosk's service worker has kept the app's shell.
      await expect
        .poll(() => screen.evaluate(async () => Boolean(await caches.match('/kiosk/__shell'))), {
          timeout: 15_000,
        })
        .toBe(true);

      // The API goes away: the saved copy carries on.
      await kiosk.route('**/api/**', (route) => route.abort('internetdisconnected'));
      await expect
        .poll(() => screen.locator('.kiosk').getAttribute('data-connection'), { timeout: 5_000 })
        .toBe('offline');
      await screen.getByRole('heading', { level: 2, name: title }).waitFor();

      // The whole network goes away and the kiosk restarts: shell from the service worker, exhibition from storage.
      await kiosk.setOffline(true);
      await screen.reload();
      await screen.getByRole('heading', { level: 1, name: title }).waitFor();
      await screen.getByRole('button', { name: text('de', 'kiosk.next') }).click();
      await screen.locator('.story .count').waitFor();
      await kiosk.close();
    },
  );

  it(
    'shows a museum pick with its note on the home page, apart from the most supported',
    { timeout: 60_000 },
    async () => {
      const lang: Language = 'en';
      const note = `Chosen for the way it remembers the sound of the shaft (${run}).`;
      const story = stories[1]!;
      const curator = await openPage(browser, { language: lang, as: 'kai' });
      await curator.page.goto('/curation');
      const row = curator.page
        .locator('#pick-finder-heading ~ ul > li')
        .filter({ has: curator.page.getByRole('link', { name: story.title, exact: true }) });
      const unpick = row.getByRole('button', {
        name: new RegExp(`^${text(lang, 'curation.picks.unpick')}`),
      });
      if (await unpick.count()) await unpick.click();
      await row
        .getByRole('button', { name: new RegExp(`^${text(lang, 'curation.picks.pickWithNote')}`) })
        .click();
      await row.locator(`#pick-${story.id}-en`).fill(note);
      await row
        .locator(`#pick-${story.id}`)
        .fill(`Ausgewählt wegen des Klangs im Schacht (${run}).`);
      await row
        .getByRole('button', { name: text(lang, 'curation.picks.pick'), exact: true })
        .click();
      await row.getByText(text(lang, 'curation.picks.isPicked'), { exact: true }).waitFor();
      await curator.context.close();

      const visitor = await openPage(browser, { language: lang });
      await visitor.page.goto('/');
      const picks = visitor.page.locator('section.picks');
      await picks.getByRole('heading', { level: 2, name: text(lang, 'picks.heading') }).waitFor();
      await picks.getByText(note).waitFor();
      await visitor.page
        .getByRole('heading', { level: 2, name: text(lang, 'mostSupported.heading') })
        .waitFor();
      await expectNoAxeViolations(visitor.page);
      await visitor.context.close();
    },
  );
});
