import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage } from './support/browser';

/**
 * The API reference in the browser: Swagger UI renders the API's own OpenAPI document from
 * same-origin files only (DESIGN §6), under the page's own CSP with no inline script.
 */
describe('the API reference at /api/docs', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the operations with no request to any other origin and no CSP violation', async () => {
    const { context, page } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });

    const response = await page.goto('/api/docs');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect
      .poll(() => page.locator('.opblock').count(), { timeout: 20_000 })
      .toBeGreaterThan(10);
    await expect.poll(() => page.locator('.info .title').innerText()).toContain('Ruhr Stories');
    // An operation opens, and its schema renders (the part that runs the most of Swagger UI).
    await page.locator('.opblock-summary').first().click();
    await expect.poll(() => page.locator('.opblock-body').count()).toBeGreaterThan(0);

    const origin = new URL(baseUrl()).origin;
    const foreign = requested.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== origin,
    );
    expect(foreign).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([
        `${origin}/api/docs/assets/swagger-ui-bundle.js`,
        `${origin}/api/docs/assets/swagger-ui.css`,
        `${origin}/api/docs/assets/init.js`,
        `${origin}/api/openapi.json`,
      ]),
    );
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
