import { z } from 'zod';

const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1).default('ruhr-stories'),
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  AWS_REGION: z.string().min(1).default('eu-central-1'),
  AUTH_MODE: z.enum(['local', 'jwks']).default('jwks'),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).default('ruhr-stories-local'),
  AUTH_AUDIENCE: z.string().min(1).default('ruhr-stories'),
  CURSOR_SECRET: z.string().min(16).default('ruhr-stories-local-cursor-secret'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SITE_URL: z.string().url().optional(),
  ORIGIN_SECRET: z.string().min(16).optional(),
});

export type Config = {
  tableName: string;
  dynamodbEndpoint?: string;
  awsRegion: string;
  authMode: 'local' | 'jwks';
  authJwksUrl?: string;
  authIssuer: string;
  authAudience: string;
  cursorSecret: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** The public site (https://…), for links in exports; else the request's own origin. */
  siteUrl?: string;
  /** When set, every request must carry it in the origin header (CloudFront adds it on AWS). */
  originSecret?: string;
};

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
  if (e.AUTH_MODE === 'jwks' && !e.AUTH_JWKS_URL) {
    throw new Error('Invalid configuration:\nAUTH_JWKS_URL is required when AUTH_MODE=jwks');
  }
  // Outside local development the cursor secret must be the deployment's own, never the default.
  if (e.AUTH_MODE === 'jwks' && !env.CURSOR_SECRET) {
    throw new Error('Invalid configuration:\nCURSOR_SECRET is required when AUTH_MODE=jwks');
  }
  return {
    tableName: e.TABLE_NAME,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    awsRegion: e.AWS_REGION,
    authMode: e.AUTH_MODE,
    authJwksUrl: e.AUTH_JWKS_URL,
    authIssuer: e.AUTH_ISSUER,
    authAudience: e.AUTH_AUDIENCE,
    cursorSecret: e.CURSOR_SECRET,
    logLevel: e.LOG_LEVEL,
    siteUrl: e.SITE_URL?.replace(/\/+$/, ''),
    originSecret: e.ORIGIN_SECRET,
  };
}
