import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { SignInPersonaId } from '../../../shared/demo-personas';

/**
 * Debian's Chromium with the flags this machine needs (DESIGN §5), and a fake microphone;
 * never a downloaded browser.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // A fake microphone (a beep each second) that needs no permission prompt, for the
      // recorder's test; pages that never ask for a microphone are unaffected.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  });
}

export const baseUrl = () => inject('baseUrl');

/** A persona the login page offers, by its id. */
export type Persona = SignInPersonaId;

/**
 * A fresh browser context (its own storage) in German or English; `as` signs in as a demo persona
 * through the login page, the way a person would.
 */
export async function openPage(
  browser: Browser,
  options: { language?: 'de' | 'en'; as?: Persona } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: options.language === 'en' ? 'en-GB' : 'de-DE',
  });
  const page = await context.newPage();
  if (options.language === 'en') {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('ruhr-stories.locale', 'en'));
  }
  if (options.as) await signIn(page, options.as);
  return { context, page };
}

/** Signs in on /login by choosing the persona's button. */
export async function signIn(page: Page, persona: Persona) {
  await page.goto('/login');
  await page.getByTestId(`persona-${persona}`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** axe-core with the WCAG 2.1 A and AA rules; fails with the violations listed. */
export async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
