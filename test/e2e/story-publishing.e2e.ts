import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  approveInModeration,
  callApi,
  fillGuidedSubmission,
  run,
  sendFromPreview,
  text,
  type Language,
} from './support/residents';

/**
 * The platform's backbone through the browser: a resident tells a story with the guided form, a
 * moderator approves it in the moderation workspace, and it appears on the home page. Every page
 * of that path passes axe (WCAG 2.1 A/AA) in German and in English.
 */

const cardLink = (page: Page, title: string) =>
  page.locator('main article h3 a', { hasText: title }).first();

/** A published demo story with content warnings, so the story page shows its gate. */
async function storyWithWarnings(): Promise<{ id: string; title: string }> {
  const feed = await callApi<{ items: { id: string; title: string; contentWarnings: string[] }[] }>(
    null,
    'GET',
    '/stories?limit=50',
  );
  const story = feed.items.find((item) => item.contentWarnings.length > 0);
  if (!story) throw new Error('The demo content has no story with content warnings');
  return story;
}

describe('submitting, approving and publishing a story', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('publishes a story sent through the guided form once a moderator approves it', async () => {
    const title = `Die Sirene von Zollverein ${run}`;
    const resident = await openPage(browser, { language: 'de', as: 'anna' });
    await resident.page.goto('/submit');
    await fillGuidedSubmission(resident.page, 'de', {
      title,
      body: 'Um sechs heulte die Sirene, und die ganze Siedlung wusste, dass die Frühschicht anfing.',
      themes: ['colliery'],
    });
    await sendFromPreview(resident.page, 'de');
    await resident.context.close();

    // Not public before a moderator has read it.
    const visitor = await openPage(browser, { language: 'de' });
    await visitor.page.goto('/');
    // The feed has loaded (other browser tests publish stories too, so no particular one is first).
    await visitor.page.locator('main article h3 a').first().waitFor();
    expect(await cardLink(visitor.page, title).count()).toBe(0);

    const moderator = await openPage(browser, { language: 'de', as: 'mia' });
    await approveInModeration(moderator.page, title);
    await moderator.context.close();

    await visitor.page.reload();
    await cardLink(visitor.page, title).waitFor();
    await cardLink(visitor.page, title).click();
    await visitor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await visitor.context.close();
  });

  it.each<Language>(['de', 'en'])(
    'passes axe on every page of that path in %s',
    async (language) => {
      const story = await storyWithWarnings();
      const { context, page } = await openPage(browser, { language, as: 'anna' });

      await page.goto('/');
      await page.locator('main article h3 a').first().waitFor();
      await expectNoAxeViolations(page);

      await page.goto(`/stories/${story.id}`);
      await page.getByRole('heading', { level: 1, name: story.title }).waitFor();
      await expectNoAxeViolations(page);

      await page.goto('/submit');
      await page.locator('#field-title').waitFor();
      // The first step with its error summary, then each step filled in, up to the preview.
      await page.getByRole('button', { name: text(language, 'submit.steps.next') }).click();
      await page.getByRole('heading', { name: text(language, 'form.summary.heading') }).waitFor();
      await expectNoAxeViolations(page);
      await fillGuidedSubmission(
        page,
        language,
        {
          title: `Axe ${language} ${run}`,
          body: 'Ein Text, der nur für die Prüfung der Barrierefreiheit geschrieben ist.',
          themes: ['remembrance'],
          warnings: ['death'],
          place: 'Bochum-Hordel',
          period: { from: '1960', to: '1969', label: 'Mitte der 60er' },
        },
        () => expectNoAxeViolations(page),
      );

      await page.goto('/me/stories');
      await page.locator('main article h2 a').first().waitFor();
      await expectNoAxeViolations(page);

      await page.goto('/login');
      await page.getByTestId('persona-mia').waitFor();
      await expectNoAxeViolations(page);
      await page.getByTestId('persona-mia').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));

      await page.goto('/moderation');
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await context.close();
    },
  );
});
