/**
 * oidc-provider's stored state (sessions, grants, codes, refresh tokens, interactions) in one JSON
 * file under `<dataDir>/local-auth/`, so a restart of `npm start` keeps people signed in: the web
 * app's refresh token still works afterwards. A local stand-in: everything in memory, the file
 * rewritten shortly after each change and at stop.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter, AdapterPayload } from 'oidc-provider';

type Entry = { payload: AdapterPayload; expiresAt?: number };

export class ProviderStateFile {
  readonly #file: string;
  readonly #entries: Map<string, Entry>;
  #timer: NodeJS.Timeout | undefined;

  constructor(dataDir: string) {
    const dir = join(dataDir, 'local-auth');
    mkdirSync(dir, { recursive: true });
    this.#file = join(dir, 'provider-state.json');
    this.#entries = new Map(this.#read());
  }

  #read(): [string, Entry][] {
    try {
      const parsed = JSON.parse(readFileSync(this.#file, 'utf8')) as {
        entries?: [string, Entry][];
      };
      const now = Date.now();
      return (parsed.entries ?? []).filter(([, e]) => !e.expiresAt || e.expiresAt > now);
    } catch {
      // No file yet, or a broken one: start signed out, as after a fresh install.
      return [];
    }
  }

  /** Writes now (at stop) or soon after a change (many changes come in one burst). */
  flush() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ entries: [...this.#entries] }), { mode: 0o600 });
    renameSync(temporary, this.#file);
  }

  #changed() {
    this.#timer ??= setTimeout(() => this.flush(), 200);
    this.#timer.unref();
  }

  get(key: string): AdapterPayload | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt && entry.expiresAt <= Date.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(key: string, payload: AdapterPayload, expiresIn?: number) {
    this.#entries.set(key, {
      payload,
      ...(expiresIn ? { expiresAt: Date.now() + expiresIn * 1000 } : {}),
    });
    this.#changed();
  }

  delete(key: string) {
    if (this.#entries.delete(key)) this.#changed();
  }

  /** Deletes the items of one model that pass the test (a grant's tokens, at revocation). */
  deleteWhere(model: string, test: (payload: AdapterPayload) => boolean) {
    for (const [key, entry] of this.#entries) {
      if (key.startsWith(`${model}:`) && test(entry.payload)) this.#entries.delete(key);
    }
    this.#changed();
  }

  find(model: string, test: (payload: AdapterPayload) => boolean): AdapterPayload | undefined {
    for (const [key] of this.#entries) {
      if (!key.startsWith(`${model}:`)) continue;
      const payload = this.get(key);
      if (payload && test(payload)) return payload;
    }
    return undefined;
  }

  /** The adapter oidc-provider asks for, one per model (Session, Grant, RefreshToken, …). */
  adapterFor(model: string): Adapter {
    const key = (id: string) => `${model}:${id}`;
    return {
      upsert: async (id, payload, expiresIn) => this.set(key(id), payload, expiresIn),
      find: async (id) => this.get(key(id)),
      findByUid: async (uid) => this.find(model, (p) => p.uid === uid),
      findByUserCode: async () => undefined,
      consume: async (id) => {
        const payload = this.get(key(id));
        if (payload) {
          payload.consumed = Math.floor(Date.now() / 1000);
          this.#changed();
        }
      },
      destroy: async (id) => this.delete(key(id)),
      revokeByGrantId: async (grantId) => this.deleteWhere(model, (p) => p.grantId === grantId),
    };
  }
}
