import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../../web/src/lib/i18n/dictionaries';
import { baseUrl, launchBrowser, openPage } from './support/browser';

/**
 * Decisions by e-mail (issue 12), the whole way: a person with an account at the local identity
 * provider chooses e-mail notifications and English in their profile, sends in a story, a
 * moderator asks for changes with a reason in the moderation workspace, and the e-mail arrives
 * in the local SES, in the person's language, with the reason and a link that works. The
 * stream poller of the browser tests' setup carries the change to the notifier, as on AWS the
 * event source mapping does.
 */

type Persona = { sub: string; name: string; groups?: string[] };
type Mail = {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
};

const run = Date.now().toString(36);

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

/** The person's account at the local provider: the only place their address lives. */
async function createAccount(persona: Persona, email: string) {
  const response = await fetch(`${inject('authIssuer')}/local-admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-admin-key': inject('authAdminKey') },
    body: JSON.stringify({ email, sub: persona.sub }),
  });
  if (!response.ok) throw new Error(`create account: ${response.status} ${await response.text()}`);
}

/** Signs in a person of this run (not a demo persona) with a development token, as the login page does. */
async function signIn(page: Page, persona: Persona) {
  const token = await tokenFor(persona);
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('ruhr-stories.token', value), token);
}

const submitStory = (author: Persona, title: string, language: 'de' | 'en') =>
  call<{ id: string }>(author, 'POST', '/stories', {
    title,
    body: 'Every Friday my father came home from the pit, and the whole street smelled of coal and soap.',
    language,
    themes: ['everyday-life'],
    place: { name: 'Bochum-Hordel', lat: 51.5047, lng: 7.1644, precision: 'neighbourhood' },
    attribution: 'name',
    consent: {
      online: true,
      exhibition: false,
      research: false,
      license: 'CC-BY-4.0',
      termsVersion: '2026-11',
    },
  });

/** Waits for the first e-mail to `address` in the local SES; answers it and when it was seen. */
async function mailTo(address: string, timeoutMs = 15_000): Promise<{ mail: Mail; at: number }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { emails } = (await (await fetch(inject('mailStoreUrl'))).json()) as { emails: Mail[] };
    const mail = emails.find((m) => m.destination.to.some((to) => to.includes(address)));
    if (mail) return { mail, at: Date.now() };
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`No e-mail to ${address} in the local mail store`);
}

/** Mia asks for changes with `reason` in the moderation workspace; answers when she sent it. */
async function requestChanges(page: Page, story: { id: string; title: string }, reason: string) {
  await page.goto(`/moderation/stories/${story.id}`);
  await page.locator('main h1', { hasText: story.title }).waitFor();
  await page.locator('#decision-request-changes').check();
  await page.locator('#reason').fill(reason);
  const sentAt = Date.now();
  await page.keyboard.press('Control+Enter');
  await page.getByRole('status').filter({ hasText: story.title }).first().waitFor();
  return sentAt;
}

describe('a decision by e-mail', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches a person who chose it, in English, with the reason and a link to revise', async () => {
    const person: Persona = { sub: `u-mail-en-${run}`, name: 'Helen Carter' };
    const address = `helen.${run}@example.org`;
    await createAccount(person, address);

    // Helen chooses English and e-mails about decisions in her profile.
    const own = await openPage(browser, { language: 'en' });
    await signIn(own.page, person);
    await own.page.goto('/me');
    await own.page.locator('input[name=locale][value=en]').check();
    await own.page.locator('input[name=decisions][value=decisions]').check();
    await own.page.getByRole('button', { name: en['account.save'] }).click();
    await own.page.getByRole('status').filter({ hasText: en['account.saved'] }).waitFor();

    const title = `The Friday bath ${run}`;
    const story = await submitStory(person, title, 'en');

    const moderator = await openPage(browser, { language: 'de', as: 'mia' });
    const reason = 'Please tell us roughly which year this was.';
    const sentAt = await requestChanges(moderator.page, { id: story.id, title }, reason);
    const { mail, at } = await mailTo(address);
    console.log(`decision to e-mail (English): ${at - sentAt} ms`);

    expect(mail.subject).toBe('Please revise your story');
    expect(mail.body.text).toContain(`“${title}”`);
    expect(mail.body.text).toContain(reason);
    expect(mail.body.html).toContain('<html lang="en">');
    const link = /https?:\/\/\S+\/me\/stories\/\S+\/edit/.exec(mail.body.text ?? '')?.[0];
    expect(link).toBe(`${baseUrl()}/me/stories/${story.id}/edit`);
    // The link opens her story's edit form.
    await own.page.goto(link!);
    await own.page.locator('#field-title').first().waitFor();
    expect(await own.page.locator('#field-title').first().inputValue()).toBe(title);
    await own.context.close();
    await moderator.context.close();
  });

  it('reaches a German person in German, and no one who chose no e-mails', async () => {
    const person: Persona = { sub: `u-mail-de-${run}`, name: 'Jürgen Kowalski' };
    const quiet: Persona = { sub: `u-mail-none-${run}`, name: 'Renate Sommer' };
    const address = `juergen.${run}@example.org`;
    const quietAddress = `renate.${run}@example.org`;
    await createAccount(person, address);
    await createAccount(quiet, quietAddress);
    await call(person, 'PATCH', '/me', { locale: 'de', notifications: { decisions: 'email' } });
    await call(quiet, 'PATCH', '/me', { locale: 'de', notifications: { decisions: 'none' } });
    const title = `Die Brieftauben vom Hof ${run}`;
    const quietTitle = `Der Schrebergarten ${run}`;
    const story = await submitStory(person, title, 'de');
    const quietStory = await submitStory(quiet, quietTitle, 'de');

    const moderator = await openPage(browser, { language: 'de', as: 'mia' });
    const reason = 'Bitte nennen Sie den Ort etwas genauer.';
    const sentAt = await requestChanges(moderator.page, { id: story.id, title }, reason);
    // Waited for from now on, while Mia goes on with Renate's story.
    const arrival = mailTo(address);
    await requestChanges(moderator.page, { id: quietStory.id, title: quietTitle }, reason);
    const { mail, at } = await arrival;
    console.log(`decision to e-mail (German): ${at - sentAt} ms`);
    expect(mail.subject).toBe('Bitte überarbeiten Sie Ihre Geschichte');
    expect(mail.body.text).toContain(`„${title}“`);
    expect(mail.body.text).toContain(`Begründung der Moderation:\n${reason}`);

    // Renate's decision went through the same stream a moment later; nothing is sent to her.
    await new Promise((done) => setTimeout(done, 3_000));
    const { emails } = (await (await fetch(inject('mailStoreUrl'))).json()) as { emails: Mail[] };
    expect(emails.filter((m) => m.destination.to.some((to) => to.includes(quietAddress)))).toEqual(
      [],
    );
    await moderator.context.close();
  });
});
