import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  atProvider,
  backOnSite,
  createAccount,
  latestCode,
  PERSONA_PASSWORD,
  signInThroughProvider,
  signInWithPassword,
  toProviderSignIn,
} from './support/accounts';
import { fillGuidedSubmission, run, sendFromPreview, text, ui } from './support/residents';

/**
 * Real accounts (issue 11, DESIGN §7) through the real redirect flow: the web app sends the
 * browser to the local OpenID provider, which signs people up (code by e-mail through the local
 * SES), signs them in (password or persona button) and sends them back with a code that the web
 * app exchanges with its PKCE verifier.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const header = (page: Page) => page.locator('header.site-header');

/** The welcome page: asks for the display name, then goes on. */
async function chooseDisplayName(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name: text('de', 'welcome.heading') }).waitFor();
  await page.getByLabel(text('de', 'welcome.field')).fill(name);
  await ui(page, 'de').button('welcome.submit').click();
}

describe('signing up', () => {
  it('creates an account, confirms the address with the mailed code, names the person, and their story carries that name', async () => {
    const { page, context } = await openPage(browser);
    // Its own address on each attempt: a retry must not find the account of the first.
    const email = `neu-${run}-${Date.now().toString(36)}@example.org`;
    const name = `Grubenlampe ${run}`;

    await page.goto('/login?next=/submit');
    await expectNoAxeViolations(page);
    await page.getByTestId('sign-up').click();
    await atProvider(page);
    await page.locator('input[autocomplete=email]').fill(email);
    await page.locator('input[autocomplete=new-password]').fill('Ein langer Satz zum Merken');
    await page.getByRole('button', { name: 'Konto erstellen' }).click();

    const code = page.locator('input[autocomplete=one-time-code]');
    await code.waitFor();
    await code.fill(await latestCode(email));
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await backOnSite(page);

    // No display name yet: the welcome page asks, and a staff word is refused in plain words.
    await page.waitForURL((url) => url.pathname === '/welcome');
    await expectNoAxeViolations(page);
    await chooseDisplayName(page, 'Museum');
    await page.getByRole('heading', { name: text('de', 'form.summary.heading') }).waitFor();
    await page.getByRole('link', { name: text('de', 'error.displayName') }).waitFor();
    await expectNoAxeViolations(page);
    await chooseDisplayName(page, name);

    // Back where sign-up started, with the chosen name.
    await page.waitForURL((url) => url.pathname === '/submit');
    await header(page)
      .getByText(text('de', 'nav.signedInAs', { name }))
      .waitFor();
    const title = `Die erste Schicht ${run}`;
    await fillGuidedSubmission(page, 'de', {
      title,
      body: 'Um sechs Uhr fuhr der Korb ein, und unten roch es nach Staub, Öl und feuchtem Holz.',
      themes: ['colliery'],
    });
    // The preview tells the story as the person's chosen name.
    await page.locator('article[aria-labelledby=preview-title]').getByText(name).first().waitFor();
    await sendFromPreview(page, 'de');

    await page.goto('/me/stories');
    const card = page.locator('article', { hasText: title });
    await card.getByText(name).first().waitFor();
    await context.close();
  });
});

