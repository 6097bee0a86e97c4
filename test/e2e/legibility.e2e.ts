import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/local-stack/free-port';
import { baseUrl, launchBrowser, openPage } from './support/browser';
import { ANNA, callApi, run, signInAs, submitViaApi, text } from './support/residents';

/**
 * Legibility for older readers (issue 10, item 16) and a quiet console (item 10): running text
 * of at least 17 px and metadata of at least 15 px, one serif served by the site itself, the
 * language of the browser on a first visit, and no Svelte warning in the development build.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERIF = 'Source Serif 4';

let browser: Browser;
let storyId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const feed = await callApi<{ items: { id: string }[] }>(null, 'GET', '/stories?limit=1');
  storyId = feed.items[0]!.id;
});

afterAll(async () => {
  await browser?.close();
});

/** Computed sizes in px of every visible element that matches `selector`, with its text. */
const sizesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((el) => el.getClientRects().length > 0 && el.textContent?.trim())
      .map((el) => ({
        size: parseFloat(getComputedStyle(el).fontSize),
        text: `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent!.trim().slice(0, 40)}`,
      })),
  );

/**
 * Every visible text of `main` (the text nodes' own elements): nothing is below the metadata
 * floor. Visually hidden text (for screen readers) has no size anybody reads.
 */
const smallestTexts = (page: Page, floor: number) =>
  page.evaluate((floor) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('.visually-hidden')) continue;
      if (el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < floor) small.push(`${size}px ${el.tagName.toLowerCase()}.${el.className}`);
    }
    return [...new Set(small)];
  }, floor);

async function expectLegible(page: Page, body: string[], metadata: string[]) {
  for (const selector of body) {
    const sizes = await sizesOf(page, selector);
    expect(sizes.length, `body text ${selector} on ${page.url()}`).toBeGreaterThan(0);
    for (const { size, text } of sizes) expect(size, text).toBeGreaterThanOrEqual(17);
  }
  for (const selector of metadata) {
    const sizes = await sizesOf(page, selector);
    expect(sizes.length, `metadata ${selector} on ${page.url()}`).toBeGreaterThan(0);
    for (const { size, text } of sizes) expect(size, text).toBeGreaterThanOrEqual(15);
  }
  expect(await smallestTexts(page, 15), `text below 15 px on ${page.url()}`).toEqual([]);
}

