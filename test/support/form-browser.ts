/**
 * For the local provider's tests: a person's browser reduced to fetch, a cookie jar and manual
 * redirects, and the SPA's side of the code + PKCE flow.
 */
import { createHash, randomBytes } from 'node:crypto';

export class FormBrowser {
  readonly #cookies = new Map<string, string>();

  constructor(private readonly acceptLanguage = 'de-DE,de;q=0.9') {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size) {
      headers.set('cookie', [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    headers.set('accept-language', this.acceptLanguage);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (!value || expired) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects on the provider until one leaves it (to the web app) or a page answers. */
  async go(url: string, init: RequestInit = {}): Promise<{ url: string; response: Response }> {
    let current = url;
    let response = await this.request(current, init);
    const origin = new URL(url).origin;
    while (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get('location')!, current).href;
      if (new URL(next).origin !== origin) return { url: next, response };
      current = next;
      response = await this.request(current);
    }
    return { url: current, response };
  }

  /** Submits a form the way a browser does: urlencoded, to the page's own URL by default. */
  post(url: string, fields: Record<string, string>) {
    return this.go(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  hasCookie(name: string) {
    return this.#cookies.has(name);
  }
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export type TokenSet = {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
  scope: string;
};
