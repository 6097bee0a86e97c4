import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { focused, tabTo } from './support/keyboard';
import {
  ANNA,
  approveViaApi,
  BEN,
  callApi,
  fillGuidedSubmission,
  isPublic,
  run,
  sendFromPreview,
  signInAs,
  submitViaApi,
  text,
  ui,
  type Language,
  type StoredStory,
} from './support/residents';

/**
 * The residents' journey (issue 3): Anna tells a story with every field, Ben supports it,
 * comments, replies and reports it (also by keyboard alone), and Anna edits a pending story and
 * withdraws the published one. The steps build on each other, so they run in order.
 */

const KAI = demoUser('kai');

describe('the residents’ journey', () => {
  let browser: Browser;
  const title = `Der Förderturm im Nebel ${run}`;
  const pendingTitle = `Kaninchen im Hinterhof ${run}`;
  let story: StoredStory;
  let pending: { id: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    pending = await submitViaApi(ANNA, pendingTitle);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('tells a story with every field through the guided steps and the preview', async () => {
    const { context, page } = await openPage(browser, { language: 'de', as: 'anna' });
    await page.goto('/submit');
    const draft = {
      title,
      body: 'Im November 1986 lag Nebel über Katernberg.\n\nMan hörte die Seilscheiben, sah sie aber nicht.',
      themes: ['colliery', 'structural-change'],
      warnings: ['accident'],
      place: 'Zeche Zollverein, Essen',
      precision: 'city',
      period: { from: '1986', to: '1986', label: 'Der letzte Winter' },
      exhibition: true,
      research: true,
      license: 'CC-BY-SA-4.0',
    } as const;
    await fillGuidedSubmission(page, 'de', draft, async (step) => {
      // Picking a place from the gazetteer brings its coordinates, without a field for them.
      if (step === 3)
        await ui(page, 'de').see('submit.place.fromGazetteer', { place: draft.place });
    });
    const preview = page.locator('.frame');
    // The preview shows the place as the public will see it: at city precision, the city only.
    for (const shown of ['Essen', draft.period.label, text('de', 'license.CC-BY-SA-4.0')])
      await preview.getByText(shown).first().waitFor();
    expect(await preview.getByText(draft.place).count()).toBe(0);
    // The text waits behind its content warning, in the preview as on the story page.
    expect(await page.locator('#preview-text').isHidden()).toBe(true);
    await sendFromPreview(page, 'de');
    await context.close();

    const mine = await callApi<{ items: StoredStory[] }>(ANNA, 'GET', '/me/stories');
    const id = mine.items.find((item) => item.title === title)?.id;
    story = await callApi<StoredStory>(ANNA, 'GET', `/stories/${id}`);
    expect(story).toMatchObject({
      status: 'pending',
      place: { name: draft.place, lat: 51.4862, lng: 7.0455, precision: 'city' },
      period: { from: 1986, to: 1986, label: 'Der letzte Winter' },
      contentWarnings: ['accident'],
      consent: { exhibition: true, research: true, license: 'CC-BY-SA-4.0' },
    });
  });

  it('lets another resident support, comment, reply and report once it is published', async () => {
    await approveViaApi(story.id);
    await callApi(KAI, 'POST', `/stories/${story.id}/comments`, { body: 'Ich stand am Tor.' });
    const { context, page } = await openPage(browser, { language: 'de' });
    const de = ui(page, 'de');
    await signInAs(page, BEN, `/stories/${story.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    expect(await page.locator('#story-text').isHidden()).toBe(true);
    await de.button('story.warnings.showText').click();
    await page.locator('#story-text').getByText('Nebel über Katernberg').waitFor();

    expect(await de.button('support.button').getAttribute('aria-pressed')).toBe('false');
    await de.button('support.button').click();
    await page.locator('button[aria-pressed="true"]').waitFor();
    await de.see('support.count.one', { count: '1' });
    await page.reload(); // the story page knows the support (viewer.voted)
    await page.locator('button[aria-pressed="true"]').waitFor();

    await de.field('comments.label').fill('Mein Onkel war Steiger auf Schacht 12.');
    await de.button('comments.send').click();
    await de.see('comments.posted');
    await page.locator('.comment', { hasText: 'Steiger auf Schacht 12' }).waitFor();

    // Pre-screening holds a comment with a phone number; its author is told kindly.
    await de.field('comments.label').fill('Ruft mich an: 0234 5556677');
    await de.button('comments.send').click();
    await de.see('comments.posted.held');
    const held = page.locator('.comment', { hasText: '0234 5556677' });
    await held.getByText(text('de', 'comments.heldOwn')).waitFor();

    await de.button('comments.replyTo', { name: KAI.name }).click();
    await de.field('comments.replyLabel', { name: KAI.name }).fill('Dann haben wir uns gesehen!');
    await de.button('comments.sendReply').click();
    const reply = page.locator('.replies .comment', { hasText: 'Dann haben wir uns gesehen!' });
    await reply.waitFor();
    await page.reload();
    await de.button('comments.showReplies', { count: '1' }).click();
    await reply.waitFor();

    // A second report by the same person changes nothing, and says so.
    for (const answer of ['report.thanks', 'report.already'] as const) {
      await de.button('report.storyButton').click();
      const dialog = page.getByRole('dialog', { name: text('de', 'report.title.story') });
      await dialog.getByLabel(text('de', 'report.reason.off-topic')).check();
      await dialog.getByRole('button', { name: text('de', 'report.send') }).click();
      await dialog.getByText(text('de', answer)).waitFor();
      await dialog
        .getByRole('button', { name: text('de', 'common.close') })
        .last()
        .click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await context.close();
  });

  it('completes the comment form and the report dialog by keyboard alone', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    await signInAs(page, BEN, `/stories/${story.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await tabTo(page, (el) => el.id === 'comment-new');
    await page.keyboard.type('Ganz ohne Maus geschrieben.');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe(text('de', 'comments.send'));
    await page.keyboard.press('Enter');
    await page.locator('.comment', { hasText: 'Ganz ohne Maus geschrieben.' }).waitFor();

    // Escape closes the dialog without reporting, and focus returns to the button.
    const reportKai = text('de', 'comments.reportWhose', { name: KAI.name });
    await tabTo(page, (el) => el.label === reportKai, true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: text('de', 'report.title.comment') });
    await dialog.waitFor();
    expect((await focused(page)).id).toBe('report-title');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(page)).label).toBe(reportKai);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await tabTo(page, (el) => el.id === 'report-reason');
    await page.keyboard.press('Space'); // a radio button is chosen with Space
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('report-note');
    await page.keyboard.type('Nur zum Test der Tastaturbedienung.');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe(text('de', 'report.send'));
    await page.keyboard.press('Enter');
    await dialog.getByText(text('de', 'report.thanks')).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(page)).label).toBe(reportKai);
    await context.close();
  });

  it.each<Language>(['de', 'en'])(
    'passes axe on the story, its dialogs, my stories and the edit page in %s',
    async (language) => {
      const { context, page } = await openPage(browser, { language });
      const say = ui(page, language);
      await signInAs(page, BEN, `/stories/${story.id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await say.button('story.warnings.showText').click();
      await say.button('comments.replyTo', { name: KAI.name }).click();
      await say.button('comments.showReplies', { count: '1' }).click();
      await page.locator('.replies .comment').first().waitFor();
      await expectNoAxeViolations(page);
      await say.button('comments.reportWhose', { name: KAI.name }).click();
      await page.getByRole('dialog').waitFor();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');

      await signInAs(page, ANNA, '/me/stories');
      await say.link('me.editLabel', { title: pendingTitle }).waitFor();
      await expectNoAxeViolations(page);
      await say.button('me.withdrawLabel', { title }).click();
      await page.getByRole('dialog').waitFor();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');

      await page.goto(`/me/stories/${pending.id}/edit`);
      await page.locator('#field-title').waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('lets the author edit a pending story and withdraw a published one', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    const de = ui(page, 'de');
    await signInAs(page, ANNA, '/me/stories');
    await de.link('me.editLabel', { title: pendingTitle }).click();
    await page.getByRole('heading', { level: 1, name: text('de', 'edit.heading') }).waitFor();
    await page.locator('#field-title').fill(`${pendingTitle} (überarbeitet)`);
    await de.button('edit.save').click();
    await page.getByRole('heading', { name: text('de', 'edit.done.heading') }).waitFor();
    const edited = await callApi<StoredStory>(ANNA, 'GET', `/stories/${pending.id}`);
    expect(edited).toMatchObject({ title: `${pendingTitle} (überarbeitet)`, status: 'pending' });

    await page.goto('/me/stories');
    await de.button('me.withdrawLabel', { title }).click();
    const dialog = page.getByRole('dialog', { name: text('de', 'me.withdraw.title') });
    await dialog.waitFor();
    // The safe choice has focus, so a hurried Enter keeps the story.
    expect((await focused(page)).label).toBe(text('de', 'me.withdraw.keep'));
    await dialog.getByRole('button', { name: text('de', 'me.withdraw.confirm') }).click();
    await de.see('me.withdrawn', { title });
    const card = page.locator('article', { has: page.locator(`#card-${story.id}`) });
    await card.locator('.badge', { hasText: text('de', 'status.withdrawn') }).waitFor();

    // Gone from every public view.
    expect(await isPublic(title)).toBe(false);
    const visitor = await openPage(browser, { language: 'de' });
    await visitor.page.goto('/');
    await visitor.page.locator('main article h3 a').first().waitFor();
    expect(await visitor.page.locator('main article h3 a', { hasText: title }).count()).toBe(0);
    await visitor.page.goto(`/stories/${story.id}`);
    await visitor.page
      .getByRole('heading', { name: text('de', 'story.notFound.heading') })
      .waitFor();
    await visitor.context.close();
    await context.close();
  });
});
