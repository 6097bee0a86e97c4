import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../web/src/lib/i18n/dictionaries';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { fillGuidedSubmission, run, text, type Language } from './support/residents';

/**
 * The pages a German public museum's site must have (issue 10, item 11): each one reached from the
 * footer in both languages, the terms from the consent step, and the accessibility statement's
 * feedback form, which reaches the curators without anyone signing in.
 */

const LEGAL_PAGES: { path: string; label: MessageKey }[] = [
  { path: '/impressum', label: 'legal.imprint' },
  { path: '/datenschutz', label: 'legal.privacy' },
  { path: '/barrierefreiheit', label: 'legal.accessibility' },
  { path: '/bedingungen', label: 'legal.terms' },
  { path: '/leichte-sprache', label: 'legal.easyRead' },
];

const footerLink = (page: Page, language: Language, label: MessageKey) =>
  page
    .getByRole('navigation', { name: text(language, 'legal.nav.label') })
    .getByRole('link', { name: text(language, label), exact: true });

/** Waits for the page's own text (its module loads after the page opens): the "revised" line. */
const textLoaded = (page: Page, language: Language) =>
  page
    .getByText(text(language, 'legal.revised', { date: '' }).trim())
    .first()
    .waitFor();

describe('the legal pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const language of ['de', 'en'] as const) {
    it(`open from the footer in ${language} with a heading, a title and no axe findings`, async () => {
      const { context, page } = await openPage(browser, { language });
      try {
        await page.goto('/exhibitions');
        for (const { path, label } of LEGAL_PAGES) {
          await footerLink(page, language, label).click();
          await page.waitForURL((url) => url.pathname === path);
          const heading = page.getByRole('heading', { level: 1 });
          await expect.poll(() => heading.textContent()).toBe(text(language, label));
          await textLoaded(page, language);
          expect(await page.title()).toBe(
            text(language, 'page.title', { page: text(language, label) }),
          );
          expect(await page.locator('h2').count(), path).toBeGreaterThan(2);
          await expectNoAxeViolations(page);
        }
        // The details the museum has yet to give are marked, not left out.
        await footerLink(page, language, 'legal.imprint').click();
        await textLoaded(page, language);
        const gap = page.locator('.to-fill').first();
        expect(await gap.textContent()).toContain(
          text(language, 'legal.toFill', { what: '' }).trim(),
        );
      } finally {
        await context.close();
      }
    });
  }

  it('switch their text with the site language', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    try {
      await page.goto('/bedingungen');
      await page.getByText('Fassung 2026-11.').first().waitFor();
      await page.getByRole('button', { name: text('de', 'lang.switchTo') }).click();
      await page.getByText('Version 2026-11.').first().waitFor();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(text('en', 'legal.terms'));
    } finally {
      await context.close();
    }
  });

  it('are linked from the consent step: the terms of version 2026-11', async () => {
    const { context, page } = await openPage(browser, { language: 'de', as: 'anna' });
    try {
      await page.goto('/submit');
      const draft = {
        title: `Die Bedingungen ${run}`,
        body: 'Vor dem Einreichen wollte ich wissen, was mit meiner Geschichte geschieht.',
        themes: ['everyday-life'],
      };
      await fillGuidedSubmission(page, 'de', draft, async (step) => {
        if (step !== 5) return;
        const link = page.getByRole('link', {
          name: text('de', 'field.terms.link', { version: '2026-11' }),
        });
        const [terms] = await Promise.all([context.waitForEvent('page'), link.click()]);
        await terms.waitForURL((url) => url.pathname === '/bedingungen');
        await terms.getByText('Fassung 2026-11.').first().waitFor();
        expect(await terms.getByRole('heading', { level: 1 }).textContent()).toBe(
          text('de', 'legal.terms'),
        );
        await terms.close();
      });
      // The form is where it was: nothing typed was lost by reading the terms.
      expect(await page.locator('#preview-title').textContent()).toContain(draft.title);
    } finally {
      await context.close();
    }
  });

  it('take feedback on a barrier without a sign-in, and curators read it', async () => {
    const barrier = `Die Karte lässt sich nicht mit der Tastatur bedienen (${run}).`;
    const visitor = await openPage(browser, { language: 'de' });
    try {
      const { page } = visitor;
      await page.goto('/exhibitions');
      await footerLink(page, 'de', 'legal.accessibility').click();
      await page.waitForURL((url) => url.pathname === '/barrierefreiheit');
      const where = page.getByLabel(text('de', 'legal.feedback.page'));
      await expect.poll(() => where.inputValue()).toBe('/exhibitions');

      // Nothing described: the summary asks for it and takes focus.
      const send = page.getByRole('button', { name: text('de', 'legal.feedback.send') });
      await send.click();
      const asked = page.getByRole('link', { name: text('de', 'error.feedback.description') });
      await asked.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain(text('de', 'form.summary.heading'));

      // Too short: the summary names the problem, and what was typed stays.
      const description = page.getByLabel(text('de', 'legal.feedback.description'));
      await description.fill('Karte');
      await page.getByLabel(text('de', 'legal.feedback.contact')).fill('leserin@example.org');
      await page.getByRole('button', { name: text('de', 'legal.feedback.send') }).click();
      const summary = page.getByRole('heading', { name: text('de', 'form.summary.heading') });
      await summary.waitFor();
      await page
        .getByRole('link', { name: text('de', 'error.feedback.description.too_small') })
        .waitFor();
      expect(await description.inputValue()).toBe('Karte');
      expect(await where.inputValue()).toBe('/exhibitions');
      await expectNoAxeViolations(page);

      await description.fill(barrier);
      await page.getByRole('button', { name: text('de', 'legal.feedback.send') }).click();
      await page.getByText(text('de', 'legal.feedback.sent.heading')).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await visitor.context.close();
    }

    const curator = await openPage(browser, { language: 'de', as: 'kai' });
    try {
      const { page } = curator;
      await page.goto('/curation');
      const section = page.getByRole('region', { name: text('de', 'legal.curation.heading') });
      const entry = section.getByRole('listitem').filter({ hasText: barrier });
      await entry.waitFor();
      expect(await entry.textContent()).toContain(
        text('de', 'legal.curation.page', { page: '/exhibitions' }),
      );
      expect(await entry.textContent()).toContain('leserin@example.org');
      await expectNoAxeViolations(page);
    } finally {
      await curator.context.close();
    }
  });
});
