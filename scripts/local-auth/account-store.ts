/**
 * The local provider's accounts: one JSON file under `<dataDir>/local-auth/`, so a restart keeps
 * everyone who signed up. Passwords are stored only as scrypt hashes with their own salt.
 */
import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, type Role } from '../../shared/vocabulary';

export type Locale = 'de' | 'en';

/** What the admin endpoints answer (ACCOUNTS-CONTRACT `User`). */
export type User = {
  sub: string;
  email: string;
  emailVerified: boolean;
  groups: Role[];
  locale: Locale;
  createdAt: string;
};

type StoredAccount = User & { passwordHash?: string };

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 };

function hashWith(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      SCRYPT.keyLength,
      { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await hashWith(password, salt);
  return `scrypt$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await hashWith(password, Buffer.from(salt, 'base64url'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** A plausible address: something@domain.tld, no spaces. Delivery proves the rest. */
export const isEmail = (value: string) =>
  value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

const publicUser = ({ passwordHash: _hash, ...user }: StoredAccount): User => ({
  ...user,
  groups: [...user.groups],
});

export class AccountStore {
  readonly #file: string;
  #accounts: StoredAccount[];

  constructor(dataDir: string) {
    const dir = join(dataDir, 'local-auth');
    mkdirSync(dir, { recursive: true });
    this.#file = join(dir, 'accounts.json');
    this.#accounts = this.#read();
  }

  #read(): StoredAccount[] {
    try {
      const parsed = JSON.parse(readFileSync(this.#file, 'utf8')) as { accounts?: StoredAccount[] };
      return Array.isArray(parsed.accounts) ? parsed.accounts : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(`Cannot read ${this.#file}: ${(error as Error).message}`);
    }
  }

  /** Writes a new file and renames it over the old one, so a crash never leaves half a file. */
  #write() {
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ accounts: this.#accounts }, null, 2));
    renameSync(temporary, this.#file);
  }

  #bySub(sub: string) {
    return this.#accounts.find((a) => a.sub === sub);
  }

  #byEmail(email: string) {
    const wanted = normaliseEmail(email);
    return this.#accounts.find((a) => a.email === wanted);
  }

  get(sub: string): User | undefined {
    const account = this.#bySub(sub);
    return account && publicUser(account);
  }

  findByEmail(email: string): User | undefined {
    const account = this.#byEmail(email);
    return account && publicUser(account);
  }

  /**
   * Creates the account unless one with that e-mail or sub exists; then returns that one unchanged
   * (`created: false`). Throws `AccountConflict` when the e-mail and the sub name two accounts.
   */
  async ensure(input: {
    email: string;
    sub?: string;
    password?: string;
    /** Instead of `password`: a hash made earlier with hashPassword. */
    passwordHash?: string;
    groups?: Role[];
    locale?: Locale;
    emailVerified?: boolean;
  }): Promise<{ user: User; created: boolean }> {
    const byEmail = this.#byEmail(input.email);
    const bySub = input.sub ? this.#bySub(input.sub) : undefined;
    if (byEmail && bySub && byEmail !== bySub) throw new AccountConflict();
    const existing = byEmail ?? bySub;
    if (existing) return { user: publicUser(existing), created: false };
    const account: StoredAccount = {
      sub: input.sub ?? randomUUID(),
      email: normaliseEmail(input.email),
      emailVerified: input.emailVerified ?? true,
      groups: [...new Set(input.groups ?? [])],
      locale: input.locale ?? 'de',
      createdAt: new Date().toISOString(),
      ...(input.passwordHash ? { passwordHash: input.passwordHash } : {}),
      ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
    };
    this.#accounts.push(account);
    this.#write();
    return { user: publicUser(account), created: true };
  }

  /**
   * Sign-up: a new, unverified account; an earlier unverified sign-up with the same e-mail is
   * replaced (the person starts over), a verified one is refused.
   */
  async signUp(email: string, password: string, locale: Locale): Promise<User | 'exists'> {
    const existing = this.#byEmail(email);
    if (existing?.emailVerified) return 'exists';
    if (existing) {
      existing.passwordHash = await hashPassword(password);
      existing.locale = locale;
      this.#write();
      return publicUser(existing);
    }
    const { user } = await this.ensure({ email, password, locale, emailVerified: false });
    return user;
  }

  /** The account when the password is right, else undefined. */
  async checkPassword(email: string, password: string): Promise<User | undefined> {
    const account = this.#byEmail(email);
    if (!account?.passwordHash) return undefined;
    return (await passwordMatches(password, account.passwordHash))
      ? publicUser(account)
      : undefined;
  }

  async setPassword(sub: string, password: string) {
    const account = this.#bySub(sub);
    if (!account) return;
    account.passwordHash = await hashPassword(password);
    this.#write();
  }

  markVerified(sub: string) {
    const account = this.#bySub(sub);
    if (!account || account.emailVerified) return;
    account.emailVerified = true;
    this.#write();
  }

  setGroups(sub: string, groups: Role[]): User | undefined {
    const account = this.#bySub(sub);
    if (!account) return undefined;
    account.groups = [...new Set(groups)];
    this.#write();
    return publicUser(account);
  }

  /** The language of the provider's pages and e-mails for this person (their profile's). */
  setLocale(sub: string, locale: Locale): User | undefined {
    const account = this.#bySub(sub);
    if (!account) return undefined;
    account.locale = locale;
    this.#write();
    return publicUser(account);
  }

  remove(sub: string): boolean {
    const before = this.#accounts.length;
    this.#accounts = this.#accounts.filter((a) => a.sub !== sub);
    if (this.#accounts.length === before) return false;
    this.#write();
    return true;
  }
}

export class AccountConflict extends Error {
  constructor() {
    super('That e-mail address and that sub belong to two different accounts.');
  }
}
