import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { de, en } from '../../web/src/lib/i18n/dictionaries';
import {
  baseUrl,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
  signIn as signInAs,
} from './support/browser';

/**
 * The moderators' journey (issue 4): Mia works through the story, comment and report queues with
 * the keyboard, decides each with a reason template, and the author reads the reason under
 * "my stories". The data is made through the API first, each run with its own titles.
 */

type Persona = { sub: string; name: string; groups?: string[] };
const MIA: Persona = demoUser('mia');
const BEN: Persona = demoUser('ben');
const run = Date.now().toString(36);
/** Stories come from people of this run, so the hourly limit per author stays out of the way. */
const AUTHOR: Persona = { sub: `u-greta-${run}`, name: 'Greta Pohl' };

async function tokenFor(persona: Persona): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ groups: [], ...persona }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function call<T>(persona: Persona, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(persona)}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

let authors = 0;
const submitStory = (title: string, body: string, author?: Persona) =>
  call<{ id: string }>(
    author ?? { sub: `u-author-${run}-${authors++}`, name: 'Erika Nowak' },
    'POST',
    '/stories',
    {
      title,
      body,
      language: 'de',
      themes: ['everyday-life'],
      place: { name: 'Bochum-Hordel', lat: 51.5047, lng: 7.1644, precision: 'neighbourhood' },
      attribution: 'name',
      consent: {
        online: true,
        exhibition: true,
        research: false,
        license: 'CC-BY-4.0',
        termsVersion: '2026-11',
      },
    },
  );

/**
 * Signs in a person of this run who is not among the login page's demo personas, the way the
 * login page does it: a token from the development issuer, kept in localStorage.
 */
async function signIn(page: Page, persona: Persona) {
  const token = await tokenFor(persona);
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('ruhr-stories.token', value), token);
}

const heading = (page: Page, text: string) => page.locator('main h1', { hasText: text }).waitFor();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Moves focus to a link or button and activates it with Enter, as a keyboard user would. */
async function activate(page: Page, role: 'link' | 'button', name: string | RegExp) {
  await page.getByRole(role, { name }).first().focus();
  await page.keyboard.press('Enter');
}

/** Opens the template list with the keyboard and moves down to the template at `index`. */
async function chooseTemplate(page: Page, index: number) {
  expect(await focusedId(page)).toBe('reason-template');
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
}

