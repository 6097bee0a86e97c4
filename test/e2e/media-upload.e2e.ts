import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { baseUrl, expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { makeJpeg, uploadMedium } from './support/media';
import {
  callApi,
  fillGuidedSubmission,
  isPublic,
  MIA,
  run,
  sendFromPreview,
  signInAs,
  submitViaApi,
  text,
  ui,
  type ApiPersona,
} from './support/residents';

/**
 * Uploading photos and a voice from the story form (issue 13, part 1): a resident adds two photos
 * with alt texts (the first by keyboard only, one carrying GPS in its EXIF) and records five
 * seconds with Chromium's fake microphone; the preview shows them; a moderator writes the
 * transcript and approves; the story page and the kiosk show both photos and the recording.
 * axe runs on every page that shows them. The photos are made here with sharp.
 */

const KAI = demoUser('kai');
const author: ApiPersona = { sub: `u-upload-author-${run}`, name: `Hanne ${run}` };
const title = `Die Stimme vom Kanal ${run}`;
const alts = [`Ein Lastkahn auf dem Kanal ${run}`, `Meine Mutter am Ufer ${run}`];
const transcript = `Wir saßen jeden Sonntag am Kanal ${run}.\n\nDie Schiffe fuhren ganz langsam vorbei.`;

type Media = {
  id: string;
  width?: number;
  height?: number;
  kind: string;
  url?: string;
  transcript?: string;
  variants?: { url: string; type: string }[];
};

let files: { gps: Buffer; plain: Buffer };
let storyId = '';

/**
 * A 12-megapixel JPEG whose EXIF says where it was taken: what the browser must make smaller
 * without freezing the page, and what the browser and the server must strip.
 */
async function jpegWithGps(): Promise<Buffer> {
  const jpeg = await makeJpeg(4000, 3000, '#2b5d7a');
  return sharp(jpeg)
    .withExif({
      IFD0: { Make: 'Ruhr Test Camera', Software: 'test' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 27/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '7/1 0/1 4000/100',
      },
    })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Presses Tab until the element with `id` has focus (a keyboard user's way to a control). */
async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 40; presses++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function untilPublic(path: string) {
  await expect
    .poll(async () => (await fetch(`${baseUrl()}${path}`)).status, { timeout: 20_000 })
    .toBe(200);
}

describe('uploading photos and a voice from the story form', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    files = { gps: await jpegWithGps(), plain: await makeJpeg(900, 1200, '#7a3814') };
    expect((await sharp(files.gps).metadata()).exif?.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a resident add two photos by keyboard and mouse, record five seconds and send', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    await context.grantPermissions(['microphone'], { origin: baseUrl() });
    const de = ui(page, 'de');
    await signInAs(page, author, '/submit');
    await page.locator('#field-title').waitFor();

    await fillGuidedSubmission(
      page,
      'de',
      {
        title,
        body: 'Sonntags gingen wir an den Kanal und sahen den Schiffen zu, bis es dunkel wurde.',
        themes: ['everyday-life'],
        exhibition: true,
      },
      async (step) => {
        if (step === 4) await addMedia(page);
        if (step === 6) {
          const preview = page.locator('.frame');
          for (const alt of alts) await preview.getByRole('img', { name: alt }).waitFor();
          expect(await preview.locator('audio').count()).toBe(1);
          await expectNoAxeViolations(page);
        }
      },
    );
    await sendFromPreview(page, 'de');
    await de.see('submit.success.heading');
    await context.close();

    const mine = await callApi<{ items: { id: string; title: string }[] }>(
      author,
      'GET',
      '/me/stories',
    );
    storyId = mine.items.find((item) => item.title === title)!.id;
    const story = await callApi<{ media: Media[] }>(author, 'GET', `/stories/${storyId}`);
    expect(story.media.map((m) => m.kind)).toEqual(['image', 'image', 'audio']);
    // The browser sent the 4000 × 3000 photo at 2400 px on its long side (the server measured it).
    expect(story.media[0]).toMatchObject({ width: 2400, height: 1800 });
  });

  /** The media step: photo 1 by keyboard only, photo 2 by mouse, then the recorder. */
  async function addMedia(page: Page) {
    const de = ui(page, 'de');
    // Keyboard only: Tab to the button, Enter opens the file chooser, Tab to the alt text.
    // The longest main-thread task while the 12 MP photo is prepared and sent (the worker's job).
    await page.evaluate(() => {
      const own = window as unknown as { longestTask: number };
      own.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          own.longestTask = Math.max(own.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    // (Listening first: Playwright takes over file choosers only once someone waits for one.)
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, 'field-media');
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: 'kanal.jpg', mimeType: 'image/jpeg', buffer: files.gps });
    await tabTo(page, 'field-media-0-alt');
    await page.keyboard.type(alts[0]!);

    const second = page.waitForEvent('filechooser');
    await de.button('upload.photos.chooseMore').click();
    await (
      await second
    ).setFiles({ name: 'mutter.jpg', mimeType: 'image/jpeg', buffer: files.plain });
    await page.locator('#field-media-1-alt').fill(alts[1]!);
    await page.locator('#field-media-1-caption').fill('Am Rhein-Herne-Kanal, 1971');
    // Moving a photo moves its texts with it.
    await de.button('upload.photo.down', { number: '1' }).click();
    expect(await page.locator('#field-media-0-alt').inputValue()).toBe(alts[1]);
    // Its button is disabled at the end: focus went to the moved photo's heading, not the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-media-1-file-heading');
    await de.button('upload.photo.up', { number: '2' }).click();
    expect(await page.locator('#field-media-0-alt').inputValue()).toBe(alts[0]);
    await expect
      .poll(() => page.getByText(text('de', 'upload.state.ready'), { exact: true }).count(), {
        timeout: 30_000,
      })
      .toBe(2);
    const longest = await page.evaluate(
      () => (window as unknown as { longestTask: number }).longestTask,
    );
    // The worker decodes, scales and encodes: the page itself never stalls for a second.
    expect(longest).toBeLessThan(1_000);
    // The preview shows the prepared file, still on the device.
    const [first] = await page
      .locator('.photo img')
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(first).toMatch(/^blob:/);

    // An empty alt text is named in the error summary and links to its field.
    await page.locator('#field-media-1-alt').fill('');
    await de.button('submit.steps.next').click();
    const summaryLink = page.getByRole('link', { name: text('de', 'error.media.alt') });
    await summaryLink.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('field-media-1-alt');
    await page.locator('#field-media-1-alt').fill(alts[1]!);

    await de.button('upload.audio.record').click();
    const meter = page.getByRole('meter', { name: text('de', 'upload.recorder.level') });
    await meter.waitFor();
    // The fake microphone beeps: the meter moves.
    await expect
      .poll(async () => Number(await meter.getAttribute('aria-valuenow')), { timeout: 5_000 })
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.waitForTimeout(2_500);
    await de.button('upload.recorder.pause').click();
    await de.see('upload.recorder.paused');
    const pausedAt = await page.getByRole('timer').textContent();
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('timer').textContent()).toBe(pausedAt);
    await de.button('upload.recorder.resume').click();
    await page.waitForTimeout(2_700);
    await de.button('upload.recorder.stop').click();

    // Listen before sending: the take plays from this browser.
    const take = page.locator('.recorder audio');
    await take.waitFor();
    expect(await take.getAttribute('src')).toMatch(/^blob:/);
    await expect
      .poll(() => take.evaluate((audio: HTMLAudioElement) => audio.readyState), { timeout: 5_000 })
      .toBeGreaterThan(0);
    await de.button('upload.recorder.use').click();
    await expect
      .poll(() => page.getByText(text('de', 'upload.state.ready'), { exact: true }).count(), {
        timeout: 30_000,
      })
      .toBe(3);
    await expectNoAxeViolations(page);
  }

  it('lets the moderator write the transcript and approve', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    const de = ui(page, 'de');
    await signInAs(page, MIA, `/moderation/stories/${storyId}`);
    for (const alt of alts) await page.getByText(alt, { exact: true }).first().waitFor();
    await de.see('media.review.transcriptMissing');
    await expectNoAxeViolations(page);
    await de.field('media.review.transcriptLabel').fill(transcript);
    await de.button('media.review.transcriptSave').click();
    await de.see('media.review.transcriptSaved');
    await page.getByRole('radio', { name: text('de', 'mod.decide.approve') }).check();
    await de.button('mod.decision.submit').click();
    await expect.poll(() => isPublic(title), { timeout: 10_000 }).toBe(true);
    await context.close();
  });

  it('shows both photos, without their EXIF, and the recording with its transcript', async () => {
    const story = await callApi<{ media: Media[] }>(null, 'GET', `/stories/${storyId}`);
    for (const medium of story.media) await untilPublic(medium.url ?? medium.variants![0]!.url);
    const jpeg = story.media[0]!.variants!.find((v) => v.type === 'image/jpeg')!;
    const derivative = Buffer.from(await (await fetch(`${baseUrl()}${jpeg.url}`)).arrayBuffer());
    const metadata = await sharp(derivative).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(derivative.includes(Buffer.from('Ruhr Test Camera'))).toBe(false);
    expect(story.media[2]).toMatchObject({ kind: 'audio', transcript });

    const { context, page } = await openPage(browser, { language: 'de' });
    await page.goto(`/stories/${storyId}`);
    for (const alt of alts) await page.getByRole('img', { name: alt }).first().waitFor();
    await page.getByText('Am Rhein-Herne-Kanal, 1971').first().waitFor();
    expect(await page.locator('audio[controls]').count()).toBe(1);
    await page.getByText(`Wir saßen jeden Sonntag am Kanal ${run}.`).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('shows the photos and offers the recording on the kiosk', async () => {
    const { id } = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
      title: { de: `Am Wasser ${run}` },
      intro: { de: 'Erinnerungen an den Kanal.' },
    });
    await callApi(KAI, 'POST', `/exhibitions/${id}/items`, { storyId });
    await callApi(KAI, 'POST', `/exhibitions/${id}/publish`);
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1920, height: 1080 },
      locale: 'de-DE',
    });
    const page = await context.newPage();
    await page.goto(`/kiosk/${id}?advance=0`);
    await page.getByRole('button', { name: text('de', 'kiosk.next') }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.locator(`.kiosk img[alt="${alts[0]}"]`).waitFor();
    // The second photo is a touch away.
    await page
      .getByRole('button', {
        name: text('de', 'media.viewer.counter', { number: '2', count: '2' }),
      })
      .click();
    await page.locator(`.kiosk img[alt="${alts[1]}"]`).waitFor();
    await page.getByRole('button', { name: text('de', 'media.kiosk.play') }).waitFor();
    expect(await page.locator('.kiosk audio').count()).toBe(1);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('lets the author keep, add and remove photos when editing a pending story', async () => {
    const editor: ApiPersona = { sub: `u-upload-editor-${run}`, name: `Edith ${run}` };
    const kept = await uploadMedium(
      editor,
      'image',
      'image/jpeg',
      await makeJpeg(800, 600, '#456'),
    );
    const { id } = await submitViaApi(editor, `Zum Ändern ${run}`, {
      media: [{ id: kept, kind: 'image', alt: `Der alte Hafen ${run}` }],
    });
    const { context, page } = await openPage(browser, { language: 'en' });
    const en = ui(page, 'en');
    await signInAs(page, editor, `/me/stories/${id}/edit`);
    const firstAlt = page.locator('#field-media-0-alt');
    await firstAlt.waitFor();
    expect(await firstAlt.inputValue()).toBe(`Der alte Hafen ${run}`);
    // The photo already in the story shows from its private preview.
    await expect
      .poll(() =>
        page
          .locator('.photo img')
          .first()
          .evaluate((i: HTMLImageElement) => i.naturalWidth),
      )
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const chooser = page.waitForEvent('filechooser');
    await en.button('upload.photos.chooseMore').click();
    await (
      await chooser
    ).setFiles({ name: 'neu.jpg', mimeType: 'image/jpeg', buffer: files.plain });
    await page.locator('#field-media-1-alt').fill(`Der neue Hafen ${run}`);
    await expect
      .poll(() => page.getByText(text('en', 'upload.state.ready'), { exact: true }).count(), {
        timeout: 30_000,
      })
      .toBe(2);
    await en.button('upload.photo.remove', { number: '1' }).click();
    await en.button('edit.save').click();
    await en.see('edit.done.heading');
    const story = await callApi<{ media: { alt?: string }[] }>(editor, 'GET', `/stories/${id}`);
    expect(story.media.map((m) => m.alt)).toEqual([`Der neue Hafen ${run}`]);
    await context.close();
  });
});
