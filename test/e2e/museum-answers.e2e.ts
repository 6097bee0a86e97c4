import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  approveViaApi,
  callApi,
  run,
  signInAs,
  submitViaApi,
  text,
  ui,
  type ApiPersona,
} from './support/residents';

/**
 * The museum answers (issue 14, DESIGN §10), the whole way: Kai, a curator, comments on a
 * published story in the browser; the comment shows "Deutsches Bergbau-Museum" beside his name;
 * the stream poller of the browser tests' setup carries it to the notifier, so the story's author
 * sees the notification (count in the header, the notifications page, a link to the answer)
 * and, having chosen it on "Mein Konto", gets one e-mail. axe checks both pages.
 */

type Mail = { destination: { to: string[] }; subject: string; body: { text?: string } };

const KAI = demoUser('kai');
/** Screenshots to look at by hand, when a folder is given (nothing is written otherwise). */
const SHOTS = process.env.SCREENSHOT_DIR;

async function shot(page: Page, name: string, fullPage = true) {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function mailsTo(address: string): Promise<Mail[]> {
  const { emails } = (await (await fetch(inject('mailStoreUrl'))).json()) as { emails: Mail[] };
  return emails.filter((m) => m.destination.to.some((to) => to.includes(address)));
}

/** The person's account at the local provider: where the address for the e-mail comes from. */
async function createAccount(persona: ApiPersona, email: string) {
  const response = await fetch(`${inject('authIssuer')}/local-admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-admin-key': inject('authAdminKey') },
    body: JSON.stringify({ email, sub: persona.sub }),
  });
  if (!response.ok) throw new Error(`create account: ${response.status} ${await response.text()}`);
}

describe('the museum answers', () => {
  let browser: Browser;
  const author: ApiPersona = { sub: `u-answers-${run}`, name: 'Gisela Nowak' };
  const address = `gisela.${run}@example.org`;
  const title = `Die Kaue am Samstag ${run}`;
  let storyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createAccount(author, address);
    storyId = (await submitViaApi(author, title)).id;
    await approveViaApi(storyId);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the author choose e-mails on the museum’s answers on Mein Konto', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    await signInAs(page, author, '/me');
    await page.getByLabel(text('de', 'account.answers')).check();
    await ui(page, 'de').button('account.save').click();
    await ui(page, 'de').see('account.saved');
    const me = await callApi<{ notifications: unknown }>(author, 'GET', '/me');
    expect(me.notifications).toEqual({ decisions: 'none', answers: 'email' });
    await context.close();
  });

  it('shows a curator’s comment with the museum badge, and the author’s with theirs', async () => {
    const { context, page } = await openPage(browser, { language: 'de', as: 'kai' });
    const de = ui(page, 'de');
    await page.goto(`/stories/${storyId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await de.field('comments.label').fill('Danke! Ein Foto dieser Kaue haben wir im Archiv.');
    await de.button('comments.send').click();
    await de.see('comments.posted');
    await callApi(author, 'POST', `/stories/${storyId}/comments`, {
      body: 'Wie schön, das würde ich gern sehen.',
    });
    await page.reload();
    const museum = page.locator('article.comment', { hasText: 'Foto dieser Kaue' });
    await museum.getByText(KAI.name, { exact: true }).waitFor();
    // The badge is text, beside the name: read out with it, not only a colour.
    expect(await museum.locator('.meta').innerText()).toContain(
      `${KAI.name} ${text('de', 'badge.museum')}`,
    );
    const own = page.locator('article.comment', { hasText: 'würde ich gern sehen' });
    expect(await own.locator('.meta').innerText()).toContain(
      `${author.name} ${text('de', 'badge.author')}`,
    );
    await shot(page, 'story-badges-de');
    await expectNoAxeViolations(page);
    // On a phone the badge stays beside (or just below) the name, within the screen.
    await page.setViewportSize({ width: 360, height: 740 });
    await museum.scrollIntoViewIfNeeded();
    const box = await museum.locator('.comment-badge').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await shot(page, 'story-badges-phone-de', false);
    await page.setViewportSize({ width: 1280, height: 720 });

    // English: the museum keeps its name, the author is "Author".
    await page.evaluate(() => localStorage.setItem('ruhr-stories.locale', 'en'));
    await page.reload();
    await museum.getByText(text('en', 'badge.museum')).waitFor();
    await own.getByText(text('en', 'badge.author'), { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('tells the author in the app and once by e-mail', async () => {
    const { context, page } = await openPage(browser, { language: 'de' });
    await signInAs(page, author, '/');
    const nav = page.getByRole('navigation', { name: text('de', 'nav.label') });
    // The count of unread notifications is on "Mein Konto", spoken as words after the name.
    const link = nav.getByRole('link', { name: new RegExp(`^${text('de', 'nav.account')}`) });
    // The poller brings the answer within seconds; the header asks again on a fresh load.
    const deadline = Date.now() + 15_000;
    while (!(await link.innerText()).includes('1') && Date.now() < deadline) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    expect(await link.innerText()).toContain('1');
    expect(await link.innerText()).toContain(text('de', 'nav.account'));
    await shot(page, 'header-count-de', false);
    await link.click();
    await page.waitForURL((url) => url.pathname === '/me');
    await page
      .getByRole('link', { name: new RegExp(text('de', 'account.notifications')) })
      .waitFor();
    await shot(page, 'account-de');
    await page.getByRole('link', { name: new RegExp(text('de', 'account.notifications')) }).click();
    await page
      .getByRole('heading', { level: 1, name: text('de', 'notifications.heading') })
      .waitFor();
    await page.getByText(text('de', 'notifications.museumAnswer', { title })).waitFor();
    await page.getByText(text('de', 'notifications.new'), { exact: true }).waitFor();
    await shot(page, 'notifications-de');
    await expectNoAxeViolations(page);

    // Seen once, it is read: the header's count is gone.
    await page.reload();
    await page.getByText(text('de', 'notifications.museumAnswer', { title })).waitFor();
    expect(await page.getByText(text('de', 'notifications.new'), { exact: true }).count()).toBe(0);
    expect(await link.innerText()).not.toContain('1');

    await ui(page, 'de').link('notifications.openLabel', { title }).click();
    await page.waitForURL((url) => url.pathname === `/stories/${storyId}`);
    expect(page.url()).toMatch(/#comment-/);

    const mails = await mailsTo(address);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Das Museum hat auf Ihre Geschichte geantwortet');
    expect(mails[0]!.body.text).toContain(`„${title}“`);
    await context.close();
  });

  it('shows the notifications page to nobody else', async () => {
    const { context, page } = await openPage(browser, { language: 'en' });
    await signInAs(page, KAI, '/me/notifications');
    await page
      .getByRole('heading', { level: 1, name: text('en', 'notifications.heading') })
      .waitFor();
    await page.getByText(text('en', 'notifications.empty')).waitFor();
    await shot(page, 'notifications-empty-en');
    await expectNoAxeViolations(page);
    await context.close();
  });
});
