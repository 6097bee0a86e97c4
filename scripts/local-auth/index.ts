/**
 * The local OpenID provider (DESIGN §7, ACCOUNTS-CONTRACT): oidc-provider with Cognito's paths and
 * claims, its own sign-in pages, the demo personas as accounts, and the admin endpoints the API's
 * identity directory calls locally.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PERSONAS, SIGN_IN_PERSONAS } from '../../shared/demo-personas';
import { AccountStore, hashPassword } from './account-store';
import { handleAdmin } from './admin-routes';
import { cognitoRoutes } from './cognito-routes';
import { EmailCodes } from './email-codes';
import { BodyTooLarge } from './http';
import { interactionRoutes } from './interaction-routes';
import { loadOrCreateKeys } from './keys';
import { createCodeMailer } from './mailer';
import { pageLocale } from './page-locale';
import { createProvider } from './provider';
import { ProviderStateFile } from './state-file';

export { COGNITO_PATHS } from './provider';

/** Every persona's password at the local provider (ACCOUNTS-CONTRACT). */
export const PERSONA_PASSWORD = 'Glueckauf-Demo-2026';
export const personaEmail = (id: string) => `${id}@example.org`;

export type LocalAuthOptions = {
  port: number;
  /** Accounts and keys go to `<dataDir>/local-auth/`. */
  dataDir: string;
  /** The web app's origins: redirect URIs, sign-out URIs and CORS. */
  webOrigins: string[];
  clientId: string;
  sesEndpoint: string;
  adminKey: string;
  mailFrom?: string;
};

export type LocalAuth = { issuer: string; stop(): Promise<void> };

async function ensurePersonaAccounts(accounts: AccountStore) {
  const missing = DEMO_PERSONAS.filter((p) => !accounts.get(p.sub));
  if (!missing.length) return;
  // One hash for the one public demo password: scrypt is slow on purpose, seventeen times is slow.
  const passwordHash = await hashPassword(PERSONA_PASSWORD);
  for (const persona of missing) {
    await accounts.ensure({
      email: personaEmail(persona.id),
      sub: persona.sub,
      passwordHash,
      groups: persona.groups,
      locale: 'de',
      emailVerified: true,
    });
  }
}

export async function startLocalAuth(options: LocalAuthOptions): Promise<LocalAuth> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const accounts = new AccountStore(options.dataDir);
  await ensurePersonaAccounts(accounts);
  const keys = loadOrCreateKeys(options.dataDir);
  const mailer = createCodeMailer(options.sesEndpoint, options.mailFrom);
  const state = new ProviderStateFile(options.dataDir);
  const provider = createProvider({
    state,
    issuer,
    clientId: options.clientId,
    webOrigins: options.webOrigins,
    keys,
    accounts,
  });

  const cognito = cognitoRoutes({
    provider,
    issuer,
    clientId: options.clientId,
    webOrigins: options.webOrigins,
    keys,
    accounts,
    localeOf: (ctx) => pageLocale(ctx),
  });
  const interactions = interactionRoutes({
    provider,
    accounts,
    codes: new EmailCodes(),
    mailer,
    webOrigins: options.webOrigins,
    personas: (locale) =>
      SIGN_IN_PERSONAS.map((p) => ({ id: p.id, name: p.name, description: p.description[locale] })),
    personaAccount: async (id) => {
      const persona = SIGN_IN_PERSONAS.find((p) => p.id === id);
      if (!persona) return undefined;
      // Made again should it have been deleted since the start.
      await ensurePersonaAccounts(accounts);
      return accounts.get(persona.sub);
    },
  });

  // Runs before oidc-provider's own routes (Provider#use puts it ahead of them).
  provider.use(async (ctx, next) => {
    try {
      // A deleted account's sessions, grants and tokens go with it (an erasure, DESIGN §7):
      // otherwise the provider would still find a session for an account it no longer knows.
      const forget = (sub: string) => {
        for (const model of [
          'Session',
          'Grant',
          'AccessToken',
          'RefreshToken',
          'AuthorizationCode',
        ])
          state.deleteWhere(model, (payload) => payload.accountId === sub);
      };
      if (await handleAdmin(ctx, accounts, options.adminKey, forget)) return;
      if (await cognito(ctx)) return;
      if (await interactions(ctx)) return;
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      ctx.status = 413;
      ctx.body = 'Request body too large';
      return;
    }
    await next();
  });
  provider.on('server_error', (_ctx, error) => console.error('local-auth:', error));

  const server = createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (port !== options.port) throw new Error(`local-auth listens on ${port}, not ${options.port}`);

  return {
    issuer,
    stop: () =>
      new Promise<void>((done) => {
        mailer.close();
        server.close(() => {
          state.flush();
          done();
        });
        server.closeAllConnections();
      }),
  };
}
