import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  approveViaApi,
  callApi,
  fillGuidedSubmission,
  run,
  sendFromPreview,
  signInAs,
  text,
  ui,
  type ApiPersona,
} from './support/residents';

/**
 * Calls for stories (issue 14, item 1): a curator drafts and publishes a call in the workspace, a
 * resident answers it from the call's page through the submission form, the curators see the
 * answer waiting, and after approval it is on the call's page and the story names its call.
 */

const KAI = demoUser('kai');
const resident: ApiPersona = { sub: `u-caller-${run}`, name: `Ruth ${run}` };
const callTitle = `Schichtwechsel ${run}`;
const question = 'Wie war der Wechsel von der Früh- zur Spätschicht?';
const prompt = 'Wer hat Sie abgelöst?';
const storyTitle = `Die Ablösung um zwei ${run}`;

/** Today in the browser's time zone, as a date input takes it. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('a call for stories from question to answer', () => {
  let browser: Browser;
  let callId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a curator draft and publish a call', { timeout: 90_000 }, async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    const say = ui(page, 'de');
    await signInAs(page, KAI, '/curation');
    await say.button('curationCalls.new').click();
    await page.locator('#new-call-title').fill(callTitle);
    await page.locator('#new-call-title-en').fill(`Shift change ${run}`);
    await page.locator('#new-call-question').fill(question);
    await page
      .locator('#new-call-intro')
      .fill('Zwischen zwei Schichten lag oft nur ein Händedruck.');
    await say.button('curationCalls.addPrompt').click();
    await page.locator('#new-call-prompt-0').fill(prompt);
    await page.locator('input[name="new-call-themes"][value="colliery"]').check();
    await page.locator('#new-call-opensAt').fill(today());
    await expectNoAxeViolations(page);
    await say.button('curationCalls.create').click();
    await page.waitForURL(/\/curation\/calls\/[^/]+$/);
    callId = decodeURIComponent(page.url().split('/').pop()!);
    await page.getByRole('heading', { level: 1, name: callTitle }).waitFor();
    await say.button('curationCalls.publish').click();
    await say.see('curationCalls.published');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('lets a resident answer it from its page', { timeout: 120_000 }, async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    const say = ui(page, 'de');
    await signInAs(page, resident, '/');
    // The home page shows the open call; the navigation leads to every call.
    const band = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: text('de', 'calls.home.heading') }),
    });
    await band.waitFor();
    await page
      .getByRole('navigation', { name: text('de', 'nav.label') })
      .getByRole('link', { name: text('de', 'nav.calls'), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: text('de', 'calls.heading') }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: callTitle }).click();
    await page.getByRole('heading', { level: 1, name: callTitle }).waitFor();
    await page.getByText(question).waitFor();
    await page.getByText(prompt).waitFor();
    await expectNoAxeViolations(page);

    await say.link('call.answer').click();
    await page.waitForURL((url) => url.pathname === '/submit' && url.search.includes('call='));
    const callPrompt = page.getByRole('region', { name: callTitle });
    await callPrompt.getByText(question).waitFor();
    await callPrompt.getByText(prompt).waitFor();
    await expectNoAxeViolations(page);
    await fillGuidedSubmission(page, 'de', {
      title: storyTitle,
      body: 'Um zwei kam Jupp mit der Thermoskanne, und wir haben uns im Gang die Hand gegeben. Mehr brauchte es nicht.',
      themes: ['colliery'],
      exhibition: true,
    });
    await sendFromPreview(page, 'de');
    await context.close();
  });

  it(
    'shows curators the waiting answer, and the answer on the call page after approval',
    {
      timeout: 90_000,
    },
    async () => {
      const curator = await openPage(browser, { language: 'de' });
      await signInAs(curator.page, KAI, '/curation');
      const row = curator.page.getByRole('listitem').filter({ hasText: callTitle });
      await row.getByText(text('de', 'curationCalls.waiting.one', { count: '1' })).waitFor();
      await expectNoAxeViolations(curator.page);

      const mine = await callApi<{ items: { id: string; title: string }[] }>(
        resident,
        'GET',
        '/me/stories',
      );
      const story = mine.items.find((s) => s.title === storyTitle)!;
      await approveViaApi(story.id);

      const visitor = await openPage(browser, { language: 'de' });
      await visitor.page.goto(`/calls/${encodeURIComponent(callId)}`);
      const answer = visitor.page.getByRole('link', { name: storyTitle });
      await answer.waitFor();
      await answer.click();
      await visitor.page.getByRole('heading', { level: 1, name: storyTitle }).waitFor();
      await visitor.page
        .getByRole('link', { name: text('de', 'call.storyNote', { title: callTitle }) })
        .waitFor();
      await expectNoAxeViolations(visitor.page);

      // An exhibition from the answers, as a draft in the exhibition editor.
      await curator.page.goto(`/curation/calls/${encodeURIComponent(callId)}`);
      await ui(curator.page, 'de').button('curationCalls.build').click();
      await curator.page.waitForURL(/\/curation\/exhibitions\/[^/]+$/);
      await curator.page.getByRole('heading', { level: 1, name: callTitle }).waitFor();
      await expect
        .poll(() => curator.page.getByText(storyTitle).count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      await curator.context.close();
      await visitor.context.close();
    },
  );

  it('has no axe violations on the calls pages in English', { timeout: 60_000 }, async () => {
    const { context, page } = await openPage(browser, { language: 'en' });
    await page.goto('/calls');
    await page.getByRole('heading', { level: 1, name: text('en', 'calls.heading') }).waitFor();
    await page.getByRole('link', { name: `Shift change ${run}` }).waitFor();
    await expectNoAxeViolations(page);
    await openCall(page, `Shift change ${run}`);
    await expectNoAxeViolations(page);
    await context.close();
  });
});

async function openCall(page: Page, title: string) {
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}
