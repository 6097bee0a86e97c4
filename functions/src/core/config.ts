import { z } from 'zod';

/** The OAuth public client of the web app at the local provider (on AWS: the pool client's id). */
export const LOCAL_CLIENT_ID = 'ruhr-stories-web';
/** Where `npm start` runs the local OpenID provider (DESIGN §4, AUTH_PORT 8788). */
const LOCAL_ISSUER = 'http://127.0.0.1:8788';
const DEFAULT_MAIL_FROM = 'Ruhr Stories <noreply@ruhr-stories.example>';
/** The local runs' secret (cursors, caller keys); a deployment must set its own. */
export const LOCAL_CURSOR_SECRET = 'ruhr-stories-local-cursor-secret';

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1).default('ruhr-stories'),
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().min(1).default('eu-central-1'),
  AUTH_MODE: z.enum(['local', 'jwks']).default('jwks'),
  AUTH_ISSUER: z.string().url().optional(),
  AUTH_CLIENT_ID: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_LOGOUT_ENDPOINT: z.string().url().optional(),
  USER_POOL_ID: z.string().min(1).optional(),
  LOCAL_AUTH_ADMIN_URL: z.string().url().optional(),
  LOCAL_AUTH_ADMIN_KEY: z.string().min(1).optional(),
  SES_ENDPOINT: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_FROM),
  CURSOR_SECRET: z.string().min(16).default(LOCAL_CURSOR_SECRET),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SITE_URL: z.string().url().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  MEDIA_BUCKET: z.string().min(3).default('ruhr-stories-media'),
  MALWARE_SCAN: z.enum(['guardduty', 'off']).default('off'),
  CDN_DISTRIBUTION_ID: z.string().min(1).optional(),
  ORIGIN_SECRET: z.string().min(16).optional(),
  OAI_PAGE_SIZE: z.coerce.number().int().min(1).max(500).default(100),
  OAI_ADMIN_EMAIL: z.email().optional(),
});

export type Config = {
  tableName: string;
  dynamodbEndpoint?: string;
  awsRegion: string;
  authMode: 'local' | 'jwks';
  /** The identity provider's issuer: the local OpenID provider, or the Cognito user pool. */
  authIssuer: string;
  /** The web app's OAuth client; access tokens must name it in `client_id`. */
  authClientId: string;
  /** The issuer's JWKS, fetched on the first token to verify (not at start). */
  authJwksUrl: string;
  /** Where the web app signs out at the issuer (Cognito's `/logout` form). */
  authLogoutEndpoint: string;
  /** On AWS: the identity directory uses the pool's admin APIs. */
  userPoolId?: string;
  /** Locally: the identity directory calls the local provider's `/local-admin` endpoints. */
  localAuthAdmin?: { url: string; key: string };
  /** The local SES; unset on AWS, where the SDK finds SES itself. */
  sesEndpoint?: string;
  mailFrom: string;
  cursorSecret: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The public site (https://…), for links in exports; else the request's own origin. */
  siteUrl?: string;
  /** When set, every request must carry it in the origin header (CloudFront adds it on AWS). */
  originSecret?: string;
  /** The local S3-compatible server; unset on AWS, where the SDK finds S3 itself. */
  s3Endpoint?: string;
  /** The media bucket (DESIGN §9): uploads/, private/ and public/. */
  mediaBucket: string;
  /**
   * `guardduty`: an upload is processed only once GuardDuty Malware Protection tagged it clean
   * (on AWS). `off`: locally, where nothing scans.
   */
  malwareScan: 'guardduty' | 'off';
  /** The CloudFront distribution whose `/media/*` cache is invalidated when a public copy goes. */
  cdnDistributionId?: string;
  /** OAI-PMH: records (or headers) per page of a list before a resumption token (tests: small). */
  oaiPageSize: number;
  /** OAI-PMH Identify's adminEmail: OAI_ADMIN_EMAIL, else the address MAIL_FROM sends from. */
  oaiAdminEmail: string;
};

/** The address of a From header: `Ruhr Stories <noreply@…>` → `noreply@…`. */
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from;

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Parses the environment once; a wrong setting stops the process with a clear message. On AWS the
 * secrets arrive as ARNs: pass the environment through resolveSecrets (./secrets) first.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  // Locally everything has a default; a deployment must name its own issuer, client and secret.
  if (e.AUTH_MODE === 'jwks') {
    if (!e.AUTH_ISSUER) problems.push('AUTH_ISSUER is required when AUTH_MODE=jwks');
    if (!e.AUTH_CLIENT_ID) problems.push('AUTH_CLIENT_ID is required when AUTH_MODE=jwks');
    if (!env.CURSOR_SECRET) problems.push('CURSOR_SECRET is required when AUTH_MODE=jwks');
  }
  if (e.LOCAL_AUTH_ADMIN_URL && !e.LOCAL_AUTH_ADMIN_KEY) {
    problems.push('LOCAL_AUTH_ADMIN_KEY is required with LOCAL_AUTH_ADMIN_URL');
  }
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  // Compared exactly with each token's `iss`; only the URLs built from it drop a trailing slash.
  const issuer = e.AUTH_ISSUER ?? LOCAL_ISSUER;
  return {
    tableName: e.TABLE_NAME,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    awsRegion: e.AWS_REGION,
    authMode: e.AUTH_MODE,
    authIssuer: issuer,
    authClientId: e.AUTH_CLIENT_ID ?? LOCAL_CLIENT_ID,
    authJwksUrl: e.AUTH_JWKS_URL ?? `${trimSlash(issuer)}/.well-known/jwks.json`,
    authLogoutEndpoint: e.AUTH_LOGOUT_ENDPOINT ?? `${trimSlash(issuer)}/logout`,
    userPoolId: e.USER_POOL_ID,
    localAuthAdmin: e.LOCAL_AUTH_ADMIN_URL
      ? { url: trimSlash(e.LOCAL_AUTH_ADMIN_URL), key: e.LOCAL_AUTH_ADMIN_KEY! }
      : undefined,
    sesEndpoint: e.SES_ENDPOINT,
    mailFrom: e.MAIL_FROM,
    cursorSecret: e.CURSOR_SECRET,
    logLevel: e.LOG_LEVEL,
    siteUrl: e.SITE_URL ? trimSlash(e.SITE_URL) : undefined,
    originSecret: e.ORIGIN_SECRET,
    s3Endpoint: e.S3_ENDPOINT,
    mediaBucket: e.MEDIA_BUCKET,
    malwareScan: e.MALWARE_SCAN,
    cdnDistributionId: e.CDN_DISTRIBUTION_ID,
    oaiPageSize: e.OAI_PAGE_SIZE,
    oaiAdminEmail: e.OAI_ADMIN_EMAIL ?? addressOf(e.MAIL_FROM),
  };
}
