import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import {
  approveViaApi,
  callApi,
  run,
  signInAs,
  submitViaApi,
  text,
  ui,
  type ApiPersona,
  type Language,
} from './support/residents';

/**
 * What readers see of a story wherever it appears (issue 10, items 1, 3, 4 and 15): support as the
 * server knows it, the text behind its content note on cards and exhibitions too, counts that
 * follow what the page posts, and a title and link preview on every page.
 */

const person = (label: string, groups: string[] = []): ApiPersona => ({
  sub: `u-${label}-${run}`,
  name: `${label} ${run}`,
  groups,
});

let authors = 0;
/** A published story by a new author each time (the hourly limit), with or without warnings. */
async function publishedStory(title: string, contentWarnings: string[] = []) {
  const author = person(`author-${++authors}`);
  const story = await submitViaApi(author, title, {
    body: 'Unter Tage hörte man zuerst das Knacken im Holz, dann wurde es sehr still im Streb.\n\nDer zweite Absatz.',
    themes: ['colliery'],
    contentWarnings,
    consent: { exhibition: true },
  });
  await approveViaApi(story.id);
  return { ...story, author };
}

describe('the story page and where stories appear', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows support given in another browser as given', async () => {
    const story = await publishedStory(`Glück auf am Tor ${run}`);
    const supporter = person('supporter');
    await callApi(supporter, 'PUT', `/stories/${story.id}/vote`);

    const { context, page } = await openPage(browser, { language: 'de' });
    await signInAs(page, supporter, `/stories/${story.id}`);
    const button = ui(page, 'de').button('support.button');
    await button.waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await ui(page, 'de').see('support.count.one', { count: '1' });
    await button.click();
    await page.locator('button[aria-pressed="false"]').waitFor();
    await page.reload();
    await page.locator('button[aria-pressed="false"]').waitFor();
    await context.close();
  });

  it('keeps the opening behind the content note on feed cards and the exhibition page', async () => {
    const title = `Der Bruch im Streb ${run}`;
    const story = await publishedStory(title, ['accident']);
    const curator = person('curator', ['curators']);
    const exhibition = await callApi<{ id: string }>(curator, 'POST', '/exhibitions', {
      title: { de: `Unter Tage ${run}` },
      intro: { de: 'Was unter Tage geschah, erzählt von denen, die dabei waren.' },
    });
    await callApi(curator, 'POST', `/exhibitions/${exhibition.id}/items`, { storyId: story.id });
    await callApi(curator, 'POST', `/exhibitions/${exhibition.id}/publish`);

    const { context, page } = await openPage(browser, { language: 'de' });
    const opening = 'hörte man zuerst das Knacken';
    await page.goto('/');
    const card = page.locator('article', { has: page.getByRole('link', { name: title }) });
    await card
      .getByText(
        text('de', 'story.warnings.short', { list: text('de', 'warning.accident.inText') }),
      )
      .waitFor();
    expect(await card.getByText(opening).isHidden()).toBe(true);
    await card.getByRole('button', { name: text('de', 'story.warnings.showOpening') }).click();
    await card.getByText(opening).waitFor();

    await page.goto(`/exhibitions/${exhibition.id}`);
    const item = page.locator('article', { has: page.getByRole('link', { name: title }) });
    await item.getByText(text('de', 'story.warnings.heading')).waitFor();
    expect(await item.getByText(opening).isHidden()).toBe(true);
    await item.getByRole('button', { name: text('de', 'story.warnings.showOpening') }).click();
    await item.getByText(opening).waitFor();
    await context.close();
  });

  it('counts a posted comment and a reply at once, and not a held one', async () => {
    const story = await publishedStory(`Fünf Stimmen ${run}`);
    const neighbour = person('neighbour');
    for (const body of ['Eins.', 'Zwei.', 'Drei.', 'Vier.'])
      await callApi(neighbour, 'POST', `/stories/${story.id}/comments`, { body });

    const { context, page } = await openPage(browser, { language: 'de' });
    const de = ui(page, 'de');
    await signInAs(page, person('commenter'), `/stories/${story.id}`);
    const count = (n: number) =>
      page.getByText(text('de', 'card.comments.other', { count: `${n}` }), { exact: true });
    await count(4).waitFor();
    await de.field('comments.label').fill('Fünf, und ich war auch dabei.');
    await de.button('comments.send').click();
    await de.see('comments.posted');
    await count(5).waitFor();
    expect(await page.locator('.list > li').count()).toBe(5);

    await de.button('comments.replyTo', { name: neighbour.name }).first().click();
    await de.field('comments.replyLabel', { name: neighbour.name }).fill('Ich erinnere mich.');
    await de.button('comments.sendReply').click();
    await count(6).waitFor();

    // A held comment is seen only by its author and moderators: the public count stays.
    await de.field('comments.label').fill('Ruft mich an: 0234 5556677');
    await de.button('comments.send').click();
    await de.see('comments.posted.held');
    await count(6).waitFor();
    await context.close();
  });
});