describe('signing in', () => {
  it('signs a persona in with one click, and a reload keeps the session without a stored access token', async () => {
    const { page, context } = await openPage(browser);
    await signInThroughProvider(page, 'anna', '/exhibitions');
    expect(new URL(page.url()).pathname).toBe('/exhibitions');
    await header(page)
      .getByText(text('de', 'nav.signedInAs', { name: 'Anna Brinkmann' }))
      .waitFor();

    await page.reload();
    await header(page)
      .getByText(text('de', 'nav.signedInAs', { name: 'Anna Brinkmann' }))
      .waitFor();
    const stored = await page.evaluate(() => [
      ...Object.values(localStorage),
      ...Object.keys(sessionStorage)
        .filter((key) => key !== 'ruhr-stories.refresh')
        .map((key) => sessionStorage.getItem(key) ?? ''),
    ]);
    // An access token is a JWT (three base64url parts); none is kept outside memory.
    expect(stored.filter((value) => /^ey[\w-]+\.[\w-]+\.[\w-]+$/.test(value))).toEqual([]);
    await context.close();
  });

  it.each(['de', 'en'] as const)(
    'opens the provider’s sign-in page in the site’s language (%s), with no axe findings',
    async (language) => {
      const { page, context } = await openPage(browser, { language });
      await toProviderSignIn(page, '/');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await page.getByTestId('persona-anna').waitFor();
      await expectNoAxeViolations(page);
      await context.close();
    },
  );

  it('shows a way back when the callback has no sign-in waiting', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/auth/callback?code=made-up&state=made-up');
    await ui(page, 'de').see('auth.callback.failed');
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('signing out ends the session at the provider too', async () => {
    const { page, context } = await openPage(browser);
    await signInThroughProvider(page, 'ben');
    await header(page)
      .getByRole('button', { name: text('de', 'nav.signOut') })
      .click();
    await backOnSite(page);
    await header(page)
      .getByRole('link', { name: text('de', 'nav.signIn') })
      .waitFor();

    // "Anmelden" again shows the provider's form instead of signing Ben in silently.
    await page
      .getByRole('link', { name: text('de', 'nav.signIn') })
      .first()
      .click();
    await page.getByTestId('sign-in').click();
    await atProvider(page);
    await page.locator('input[autocomplete=current-password]').waitFor();
    await context.close();
  });
});

describe('my account', () => {
  it('changes the display name, the language and the decision e-mail', async () => {
    const { page, context } = await openPage(browser);
    const email = `konto-${run}@example.org`;
    await createAccount(email, PERSONA_PASSWORD);
    await signInWithPassword(page, email, PERSONA_PASSWORD, '/me');
    await chooseDisplayName(page, `Kumpel ${run}`);
    await page.waitForURL((url) => url.pathname === '/me');
    await expectNoAxeViolations(page);

    const renamed = `Kumpeline ${run}`;
    await page.getByLabel(text('de', 'account.displayName')).fill(renamed);
    await page.getByRole('radio', { name: text('de', 'account.locale.en') }).check();
    await page.getByRole('checkbox', { name: text('de', 'account.decisions') }).check();
    await ui(page, 'de').button('account.save').click();

    // The interface follows the preferred language at once.
    await ui(page, 'en').see('account.saved');
    await header(page)
      .getByText(text('en', 'nav.signedInAs', { name: renamed }))
      .waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByRole('checkbox', { name: text('en', 'account.decisions') }).isChecked())
      .toBe(true);
    await expect(page.getByLabel(text('en', 'account.displayName')).inputValue()).resolves.toBe(
      renamed,
    );
    await context.close();
  });
});

describe('people and roles', () => {
  it('lets an admin make someone a moderator, which their next sign-in shows', async () => {
    const email = `team-${run}@example.org`;
    await createAccount(email, PERSONA_PASSWORD);

    const admin = await openPage(browser);
    await signInThroughProvider(admin.page, 'olaf', '/admin/people');
    await admin.page.getByLabel(text('de', 'people.email')).fill(email);
    await ui(admin.page, 'de').button('people.search').click();
    await admin.page
      .getByRole('heading', { name: text('de', 'people.result', { email }) })
      .waitFor();
    await expectNoAxeViolations(admin.page);
    await admin.page.getByRole('checkbox', { name: text('de', 'people.role.moderators') }).check();
    await ui(admin.page, 'de').button('people.save').click();
    await admin.page.getByRole('status').filter({ hasText: email }).waitFor();
    await admin.context.close();

    const person = await openPage(browser);
    await signInWithPassword(person.page, email, PERSONA_PASSWORD);
    await chooseDisplayName(person.page, `Neu im Team ${run}`);
    await person.page
      .getByRole('navigation', { name: text('de', 'nav.label') })
      .getByRole('link', { name: text('de', 'nav.moderation') })
      .waitFor();
    await person.context.close();
  });

  it('shows the people page to admins only, and its nav entry likewise', async () => {
    const { page, context } = await openPage(browser);
    await signInThroughProvider(page, 'mia', '/admin/people');
    await ui(page, 'de').see('people.refusal');
    const nav = page.getByRole('navigation', { name: text('de', 'nav.label') });
    await expect(nav.getByRole('link', { name: text('de', 'nav.people') }).count()).resolves.toBe(
      0,
    );
    await context.close();
  });
});
