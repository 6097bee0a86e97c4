import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { focused } from './support/keyboard';
import {
  approveViaApi,
  callApi,
  fillGuidedSubmission,
  run,
  sendFromPreview,
  signInAs,
  submitViaApi,
  text,
  ui,
  type Language,
  type StoredStory,
} from './support/residents';

// Their own author, so the hourly limit on new stories is not shared with other browser tests.
const AUTHOR = demoUser('gerda');

/**
 * Places for people and a word before the moderators' (issue 10, items 14 and 17): the form asks
 * for a place by name or by its town, never for coordinates; everywhere a place is shown it is in
 * words; and the preview points out what the pre-screen would flag, with a way back to the text.
 */

/** Coordinates as a person would see them written: "51,5028 / 7,1722" or "51.50, 7.17". */
const COORDINATES = /\d{1,2}[.,]\d{2,}\s*[/,]\s*\d{1,3}[.,]\d{2,}/;

const storyBody = 'Hinter dem Förderturm lag der Kleingarten, und samstags wurde gegrillt.';

/** Fills the first two steps and opens "where and when". */
async function openPlaceStep(page: Page, language: Language, title: string) {
  await page.goto('/submit');
  await page.locator('#field-title').fill(title);
  await page.locator('#field-body').fill(storyBody);
  await ui(page, language).button('submit.steps.next').click();
  await page.locator('input[name=themes][value="everyday-life"]').check();
  await ui(page, language).button('submit.steps.next').click();
  await page.locator('#field-place-name').waitFor();
}

/** A fresh browser signed in as the author, on the home page. */
async function openAs(browser: Browser, language: Language) {
  const opened = await openPage(browser, { language });
  await signInAs(opened.page, AUTHOR, '/');
  return opened;
}

