import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  approveViaApi,
  callApi,
  run,
  submitViaApi,
  text,
  type ApiPersona,
} from './support/residents';

/**
 * The curators' workspace (issue 10, item 8): the finder learns consent in a bounded number of
 * requests, a caption can be changed after adding, and a live exhibition is taken back only after
 * a confirmation that names the kiosk address showing it.
 */

const KAI = demoUser('kai');

/** A published story whose author consented to exhibition use. */
async function consentedStory(title: string) {
  const author: ApiPersona = { sub: `curation-${title}`, name: 'Gerda' };
  const { id } = await submitViaApi(author, title, {
    body: 'Im Winter fuhren wir mit der Straßenbahn bis zur Zeche und liefen das letzte Stück.',
    consent: { exhibition: true },
  });
  await approveViaApi(id);
  return id;
}

async function exhibitionWith(storyId: string, caption: string) {
  const exhibition = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
    title: { de: `Straßenbahn ${run}-${Math.random().toString(36).slice(2, 6)}` },
    intro: { de: 'Wege zur Arbeit im Revier.' },
  });
  await callApi(KAI, 'POST', `/exhibitions/${exhibition.id}/items`, {
    storyId,
    caption: { de: caption },
  });
  return exhibition.id;
}

describe('the curation workspace', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('learns the consent of the found stories in a bounded number of requests', async () => {
    const { context, page } = await openPage(browser, { language: 'de', as: 'kai' });
    const api: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) api.push(url.pathname);
    });
    await page.goto('/curation');
    await page.getByText(text('de', 'curation.finder.consent.yes')).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Two finders (items and picks) with one page each: never one request per found story. The
    // rest is the page's own: config and profile, exhibitions, calls, picks, notices, feedback.
    expect(api.filter((path) => /^\/api\/stories\/[^/]+$/.test(path))).toEqual([]);
    expect(api.filter((path) => path === '/api/curation/story-consents')).toHaveLength(1);
    expect(api.length, api.join('\n')).toBeLessThanOrEqual(16);
    await context.close();
  });

  it('changes a caption after the story was added', { timeout: 60_000 }, async () => {
    const storyId = await consentedStory(
      `Mit der Bahn ${run}-${Math.random().toString(36).slice(2, 6)}`,
    );
    const exhibitionId = await exhibitionWith(storyId, 'Der erste Begleittext.');
    const { context, page } = await openPage(browser, { language: 'de', as: 'kai' });
    await page.goto(`/curation/exhibitions/${exhibitionId}`);
    await page.getByText('Der erste Begleittext.').waitFor();
    await page.locator(`#caption-edit-${storyId}`).click();
    const field = page.locator(`#caption-edit-field-${storyId}`);
    await field.fill('Ein besserer Begleittext.');
    await page.getByRole('button', { name: text('de', 'curation.items.saveCaption') }).click();
    await page.getByText('Ein besserer Begleittext.').waitFor();
    const read = await callApi<{ items: { storyId: string; caption?: { de: string } }[] }>(
      KAI,
      'GET',
      `/exhibitions/${exhibitionId}`,
    );
    expect(read.items.find((item) => item.storyId === storyId)?.caption?.de).toBe(
      'Ein besserer Begleittext.',
    );
    await expectNoAxeViolations(page);
    await context.close();
  });

  it(
    'asks before a live exhibition stops being published, naming its kiosk address',
    {
      timeout: 60_000,
    },
    async () => {
      const storyId = await consentedStory(
        `Zur Zeche ${run}-${Math.random().toString(36).slice(2, 6)}`,
      );
      const exhibitionId = await exhibitionWith(storyId, 'Begleittext.');
      await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/publish`);
      const status = async () =>
        (await callApi<{ status: string }>(KAI, 'GET', `/exhibitions/${exhibitionId}`)).status;

      const { context, page } = await openPage(browser, { language: 'en', as: 'kai' });
      await page.goto(`/curation/exhibitions/${exhibitionId}`);
      const unpublish = page.getByRole('button', { name: text('en', 'curation.editor.unpublish') });
      await unpublish.click();
      const dialog = page.getByRole('dialog', { name: text('en', 'curation.unpublish.title') });
      await dialog.waitFor();
      await dialog.getByText(`/kiosk/${exhibitionId}`).waitFor();
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: text('en', 'curation.unpublish.keep') }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await status()).toBe('published');

      await unpublish.click();
      await dialog.getByRole('button', { name: text('en', 'curation.unpublish.confirm') }).click();
      await page
        .getByRole('button', { name: text('en', 'curation.editor.publish'), exact: true })
        .waitFor();
      expect(await status()).toBe('draft');
      await context.close();
    },
  );
});
