import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { makeJpeg, makeWav, uploadMedium } from './support/media';
import {
  callApi,
  isPublic,
  MIA,
  run,
  signInAs,
  submitViaApi,
  text,
  ui,
  type ApiPersona,
} from './support/residents';

/**
 * Photos and a recording wherever a story is shown (issue 13, part 5): a resident sends a story
 * with two photos and a recording through the real upload API; the moderator checks their texts,
 * writes the transcript and approves; then the story page, its light-box, the feed card and the
 * kiosk show them, each checked with axe.
 */

const KAI = demoUser('kai');
const author: ApiPersona = { sub: `u-media-author-${run}`, name: `Erich ${run}` };
const title = `Der Korb fuhr nach unten ${run}`;
const photos = [
  { alt: `Förderturm im Abendlicht ${run}`, caption: 'Zeche Hannover, 1963', credit: 'Familie K.' },
  { alt: `Ein junger Bergmann vor dem Tor ${run}`, caption: 'Mein erster Tag' },
];
const transcript = `Ich bin 1962 auf Zeche Hannover angefangen ${run}.\n\nMein Vater hat gesagt: Junge, unter Tage lernst du Zusammenhalt.`;
const RECORDING_SECONDS = 8;

type Media = { id: string; kind: string; url?: string; variants?: { url: string }[] };

let storyId = '';
let photoIds: string[] = [];

/** Waits until publication has copied a public file (the media publisher runs from the stream). */
async function untilPublic(path: string) {
  await expect
    .poll(async () => (await fetch(`${baseUrl()}${path}`)).status, { timeout: 20_000 })
    .toBe(200);
}

const dialogHeading = (page: Page, number: number) =>
  page.getByRole('heading', {
    name: text('de', 'media.viewer.counter', { number: `${number}`, count: '2' }),
  });

