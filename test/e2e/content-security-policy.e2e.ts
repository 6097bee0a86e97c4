import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInThroughProvider } from './support/accounts';
import { launchBrowser, openPage, signIn, type Persona } from './support/browser';
import { callApi, run, type ApiPersona } from './support/residents';

/**
 * The site under the Content-Security-Policy that CloudFront sends (issue 9, item 16): the preview
 * server sends the same policy, built from the same build (test/e2e/global-setup.ts), and no page
 * may trip it: no inline script or style the policy does not allow, nothing from another origin.
 */

const KAI: ApiPersona = { sub: 'u-kai', name: 'Kai Lindner', groups: ['curators'] };

type Violation = { directive: string; blocked: string; source: string };
type Watched = { context: BrowserContext; page: Page; violations: () => Promise<string[]> };

/** A page that records every CSP violation: the browser's event, and its console report. */
async function watchedPage(browser: Browser, as?: Persona): Promise<Watched> {
  const { context, page } = await openPage(browser);
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  // Installed before any script of each document runs; the CDP does not go through the CSP.
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      }),
    );
  });
  if (as) await signIn(page, as);
  const violations = async () => {
    const events = await page.evaluate(
      () => (window as unknown as { cspViolations?: Violation[] }).cspViolations ?? [],
    );
    return [
      ...events.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}`),
      ...console,
    ];
  };
  return { context, page, violations };
}

let browser: Browser;
let storyId: string;
let exhibitionId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const feed = await callApi<{ items: { id: string }[] }>(null, 'GET', '/stories?limit=20');
  const consented: string[] = [];
  for (const { id } of feed.items) {
    const story = await callApi<{ consent: { exhibition: boolean } }>(
      null,
      'GET',
      `/stories/${id}`,
    );
    if (story.consent.exhibition) consented.push(id);
  }
  storyId = consented[0]!;
  const exhibition = await callApi<{ id: string }>(KAI, 'POST', '/exhibitions', {
    title: { de: `Unter der Richtlinie ${run}` },
    intro: { de: 'Eine Ausstellung für den Test der Content-Security-Policy.' },
  });
  exhibitionId = exhibition.id;
  await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/items`, { storyId });
  await callApi(KAI, 'POST', `/exhibitions/${exhibitionId}/publish`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the Content-Security-Policy', () => {
  const pages: { name: string; path: () => string; as?: Persona }[] = [
    { name: 'home', path: () => '/' },
    { name: 'a story', path: () => `/stories/${storyId}` },
    { name: 'submit', path: () => '/submit', as: 'anna' },
    { name: 'login', path: () => '/login' },
    { name: 'my stories', path: () => '/me/stories', as: 'anna' },
    { name: 'my account', path: () => '/me', as: 'anna' },
    { name: 'people and roles', path: () => '/admin/people', as: 'olaf' },
    { name: 'moderation', path: () => '/moderation', as: 'mia' },
    { name: 'curation', path: () => '/curation', as: 'kai' },
    { name: 'an exhibition', path: () => `/exhibitions/${exhibitionId}` },
    { name: 'print', path: () => `/exhibitions/${exhibitionId}/print` },
    { name: 'kiosk', path: () => `/kiosk/${exhibitionId}` },
  ];

  for (const { name, path, as } of pages) {
    it(`is sent with ${name}, and the page breaks none of it`, async () => {
      const { context, page, violations } = await watchedPage(browser, as);
      try {
        const response = await page.goto(path());
        expect(response?.headers()['content-security-policy']).toBe(
          inject('contentSecurityPolicy'),
        );
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await violations(), `CSP violations on ${path()}`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('lets the sign-in talk to the identity provider (connect-src), and nothing else', async () => {
    const { context, page, violations } = await watchedPage(browser);
    try {
      // Discovery, then the code exchange: both are fetches to the provider's origin.
      await signInThroughProvider(page, 'anna');
      await page.getByText('Anna Brinkmann').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await violations(), 'CSP violations during sign-in').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is enforced: an inline script the build did not ship is blocked and reported', async () => {
    const { context, page, violations } = await watchedPage(browser);
    try {
      await page.goto('/');
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.head.append(script);
      });
      await expect
        .poll(violations)
        .toEqual(
          expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/)]),
        );
      expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