describe('titles and link previews', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const meta = (page: Page, key: string) =>
    page
      .locator(`meta[${key.startsWith('og:') ? 'property' : 'name'}="${key}"]`)
      .evaluateAll((elements) => elements.map((e) => e.getAttribute('content')));

  it.each(['de', 'en'] as const)('gives every route its own title in %s', async (language) => {
    const staff = person(`staff-${language}`, ['moderators', 'curators']);
    const story = await publishedStory(`Titel für alle ${language} ${run}`);
    const own = await submitViaApi(staff, `Noch in Prüfung ${language} ${run}`);
    const { items } = await callApi<{ items: { id: string }[] }>(null, 'GET', '/exhibitions');
    const exhibition = items[0]?.id;
    expect(exhibition).toBeTruthy();

    const routes = [
      '/',
      '/login',
      '/submit',
      '/me/stories',
      `/me/stories/${own.id}/edit`,
      `/stories/${story.id}`,
      '/exhibitions',
      `/exhibitions/${exhibition}`,
      `/exhibitions/${exhibition}/print`,
      `/kiosk/${exhibition}`,
      '/moderation',
      `/moderation/stories/${own.id}`,
      '/moderation/log',
      '/curation',
      `/curation/exhibitions/${exhibition}`,
      '/no-such-page',
    ];
    const { context, page } = await openPage(browser, { language });
    await signInAs(page, staff);
    const titles = new Map<string, string>();
    for (const route of routes) {
      await page.goto(route);
      // Wait until the page has loaded what it names itself after (no "loading" title left).
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(
        (loading) => !document.title.includes(loading),
        text(language, 'common.loading'),
      );
      const title = await page.title();
      expect(title.trim(), route).not.toBe('');
      titles.set(route, title);
      expect(await meta(page, 'description'), route).toHaveLength(1);
    }
    const repeated = [...titles].filter(([route, title]) =>
      [...titles].some(([other, t]) => other !== route && t === title),
    );
    expect(repeated).toEqual([]);
    await context.close();
  });

  it.each(['de', 'en'] as const)(
    'describes a story for link previews in %s, never with the text behind a content note',
    async (language: Language) => {
      const title = `Vorschau ${language} ${run}`;
      const plain = await publishedStory(title);
      const warned = await publishedStory(`${title} mit Hinweis`, ['death']);
      const { context, page } = await openPage(browser, { language });

      await page.goto(`/stories/${plain.id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await page.title()).toBe(text(language, 'page.title', { page: title }));
      await expect.poll(() => meta(page, 'og:title')).toEqual([title]);
      expect(await meta(page, 'og:type')).toEqual(['article']);
      expect(await meta(page, 'og:url')).toEqual([new URL(page.url()).href]);
      const [description] = await meta(page, 'description');
      expect(description).toContain(text(language, 'story.meta.by', { name: plain.author.name }));
      expect(description).toContain('Unter Tage hörte man');
      expect(await meta(page, 'og:description')).toEqual([description]);

      await page.goto(`/stories/${warned.id}`);
      await expect.poll(() => meta(page, 'og:title')).toEqual([`${title} mit Hinweis`]);
      const [warnedDescription] = await meta(page, 'description');
      expect(warnedDescription).not.toContain('Unter Tage');
      expect(warnedDescription).toContain(
        text(language, 'story.warnings.short', { list: text(language, 'warning.death.inText') }),
      );

      // Leaving the story puts the site's own description back.
      await page.goto('/exhibitions');
      await expect
        .poll(() => meta(page, 'description'))
        .toEqual([text(language, 'site.description')]);
      expect(await meta(page, 'og:type')).toEqual(['website']);
      await context.close();
    },
  );
});