describe('the moderators’ journey', () => {
  let browser: Browser;
  const storyTitle = `Kohlenstaub auf der Wäscheleine ${run}`;
  const reportedTitle = `Der Taubenschlag hinterm Haus ${run}`;
  const commentText = `Schöne Geschichte! Schreib mir doch: ben.${run}@example.com`;
  let story: { id: string };
  let reported: { id: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    story = await submitStory(
      storyTitle,
      'Meine Mutter hängte jeden Montag die Wäsche auf, und abends war sie grau vom Kohlenstaub. Ruft mich an: 0234 5556677.',
      AUTHOR,
    );
    reported = await submitStory(
      reportedTitle,
      'Hinter dem Haus hatte Opa seinen Taubenschlag, und sonntags warteten wir alle auf die Rückkehr der Tauben.',
    );
    await call(MIA, 'POST', `/moderation/stories/${reported.id}/decision`, { decision: 'approve' });
    const comment = await call<{ status: string }>(
      BEN,
      'POST',
      `/stories/${reported.id}/comments`,
      {
        body: commentText,
      },
    );
    expect(comment.status).toBe('held');
    for (const [i, reason] of (['spam', 'offensive', 'off-topic'] as const).entries()) {
      await call(
        { sub: `u-reporter-${run}-${i}`, name: `Reporter ${i}` },
        'POST',
        `/stories/${reported.id}/reports`,
        {
          reason,
        },
      );
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a moderator work through the story, comment and report queues by keyboard', async () => {
    const { context, page } = await openPage(browser, { language: 'de', as: 'mia' });
    await page.goto('/moderation');
    await page.getByRole('heading', { name: 'Eingereichte Geschichten' }).waitFor();
    await page.locator('.rows h3 a').first().waitFor();
    await expectNoAxeViolations(page);

    // The oldest story first, then j (next) until her story; k goes back one.
    await page.locator('.rows h3 a').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#decision-heading').waitFor();
    for (
      let i = 0;
      i < 20 && !(await page.locator('main h1').innerText()).includes(storyTitle);
      i++
    ) {
      const before = page.url();
      await page.keyboard.press('j');
      await page.waitForURL((url) => url.href !== before);
      await page.locator('#decision-heading').waitFor();
    }
    await heading(page, storyTitle);
    await page.keyboard.press('k');
    await page.waitForURL((url) => !url.pathname.endsWith(story.id));
    await page.keyboard.press('j');
    await heading(page, storyTitle);
    expect(await page.locator('mark').first().innerText()).toContain('0234 5556677');

    // ? shows the shortcuts; the page passes axe with the help open.
    await page.keyboard.press('?');
    await page.locator('#shortcut-panel').waitFor({ state: 'visible' });
    await expectNoAxeViolations(page);
    await page.keyboard.press('?');

    // c: request changes; the reason is required, so focus goes to the templates.
    await page.keyboard.press('c');
    expect(await page.locator('#decision-request-changes').isChecked()).toBe(true);
    await chooseTemplate(page, 1);
    const whereWhen = de['mod.template.whereWhen.text'];
    expect(await page.locator('#reason').inputValue()).toBe(whereWhen);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('reason');
    // Typing in the field never fires a shortcut ("a" would pick approve).
    await page.keyboard.type(' Danke an alle!');
    expect(await page.locator('#decision-request-changes').isChecked()).toBe(true);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: storyTitle }).first().waitFor();

    // The held comment: hide it because of the e-mail address.
    await page.goto('/moderation');
    await activate(page, 'link', /^Kommentare/);
    await page.getByRole('heading', { name: 'Zurückgehaltene Kommentare' }).waitFor();
    const commentRow = page.locator('.rows article', { hasText: `ben.${run}@example.com` });
    await commentRow.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.locator('mark', { hasText: `ben.${run}@example.com` }).waitFor();
    await page.keyboard.press('h');
    await chooseTemplate(page, 0);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'ausgeblendet' }).first().waitFor();

    // The report: three people reported the story, so it is hidden; hide confirms the reports.
    await page.goto('/moderation?queue=reports');
    await activate(page, 'link', reportedTitle);
    await heading(page, reportedTitle);
    expect(await page.getByText('3 Meldungen').first().isVisible()).toBe(true);
    await page.keyboard.press('h');
    await chooseTemplate(page, 2);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      de['mod.decision.submit'],
    );
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: reportedTitle }).first().waitFor();

    // Every decision is in the log, newest first, with its reason.
    await page.goto('/moderation/log');
    await page.locator('.log li').first().waitFor();
    const log = await page.locator('.log').innerText();
    expect(log).toContain(de['mod.template.insult.text']);
    expect(log).toContain(de['mod.template.personalData.text']);
    expect(log).toContain(`${whereWhen} Danke an alle!`);
    await expectNoAxeViolations(page);
    // Older decisions page in with the keyboard; focus moves to the first of them.
    const entries = await page.locator('.log > li').count();
    await activate(page, 'button', de['mod.log.loadMore']);
    await page.waitForFunction((n) => document.querySelectorAll('.log > li').length > n, entries);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.log > li')].indexOf(document.activeElement!),
      ),
    ).toBe(entries);
    await context.close();

    // The author is told: a badge in the header, the reason under "my stories".
    const author = await openPage(browser, { language: 'de' });
    await signIn(author.page, AUTHOR);
    await author.page.goto('/');
    await author.page.getByRole('link', { name: /Meine Geschichten.*neue Entscheidung/ }).waitFor();
    await author.page.goto('/me/stories');
    await author.page.getByText(`${whereWhen} Danke an alle!`).first().waitFor();
    await author.context.close();
  });

  it('tells the moderator when someone else decided first, and reloads', async () => {
    const title = `Die Lohntüte am Freitag ${run}`;
    const other = await submitStory(
      title,
      'Freitags brachte Vater die Lohntüte nach Hause, und Mutter teilte das Geld auf.',
    );
    const { context, page } = await openPage(browser, { language: 'de', as: 'mia' });
    await page.goto(`/moderation/stories/${other.id}`);
    await heading(page, title);
    await call(
      { sub: 'u-kim', name: 'Kim Moderator', groups: ['moderators'] },
      'POST',
      `/moderation/stories/${other.id}/decision`,
      {
        decision: 'approve',
      },
    );
    await page.keyboard.press('a');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      de['mod.decision.submit'],
    );
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'jemand anderes' }).waitFor();
    await page.locator('.history', { hasText: 'Kim Moderator' }).waitFor();
    await context.close();
  });

  it('asks for a reason before rejecting, in the browser', async () => {
    const title = `Die Kaue ${run}`;
    const pending = await submitStory(
      title,
      'In der Kaue hingen die Kleider an Ketten unter der Decke, jeder hatte seinen Haken.',
    );
    const { context, page } = await openPage(browser, { language: 'en', as: 'mia' });
    await page.goto(`/moderation/stories/${pending.id}`);
    await heading(page, title);
    await page.keyboard.press('r');
    await page.keyboard.press('Control+Enter');
    await page.getByText(en['mod.error.reason']).waitFor();
    expect(await focusedId(page)).toBe('reason');
    await context.close();
  });

  it.each(['de', 'en'] as const)(
    'passes axe on the workspace, an item and the log in %s',
    async (language) => {
      const title = `Axe ${language} ${run}`;
      const pending = await submitStory(
        title,
        'Ein Text für die Prüfung der Barrierefreiheit, mit www.example.org als Link.',
      );
      const { context, page } = await openPage(browser, { language, as: 'mia' });
      await page.goto('/moderation?queue=reports');
      await page.locator('.tabs a[aria-current="page"]').waitFor();
      await page.locator('.rows, .notice.success').first().waitFor();
      await expectNoAxeViolations(page);
      await page.goto(`/moderation/stories/${pending.id}`);
      await heading(page, title);
      await page.locator('.history ol, .history p').first().waitFor();
      await expectNoAxeViolations(page);
      await page.goto('/moderation/log');
      await page.locator('.log li').first().waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('refuses politely: a sign-in prompt for visitors, a notice for residents', async () => {
    const visitor = await openPage(browser, { language: 'en' });
    await visitor.page.goto('/moderation/log');
    await visitor.page.getByRole('link', { name: 'Sign in' }).last().waitFor();
    await visitor.context.close();
    const resident = await openPage(browser, { language: 'de', as: 'anna' });
    await resident.page.goto('/moderation');
    await resident.page.getByText('dem Moderationsteam vorbehalten').waitFor();
    await resident.context.close();
  });
});

