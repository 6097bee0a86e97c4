import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import type { SignInPersonaId } from '../../../shared/demo-personas';
import { baseUrl } from './browser';

/**
 * The real sign-in (DESIGN §7): the web app's "Anmelden" sends the browser to the local OpenID
 * provider, whose pages the person fills in; the provider sends it back to /auth/callback.
 * The other browser tests keep the developer shortcut (support/browser.ts `signIn`), which is
 * faster and is not what people get.
 */

/** The demo personas' password at the local provider (and only there). */
export const PERSONA_PASSWORD = 'Glueckauf-Demo-2026';

const issuerOrigin = () => new URL(inject('authIssuer')).origin;
const webOrigin = () => new URL(baseUrl()).origin;

/** Waits until the browser is back on the web app, past the callback. */
export const backOnSite = (page: Page) =>
  page.waitForURL(
    (url) => url.origin === webOrigin() && !url.pathname.startsWith('/auth/callback'),
  );

/** Waits until the browser shows one of the provider's pages. */
export const atProvider = (page: Page) => page.waitForURL((url) => url.origin === issuerOrigin());

/** Opens the web app's login page (coming from `path`) and chooses "Anmelden" there. */
export async function toProviderSignIn(page: Page, path = '/') {
  await page.goto(`/login?next=${encodeURIComponent(path)}`);
  await page.getByTestId('sign-in').click();
  await atProvider(page);
}

/** Signs in with one click on the provider's persona button, and comes back to `path`. */
export async function signInThroughProvider(page: Page, persona: SignInPersonaId, path = '/') {
  await toProviderSignIn(page, path);
  await page.getByTestId(`persona-${persona}`).click();
  await backOnSite(page);
}

/** Signs in with e-mail and password on the provider's form. */
export async function signInWithPassword(page: Page, email: string, password: string, path = '/') {
  await toProviderSignIn(page, path);
  await page.locator('input[autocomplete=username]').fill(email);
  await page.locator('input[autocomplete=current-password]').fill(password);
  await page.locator('button[name=action][value=password]').click();
  await backOnSite(page);
}

type Mail = { destination: { to: string[] }; subject: string; body: { text?: string }; at: number };

/** The newest code the local SES holds for `address` (the provider sends 6 digits). */
export async function latestCode(address: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { emails } = (await (await fetch(inject('mailStoreUrl'))).json()) as { emails: Mail[] };
    const mine = emails
      .filter((mail) => mail.destination.to.some((to) => to.includes(address)))
      .sort((a, b) => b.at - a.at);
    const code = /\b(\d{6})\b/.exec(mine[0]?.body.text ?? '')?.[1];
    if (code) return code;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`No code for ${address} in the local mail store`);
}

/** Creates an account at the local provider directly (its admin endpoint), e-mail verified. */
export async function createAccount(email: string, password: string): Promise<{ sub: string }> {
  const response = await fetch(`${inject('authIssuer')}/local-admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-admin-key': inject('authAdminKey') },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`create account: ${response.status} ${await response.text()}`);
  return (await response.json()) as { sub: string };
}