describe('photos and a recording wherever a story is shown', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    photoIds = [
      await uploadMedium(author, 'image', 'image/jpeg', await makeJpeg(1200, 800, '#7a3814')),
      await uploadMedium(author, 'image', 'image/jpeg', await makeJpeg(900, 1200, '#2b3034')),
    ];
    const audioId = await uploadMedium(author, 'audio', 'audio/wav', makeWav(RECORDING_SECONDS));
    const story = await submitViaApi(author, title, {
      media: [
        { id: photoIds[0], kind: 'image', ...photos[0] },
        { id: photoIds[1], kind: 'image', ...photos[1] },
        { id: audioId, kind: 'audio', caption: 'Erich erzählt' },
      ],
      consent: { exhibition: true },
    });
    storyId = story.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the moderator check the texts, write the transcript and approve', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    const de = ui(page, 'de');
    await signInAs(page, MIA, `/moderation/stories/${storyId}`);
    const review = page.locator('section', {
      has: page.getByRole('heading', { name: text('de', 'media.review.heading') }),
    });
    // Alt texts, captions and credits as text, for checking what a screen reader will say.
    for (const photo of photos) {
      await review.getByText(photo.alt, { exact: true }).waitFor();
      await review.getByText(photo.caption, { exact: true }).first().waitFor();
    }
    await review.getByText('Familie K.', { exact: true }).first().waitFor();
    await de.see('media.review.transcriptMissing');
    await expect.poll(() => review.locator('audio').count()).toBe(1);
    await expectNoAxeViolations(page);

    await de.field('media.review.transcriptLabel').fill(transcript);
    await de.button('media.review.transcriptSave').click();
    await de.see('media.review.transcriptSaved');
    await review.getByText(`Ich bin 1962 auf Zeche Hannover angefangen ${run}.`).waitFor();
    expect(await page.getByText(text('de', 'media.review.transcriptMissing')).count()).toBe(0);

    await page.getByRole('radio', { name: text('de', 'mod.decide.approve') }).check();
    await de.button('mod.decision.submit').click();
    await expect.poll(() => isPublic(title), { timeout: 10_000 }).toBe(true);
    await context.close();
  });

  it('shows both photos and the player with its transcript on the story page', async () => {
    const story = await callApi<{ media: Media[] }>(null, 'GET', `/stories/${storyId}`);
    for (const medium of story.media) {
      await untilPublic(medium.url ?? medium.variants![0]!.url);
    }
    const { context, page } = await openPage(browser, { language: 'de' });
    await page.goto(`/stories/${storyId}`);
    const lead = page.getByRole('img', { name: photos[0]!.alt });
    await lead.waitFor();
    await expect
      .poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    // Each width once: the 900 px wide photo has no 1600 px file of its own.
    const widths = [/480w, .*960w, .*1200w$/, /480w, .*900w$/];
    for (const [index, photo] of photos.entries()) {
      const img = page.locator(`button[data-photo="${photoIds[index]}"] img`);
      expect(await img.getAttribute('alt')).toBe(photo.alt);
      expect(await img.getAttribute('srcset')).toMatch(widths[index]!);
      expect(await img.getAttribute('width')).toBe(index === 0 ? '1200' : '900');
      expect(await img.getAttribute('loading')).toBe(index === 0 ? 'eager' : 'lazy');
      const webp = img.locator('xpath=preceding-sibling::source[@type="image/webp"]');
      expect(await webp.getAttribute('srcset')).toContain('.webp 480w');
    }
    // (The light-boxes hold the captions too, hidden until opened.)
    await page.getByText('Zeche Hannover, 1963').first().waitFor();
    await page
      .getByText(text('de', 'media.photo.credit', { credit: 'Familie K.' }))
      .first()
      .waitFor();

    const audio = page.locator('audio[controls][preload="metadata"]');
    expect(await audio.locator('source').getAttribute('type')).toBe('audio/wav');
    expect(await audio.getAttribute('autoplay')).toBeNull();
    expect(await audio.evaluate((el: HTMLAudioElement) => el.paused)).toBe(true);
    await page.getByRole('heading', { name: text('de', 'media.transcript.heading') }).waitFor();
    await page
      .getByText('Mein Vater hat gesagt: Junge, unter Tage lernst du Zusammenhalt.')
      .waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('opens the light-box by keyboard, steps with the arrow keys and gives focus back', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    await page.goto(`/stories/${storyId}`);
    const first = page.locator(`button[data-photo="${photoIds[0]}"]`);
    await first.focus();
    await page.keyboard.press('Enter');
    await dialogHeading(page, 1).waitFor();
    const large = page.locator('dialog[open] img');
    expect(await large.getAttribute('alt')).toBe(photos[0]!.alt);
    expect(await large.getAttribute('src')).toMatch(/\/1600\.jpg$/);
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowRight');
    await dialogHeading(page, 2).waitFor();
    expect(await large.getAttribute('alt')).toBe(photos[1]!.alt);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    // Focus returns to the photo shown last, the second.
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement)?.dataset.photo))
      .toBe(photoIds[1]);
    await context.close();
  });

  it('shows the first photo as the feed card’s thumbnail', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    await page.goto('/');
    const card = page.locator('article', { has: page.getByRole('link', { name: title }) });
    const thumbnail = card.locator('img');
    await thumbnail.waitFor();
    expect(await thumbnail.getAttribute('alt')).toBe(photos[0]!.alt);
    expect(await thumbnail.getAttribute('src')).toMatch(/\/480\.jpg$/);
    expect(await thumbnail.getAttribute('loading')).toBe('lazy');
    await context.close();
  });

  it('shows the photos on the kiosk and plays the recording only on a touch, holding the slides', async () => {
    const { id } = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
      title: { de: `Stimmen ${run}` },
      intro: { de: 'Erinnerungen, erzählt mit eigener Stimme.' },
    });
    await callApi(KAI, 'POST', `/exhibitions/${id}/items`, { storyId });
    await callApi(KAI, 'POST', `/exhibitions/${id}/publish`);

    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1920, height: 1080 },
      locale: 'de-DE',
    });
    const page = await context.newPage();
    // Back to the start 5 s after the last touch, unless a recording is playing.
    await page.goto(`/kiosk/${id}?advance=0&idle=5`);
    await page.getByRole('button', { name: text('de', 'kiosk.next') }).click();
    const slide = page.getByRole('heading', { level: 2, name: title });
    await slide.waitFor();
    await page.locator(`.kiosk img[alt="${photos[0]!.alt}"]`).waitFor();
    const audio = page.locator('.kiosk audio');
    expect(await audio.getAttribute('autoplay')).toBeNull();
    await page.waitForTimeout(1_000);
    expect(await audio.evaluate((el: HTMLAudioElement) => el.paused)).toBe(true);

    const play = page.getByRole('button', { name: text('de', 'media.kiosk.play') });
    expect((await play.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await play.click();
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.paused)).toBe(true);
    const said = page.getByText('Mein Vater hat gesagt: Junge, unter Tage lernst du Zusammenhalt.');
    await said.waitFor();
    // Past the idle time the recording keeps the story up; after it ends the kiosk starts over.
    await page.waitForTimeout(6_000);
    expect(await slide.isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await slide.waitFor({ state: 'detached', timeout: 15_000 });
    await context.close();
  });
});
