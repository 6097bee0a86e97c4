import { randomBytes } from 'node:crypto';
import { startLocalAuth } from '../local-auth';
import { startLocalSes, type LocalSes } from './local-ses';

export const LOCAL_CLIENT_ID = 'ruhr-stories-web';

export type LocalIdentity = {
  issuer: string;
  clientId: string;
  /** The local SES: its endpoint, viewer and `/store` of every message. */
  ses: LocalSes;
  /** What the API process needs to trust the provider and manage its accounts (ACCOUNTS-CONTRACT). */
  env: {
    AUTH_ISSUER: string;
    AUTH_CLIENT_ID: string;
    LOCAL_AUTH_ADMIN_URL: string;
    LOCAL_AUTH_ADMIN_KEY: string;
    SES_ENDPOINT: string;
  };
  stop(): Promise<void>;
};

/**
 * The local SES and the local OpenID provider together, as `npm start` and the browser tests run
 * them: SES first (the provider sends its codes there), the provider's admin key random per start.
 */
export async function startLocalIdentity(options: {
  authPort: number;
  mailPort: number;
  /** Accounts and keys go to `<dataDir>/local-auth/`. */
  dataDir: string;
  webOrigins: string[];
  clientId?: string;
  mailFrom?: string;
}): Promise<LocalIdentity> {
  const clientId = options.clientId ?? LOCAL_CLIENT_ID;
  const adminKey = randomBytes(24).toString('base64url');
  const ses = await startLocalSes({ port: options.mailPort });
  try {
    const auth = await startLocalAuth({
      port: options.authPort,
      dataDir: options.dataDir,
      webOrigins: options.webOrigins,
      clientId,
      sesEndpoint: ses.endpoint,
      adminKey,
      mailFrom: options.mailFrom,
    });
    return {
      issuer: auth.issuer,
      clientId,
      ses,
      env: {
        AUTH_ISSUER: auth.issuer,
        AUTH_CLIENT_ID: clientId,
        LOCAL_AUTH_ADMIN_URL: auth.issuer,
        LOCAL_AUTH_ADMIN_KEY: adminKey,
        SES_ENDPOINT: ses.endpoint,
      },
      stop: async () => {
        await auth.stop();
        await ses.stop();
      },
    };
  } catch (error) {
    await ses.stop();
    throw error;
  }
}