describe('text sizes for older readers', () => {
  it('home: intro and card excerpts at 17 px or more, bylines, chips and counts at 15 px or more', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto('/');
      await page.locator('.card .excerpt').first().waitFor();
      await expectLegible(
        page,
        ['.intro .lead', '.intro .prose', '.card .excerpt'],
        ['.intro .kicker', '.card .byline p', '.card .chips li'],
      );
    } finally {
      await context.close();
    }
  });

  it('a story: its text at 17 px or more, its facts and chips at 15 px or more', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto(`/stories/${storyId}`);
      await page.locator('.facts').waitFor();
      const warned = page.getByRole('button', { name: text('de', 'story.warnings.showText') });
      if (await warned.count()) await warned.click();
      await expectLegible(
        page,
        ['.story-text p'],
        ['.facts dt', '.facts dd', '.facts .detail', '.chips li'],
      );
    } finally {
      await context.close();
    }
  });

  it('the submit form: hints and labels at 17 px or more, step marks at 15 px or more', async () => {
    const { context, page } = await openPage(browser, { as: 'anna' });
    try {
      await page.goto('/submit');
      await page.locator('#field-title').waitFor();
      await expectLegible(page, ['form .hint', 'form label'], ['.form-section .step']);
    } finally {
      await context.close();
    }
  });
  it.each([
    ['/me', 'anna', 'form label'],
    ['/admin/people', 'olaf', 'form label'],
    ['/barrierefreiheit', undefined, 'main h1'],
    ['/leichte-sprache', undefined, 'main h1'],
  ] as const)('%s: no text below 15 px', async (path, as, ready) => {
    const { context, page } = await openPage(browser, as ? { as } : {});
    try {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      expect(await smallestTexts(page, 15), `text below 15 px on ${path}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the serif', () => {
  it('is loaded from the site itself, and no request leaves its origin', async () => {
    const { context, page } = await openPage(browser);
    const origin = new URL(baseUrl()).origin;
    const elsewhere: string[] = [];
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin)
        elsewhere.push(request.url());
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    try {
      await page.goto(`/stories/${storyId}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const loaded = await page.evaluate(async (family) => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.family.replace(/"/g, '') === family)
          .map((face) => `${face.style} ${face.status}`);
      }, SERIF);
      expect(loaded).toContain('normal loaded');
      const heading = await page
        .locator('h1')
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
      expect(heading.startsWith(`"${SERIF}"`)).toBe(true);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.startsWith(`${origin}/`)).toBe(true);
      expect(elsewhere).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the language on a first visit', () => {
  const firstVisit = async (locale: string, remembered?: 'de' | 'en') => {
    const context = await browser.newContext({ baseURL: baseUrl(), locale });
    const page = await context.newPage();
    await page.goto('/');
    if (remembered) {
      await page.evaluate(
        (value) => localStorage.setItem('ruhr-stories.locale', value),
        remembered,
      );
      await page.reload();
    }
    await page.locator('h1').first().waitFor();
    const lang = await page.evaluate(() => document.documentElement.lang);
    const skip = await page.locator('.skip-link').textContent();
    await context.close();
    return { lang, skip };
  };

  it('is English for a browser in en-GB', async () => {
    expect(await firstVisit('en-GB')).toEqual({ lang: 'en', skip: text('en', 'skip.toContent') });
  });

  it('is German for a browser in de-DE', async () => {
    expect(await firstVisit('de-DE')).toEqual({ lang: 'de', skip: text('de', 'skip.toContent') });
  });

  it('is the remembered choice, whatever the browser says', async () => {
    expect(await firstVisit('en-GB', 'de')).toEqual({
      lang: 'de',
      skip: text('de', 'skip.toContent'),
    });
    expect(await firstVisit('de-DE', 'en')).toEqual({
      lang: 'en',
      skip: text('en', 'skip.toContent'),
    });
  });

  it('is remembered once the visitor switches', async () => {
    const { context, page } = await openPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('button', { name: /English/ }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.reload();
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await context.close();
    }
  });
});

/**
 * Svelte speaks its run-time warnings (ownership_invalid_binding and the like) only in a
 * development build, so this part starts the dev server, its /api proxied to the preview server.
 */
describe('the development build', () => {
  let dev: ChildProcess | undefined;
  let devUrl: string;

  beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
    const port = await freePort();
    dev = spawn(process.execPath, [vite, 'dev', '--port', String(port), '--strictPort'], {
      cwd: join(root, 'web'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        WEB_PORT: String(port),
        API_PORT: new URL(baseUrl()).port,
      },
      stdio: 'ignore',
    });
    devUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (dev.exitCode !== null) throw new Error(`vite dev exited with ${dev.exitCode}`);
      const ok = await fetch(`${devUrl}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error('vite dev did not answer');
      await new Promise((done) => setTimeout(done, 300));
    }
  }, 150_000);

  afterAll(async () => {
    if (!dev || dev.exitCode !== null) return;
    const exited = new Promise((done) => dev!.once('exit', done));
    dev.kill('SIGTERM');
    await exited;
  });

  it(
    'logs no Svelte warning on the edit page, nor when the language changes',
    { timeout: 240_000 },
    async () => {
      const story = await submitViaApi(ANNA, `Am Kanal ${run}`, {
        themes: ['everyday-life', 'community'],
        contentWarnings: ['accident'],
      });
      const context = await browser.newContext({ baseURL: devUrl, locale: 'de-DE' });
      try {
        // The first visit lets Vite bundle the dependencies it discovers (it may reload the page).
        const warmUp = await context.newPage();
        await signInAs(warmUp, ANNA, `/me/stories/${story.id}/edit`);
        await warmUp.locator('#field-title').waitFor({ timeout: 180_000 });
        await warmUp.waitForLoadState('networkidle');
        await warmUp.close();

        const page = await context.newPage();
        const warnings: string[] = [];
        page.on('console', (message) => {
          const said = message.text();
          if (/\[svelte\]|svelte\.dev\/e\/|ownership_|state_referenced_locally/.test(said))
            warnings.push(said);
        });
        await page.goto(`/me/stories/${story.id}/edit`);
        await page.locator('#field-title').waitFor({ timeout: 60_000 });
        // Fields bound to the form: a theme, a warning, the title.
        await page.getByRole('checkbox', { name: text('de', 'theme.migration') }).check();
        await page.getByRole('checkbox', { name: text('de', 'warning.death') }).check();
        await page.locator('#field-title').fill(`Am Kanal, neu ${run}`);
        await page.getByRole('button', { name: /English/ }).click();
        await page.getByRole('heading', { level: 1, name: text('en', 'edit.heading') }).waitFor();
        await page.getByRole('checkbox', { name: text('en', 'theme.colliery') }).check();
        await page.getByRole('button', { name: /Deutsch/ }).click();
        await page.getByRole('heading', { level: 1, name: text('de', 'edit.heading') }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(warnings).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