describe('what the moderator needs to see (issue 10)', () => {
  let browser: Browser;
  const shots = process.env.SCREENSHOTS;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows each report’s reason and note in the reports queue and the item view', async () => {
    const title = `Das Büdchen an der Ecke ${run}`;
    const story = await submitStory(
      title,
      'Am Büdchen gab es saure Gurken aus dem Fass und für zehn Pfennig eine Tüte Bonbons.',
    );
    await call(MIA, 'POST', `/moderation/stories/${story.id}/decision`, { decision: 'approve' });
    const note = `Im zweiten Satz steht die Hausnummer der Nachbarin ${run}.`;
    const reporter = (i: number) => ({ sub: `u-noter-${run}-${i}`, name: `Meldende ${i}` });
    await call(reporter(0), 'POST', `/stories/${story.id}/reports`, {
      reason: 'personal-data',
      note,
    });
    await call(reporter(1), 'POST', `/stories/${story.id}/reports`, { reason: 'spam' });

    const { context, page } = await openPage(browser, { language: 'de', as: 'mia' });
    await page.goto('/moderation?queue=reports');
    const row = page.locator('.rows article', { hasText: title });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(note);
    expect(rowText).toContain(de['mod.reportReason.personal-data']);
    expect(rowText).toContain(de['mod.reportReason.spam']);
    expect(rowText).toContain(de['mod.reports.noNote']);
    expect(rowText).not.toContain('Meldende');

    await row.getByRole('link').click();
    await heading(page, title);
    const summary = page.locator('.reports');
    await summary.getByText(note).waitFor();
    expect(await summary.innerText()).toContain(de['mod.reportReason.personal-data']);
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/reports-item.png`, fullPage: true });
    await context.close();
  });

  it('closes the shortcut help on Escape and on the next item, and keeps "nothing found" calm', async () => {
    const first = await submitStory(`Hilfe 1 ${run}`, 'Ein ruhiger Text über den Kleingarten.');
    await submitStory(`Hilfe 2 ${run}`, 'Noch ein ruhiger Text über den Kanal.');
    const { context, page } = await openPage(browser, { language: 'de', as: 'mia' });
    await page.goto(`/moderation/stories/${first.id}`);
    await heading(page, `Hilfe 1 ${run}`);
    const panel = page.locator('#shortcut-panel');

    await page.keyboard.press('?');
    await panel.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe(
      'shortcut-panel',
    );

    await page.keyboard.press('?');
    await panel.waitFor({ state: 'visible' });
    const before = page.url();
    await page.locator('a[rel="next"]').click();
    await page.waitForURL((url) => url.href !== before);
    await page.locator('#decision-heading').waitFor();
    expect(await panel.isVisible()).toBe(false);

    // Nothing found by the pre-screen is no alarm: not the red of a real finding.
    const flags = page.locator('.flags', { hasText: de['mod.flags.none'] });
    await flags.waitFor();
    const style = await flags.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(style).not.toBe('rgb(251, 236, 234)');
    await context.close();
  });

  it('shows no key hints on a phone', async () => {
    const pending = await submitStory(`Am Telefon ${run}`, 'Ein Text, auf dem Telefon gelesen.');
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'de-DE',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await signInAs(page, 'mia');
    await page.goto(`/moderation/stories/${pending.id}`);
    await heading(page, `Am Telefon ${run}`);
    await page.locator('#decision-heading').waitFor();
    const visibleHints = await page
      .locator('kbd')
      .evaluateAll((all) => all.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(visibleHints).toBe(0);
    expect(await page.getByRole('button', { name: /Tastenkürzel/ }).isVisible()).toBe(false);
    await context.close();
  });

  it('shows a word diff of a resubmission against the version the moderator saw', async () => {
    const author = { sub: `u-diff-${run}`, name: 'Hanne Brause' };
    const title = `Die Siedlung ${run}`;
    const story = await submitStory(
      title,
      'Unsere Siedlung hatte Gärten hinter jedem Haus, und Herr Kowalski züchtete Tauben.',
      author,
    );
    await call(MIA, 'POST', `/moderation/stories/${story.id}/decision`, {
      decision: 'request-changes',
      reason: 'Bitte ohne den Namen des Nachbarn.',
    });
    await call(author, 'PATCH', `/stories/${story.id}`, {
      title: `Die Zechensiedlung ${run}`,
      body: 'Unsere Siedlung hatte Gärten hinter jedem Haus, und ein Nachbar züchtete Tauben.',
    });

    const { context, page } = await openPage(browser, { language: 'en', as: 'mia' });
    await page.goto(`/moderation/stories/${story.id}`);
    await heading(page, `Die Zechensiedlung ${run}`);
    const diff = page.locator('section.diff');
    await diff.getByRole('heading', { name: en['mod.diff.heading'] }).waitFor();
    const del = await diff.locator('del').allTextContents();
    const ins = await diff.locator('ins').allTextContents();
    expect(del.join(' ')).toContain('Siedlung');
    expect(del.join(' ')).toContain('Herr Kowalski');
    expect(ins.join(' ')).toContain('Zechensiedlung');
    expect(ins.join(' ')).toContain('ein Nachbar');
    // Not by colour alone: the marks are spelt out for screen readers.
    expect(await diff.locator('del').first().textContent()).toContain(en['mod.diff.deleted']);
    expect(await diff.locator('ins').first().textContent()).toContain(en['mod.diff.inserted']);
    await expectNoAxeViolations(page);
    if (shots) await diff.screenshot({ path: `${shots}/resubmission-diff.png` });
    await context.close();
  });
});
