/**
 * Six-digit codes sent by e-mail: to verify a new address, to sign in without a password, and to
 * reset a password. Kept in memory (a restart asks for a new code), one per person and purpose;
 * a code works once, for ten minutes, and five wrong tries use it up.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';

export type CodePurpose = 'verify' | 'sign-in' | 'reset';
export type CodeCheck = 'ok' | 'wrong' | 'expired';

const LIFETIME_MS = 10 * 60 * 1000;
const MAX_TRIES = 5;
export const CODE_MINUTES = LIFETIME_MS / 60_000;

type Pending = { code: string; expiresAt: number; tries: number };

export class EmailCodes {
  readonly #pending = new Map<string, Pending>();

  issue(purpose: CodePurpose, sub: string): string {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.#pending.set(`${purpose}:${sub}`, { code, expiresAt: Date.now() + LIFETIME_MS, tries: 0 });
    return code;
  }

  /** Checks a code; 'ok' uses it up. Spaces people type between digits do not count. */
  check(purpose: CodePurpose, sub: string, entered: string): CodeCheck {
    const key = `${purpose}:${sub}`;
    const pending = this.#pending.get(key);
    if (!pending || pending.expiresAt < Date.now() || pending.tries >= MAX_TRIES) {
      this.#pending.delete(key);
      return 'expired';
    }
    const typed = Buffer.from(entered.replace(/\s+/g, ''));
    const expected = Buffer.from(pending.code);
    if (typed.length === expected.length && timingSafeEqual(typed, expected)) {
      this.#pending.delete(key);
      return 'ok';
    }
    pending.tries += 1;
    return 'wrong';
  }
}
