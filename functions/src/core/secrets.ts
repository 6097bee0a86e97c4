import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** Reads the string value of one secret, given its ARN or name. */
export type SecretFetcher = (secretId: string) => Promise<string>;

// On AWS the environment names each secret (its ARN) instead of carrying its value; the value is
// read once per cold start and handed to loadConfig under the plain name. Locally the plain
// variables are set directly and nothing is fetched.
const SECRET_REFERENCES = {
  CURSOR_SECRET_ARN: 'CURSOR_SECRET',
  ORIGIN_SECRET_ARN: 'ORIGIN_SECRET',
} as const;

type Env = Record<string, string | undefined>;

/**
 * The environment with every `*_SECRET_ARN` replaced by the secret's value under its plain name
 * (`CURSOR_SECRET_ARN` → `CURSOR_SECRET`). Without any such variable it fetches nothing.
 */
export async function resolveSecrets(
  env: Env,
  fetchSecret: SecretFetcher = secretsManagerFetcher(env.AWS_REGION),
): Promise<Env> {
  const resolved: Env = { ...env };
  await Promise.all(
    Object.entries(SECRET_REFERENCES).map(async ([reference, name]) => {
      const secretId = env[reference];
      if (!secretId) return;
      const value = await fetchSecret(secretId);
      if (!value) throw new Error(`The secret named by ${reference} has no string value`);
      resolved[name] = value;
    }),
  );
  return resolved;
}

/** Reads secrets from AWS Secrets Manager; the SDK client is loaded only when a secret is read. */
export function secretsManagerFetcher(region?: string): SecretFetcher {
  let client: SecretsManagerClient | undefined;
  return async (secretId) => {
    const sdk = await import('@aws-sdk/client-secrets-manager');
    client ??= new sdk.SecretsManagerClient(region ? { region } : {});
    const answer = await client.send(new sdk.GetSecretValueCommand({ SecretId: secretId }));
    return answer.SecretString ?? '';
  };
}
