import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { resolveSecrets, type SecretFetcher } from './secrets';

// AWS Secrets Manager cannot be run locally (no stand-in speaks its API here), so these tests
// inject the fetcher; the stack tests check that each function names and may read the secrets.
const SECRETS: Record<string, string> = {
  'arn:aws:secretsmanager:eu-central-1:123456789012:secret:cursor-AbCdEf': 'c'.repeat(48),
  'arn:aws:secretsmanager:eu-central-1:123456789012:secret:origin-GhIjKl': 'o'.repeat(48),
};
const [CURSOR_ARN, ORIGIN_ARN] = Object.keys(SECRETS) as [string, string];

function fakeSecretsManager() {
  const asked: string[] = [];
  const fetchSecret: SecretFetcher = async (secretId) => {
    asked.push(secretId);
    const value = SECRETS[secretId];
    if (value === undefined) throw new Error(`ResourceNotFoundException: ${secretId}`);
    return value;
  };
  return { fetchSecret, asked };
}

const deployed = {
  AUTH_MODE: 'jwks',
  AUTH_ISSUER: 'https://issuer.example',
  AUTH_CLIENT_ID: 'web-client',
};

describe('resolveSecrets', () => {
  it('reads the cursor and origin secrets named by their ARNs, once each', async () => {
    const secretsManager = fakeSecretsManager();
    const env = await resolveSecrets(
      { ...deployed, CURSOR_SECRET_ARN: CURSOR_ARN, ORIGIN_SECRET_ARN: ORIGIN_ARN },
      secretsManager.fetchSecret,
    );
    expect(secretsManager.asked.sort()).toEqual([CURSOR_ARN, ORIGIN_ARN].sort());
    const config = loadConfig(env);
    expect(config.cursorSecret).toBe('c'.repeat(48));
    expect(config.originSecret).toBe('o'.repeat(48));
  });

  it('fetches nothing locally, where CURSOR_SECRET is set directly', async () => {
    const secretsManager = fakeSecretsManager();
    const env = await resolveSecrets(
      { AUTH_MODE: 'local', CURSOR_SECRET: 'a-local-cursor-secret' },
      secretsManager.fetchSecret,
    );
    expect(secretsManager.asked).toEqual([]);
    const config = loadConfig(env);
    expect(config.cursorSecret).toBe('a-local-cursor-secret');
    expect(config.originSecret).toBeUndefined();
  });

  it('stops the cold start when a named secret cannot be read', async () => {
    const { fetchSecret } = fakeSecretsManager();
    await expect(
      resolveSecrets({ ...deployed, CURSOR_SECRET_ARN: 'arn:missing' }, fetchSecret),
    ).rejects.toThrow(/ResourceNotFoundException/);
    await expect(
      resolveSecrets({ ...deployed, CURSOR_SECRET_ARN: CURSOR_ARN }, async () => ''),
    ).rejects.toThrow(/CURSOR_SECRET_ARN/);
  });

  it('still refuses a deployment with neither a cursor secret nor its ARN', async () => {
    const env = await resolveSecrets(deployed, fakeSecretsManager().fetchSecret);
    expect(() => loadConfig(env)).toThrow(/CURSOR_SECRET/);
  });
});