describe('places in words', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each<Language>(['de', 'en'])(
    'asks for a place by name or town, never for coordinates, in %s',
    async (language) => {
      const { context, page } = await openAs(browser, language);
      const say = ui(page, language);
      await openPlaceStep(page, language, `Der Kleingarten ${run}`);
      expect(await page.locator('input[id*="lat"], input[id*="lng"]').count()).toBe(0);
      expect(await page.getByText(/Breitengrad|Längengrad|latitude|longitude/i).count()).toBe(0);

      // A gazetteer name brings its own point: no further question.
      await page.locator('#field-place-name').fill('Bochum-Hordel');
      await say.see('submit.place.fromGazetteer', { place: 'Bochum-Hordel' });
      expect(await page.locator('#field-place-area').count()).toBe(0);
      await expectNoAxeViolations(page);

      // Any other name asks which town or district it is in, suggesting one it mentions.
      await page.locator('#field-place-name').fill('Hinterm Förderturm, Herne');
      expect(await page.locator('#field-place-area').inputValue()).toBe('Herne');
      await page.locator('#field-place-name').fill('Bei Oma im Garten');
      await page.locator('#field-place-area').selectOption({ label: 'Gelsenkirchen-Schalke' });
      await say.see('submit.place.inArea', { area: 'Gelsenkirchen-Schalke' });
      // The public sees the chosen district, since the name sent carries it.
      await say.see('submit.place.public', { place: 'Gelsenkirchen-Schalke' });
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('sends the chosen place’s point and shows the place in words', async () => {
    const { context, page } = await openAs(browser, 'de');
    const title = `Die Zechensiedlung ${run}`;
    await page.goto('/submit');
    await fillGuidedSubmission(page, 'de', {
      title,
      body: storyBody,
      themes: ['everyday-life'],
      place: 'Bochum-Hordel',
      precision: 'neighbourhood',
    });
    expect(await page.locator('.frame').textContent()).not.toMatch(COORDINATES);
    await page.locator('.frame').getByText('Bochum-Hordel').first().waitFor();
    await sendFromPreview(page, 'de');

    const mine = await callApi<{ items: StoredStory[] }>(AUTHOR, 'GET', '/me/stories');
    const id = mine.items.find((item) => item.title === title)?.id ?? '';
    const stored = await callApi<StoredStory>(AUTHOR, 'GET', `/stories/${id}`);
    expect(stored.place).toEqual({
      name: 'Bochum-Hordel',
      lat: 51.5028,
      lng: 7.1722,
      precision: 'neighbourhood',
    });

    // In "my stories" and on the story page, the author reads words.
    await page.goto('/me/stories');
    await page.getByRole('link', { name: title }).first().waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(COORDINATES);
    await approveViaApi(id);
    const visitor = await openPage(browser, { language: 'de' });
    await visitor.page.goto(`/stories/${id}`);
    const facts = visitor.page.locator('.facts');
    await facts.getByText('Bochum-Hordel').waitFor();
    expect(await facts.textContent()).not.toMatch(COORDINATES);
    await visitor.context.close();
    await context.close();
  });

  it('shows a free-text place at city precision as its town, without the street', async () => {
    const title = `Die Hauptstraße ${run}`;
    const { id } = await submitViaApi(AUTHOR, title, {
      place: {
        name: 'Hauptstraße 12, Bochum-Hordel',
        lat: 51.5028,
        lng: 7.1722,
        precision: 'city',
      },
    });
    await approveViaApi(id);
    const { context, page } = await openPage(browser, { language: 'en' });
    await page.goto(`/stories/${id}`);
    const facts = page.locator('.facts');
    await facts.getByText('Bochum', { exact: false }).first().waitFor();
    const shown = (await facts.textContent()) ?? '';
    expect(shown).not.toMatch(COORDINATES);
    expect(shown).not.toContain('Hauptstraße');
    expect(shown).toContain(`(${text('en', 'story.precision.city')})`);
    await context.close();
  });
});

describe('the pre-screen on the preview', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each<Language>(['de', 'en'])(
    'points out a phone number before sending, with a way back to the text, in %s',
    async (language) => {
      const { context, page } = await openAs(browser, language);
      const say = ui(page, language);
      // The rules come by dynamic import: nothing of them loads with the form.
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script')
          scripts.push(await response.text().catch(() => ''));
      });
      await page.goto('/submit');
      await page.locator('#field-title').waitFor();
      await page.waitForLoadState('networkidle');
      expect(scripts.some((source) => source.includes('Vollidiot'))).toBe(false);

      await fillGuidedSubmission(page, language, {
        title: `Die Nachbarin ${run}`,
        body: 'Frau Schmidt von nebenan wusste alles. Ihre Nummer war 0234 5556677, die kannte jeder.',
        themes: ['everyday-life'],
      });
      const notes = page.getByRole('region', { name: text(language, 'prescreen.heading') });
      await notes.waitFor();
      await notes.getByText(text(language, 'prescreen.found.phone')).waitFor();
      expect(await notes.locator('mark').textContent()).toBe('0234 5556677');
      await notes.getByText(text(language, 'prescreen.why.personal')).waitFor();
      expect(scripts.some((source) => source.includes('Vollidiot'))).toBe(true);
      await expectNoAxeViolations(page);

      await say.button('prescreen.fix.body').click();
      await expect.poll(async () => (await focused(page)).id).toBe('field-body');
      await context.close();
    },
  );

  it('says nothing about a clean story', async () => {
    const { context, page } = await openAs(browser, 'de');
    let rulesLoaded = false;
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      if ((await response.text().catch(() => '')).includes('Vollidiot')) rulesLoaded = true;
    });
    await page.goto('/submit');
    await fillGuidedSubmission(page, 'de', {
      title: `Der Kanal ${run}`,
      body: storyBody,
      themes: ['everyday-life'],
    });
    // Once the lazily loaded rules have run (and found nothing), the preview stays quiet.
    await expect.poll(() => rulesLoaded).toBe(true);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))),
    );
    expect(await page.locator('#prescreen-heading').count()).toBe(0);
    await context.close();
  });
});
