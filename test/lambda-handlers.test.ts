import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createTableClient } from '../functions/src/core/dynamo';
import { ensureTable } from '../functions/src/core/ensure-table';
import { makeStoryInput } from './support/fixtures';
import { TEST_MEDIA_BUCKET } from './global-setup';
import { createTestIssuer, serveJwks, type TestIssuer } from './support/test-issuer';

const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Lambda';
const CLIENT_ID = 'ruhr-stories-lambda-test';
const DOMAIN = 'a1b2c3d4e5.execute-api.eu-central-1.amazonaws.com';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** An API Gateway HTTP API (payload 2.0) event, as the `$default` stage sends it to a Lambda. */
function httpEvent(
  method: string,
  path: string,
  options: { query?: string; token?: string; body?: unknown } = {},
): APIGatewayProxyEventV2 {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    accept: 'application/json',
    host: DOMAIN,
    'user-agent': 'vitest',
    'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678',
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(body));
  }
  const query = options.query ?? '';
  return {
    version: '2.0',
    routeKey: `${method} /api/{proxy+}`,
    rawPath: path,
    rawQueryString: query,
    headers,
    queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : undefined,
    pathParameters: { proxy: path.replace(/^\/api\//, '') },
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      domainName: DOMAIN,
      domainPrefix: 'a1b2c3d4e5',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId: randomUUID(),
      routeKey: `${method} /api/{proxy+}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

const json = (result: APIGatewayProxyStructuredResultV2) => JSON.parse(result.body ?? 'null');

let issuer: TestIssuer;
let jwks: Awaited<ReturnType<typeof serveJwks>>;
const handlers: Record<
  'accounts' | 'stories' | 'moderation' | 'curation' | 'media' | 'opendata',
  Handler
> = {} as never;
const savedEnv = { ...process.env };

beforeAll(async () => {
  issuer = await createTestIssuer({ issuer: ISSUER, clientId: CLIENT_ID });
  jwks = await serveJwks(issuer.jwks);
  const tableName = `lambda-${randomUUID()}`;
  const endpoint = inject('dynamodbEndpoint');
  const client = createTableClient({ dynamodbEndpoint: endpoint, awsRegion: 'eu-central-1' });
  await ensureTable(client, tableName, { stream: false });
  client.destroy();
  // The environment a deployed function gets; read once, when the handler module loads.
  Object.assign(process.env, {
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AUTH_MODE: 'jwks',
    AUTH_JWKS_URL: jwks.url,
    AUTH_ISSUER: ISSUER,
    AUTH_CLIENT_ID: CLIENT_ID,
    CURSOR_SECRET: 'a-deployment-cursor-secret',
    LOG_LEVEL: 'silent',
    S3_ENDPOINT: inject('s3Endpoint'),
    MEDIA_BUCKET: TEST_MEDIA_BUCKET,
  });
  handlers.accounts = (await import('../functions/src/accounts/handler')).handler as Handler;
  vi.resetModules();
  handlers.stories = (await import('../functions/src/stories/handler')).handler as Handler;
  vi.resetModules();
  handlers.moderation = (await import('../functions/src/moderation/handler')).handler as Handler;
  vi.resetModules();
  handlers.curation = (await import('../functions/src/curation/handler')).handler as Handler;
  vi.resetModules();
  handlers.media = (await import('../functions/src/media/handler')).handler as Handler;
  vi.resetModules();
  handlers.opendata = (await import('../functions/src/opendata/handler')).handler as Handler;
});

afterAll(async () => {
  process.env = savedEnv;
  await jwks?.close();
});

describe('the accounts Lambda', () => {
  it('answers GET /api/health', async () => {
    const res = await handlers.accounts(httpEvent('GET', '/api/health'));
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ status: 'ok' });
    expect(res.headers?.['x-request-id']).toEqual(expect.any(String));
  });

  it('answers GET /api/me for a token it verifies over the remote JWKS', async () => {
    const token = await issuer.sign({ sub: 'u-lambda', name: 'Lena Lambda', groups: ['curators'] });
    const res = await handlers.accounts(httpEvent('GET', '/api/me', { token }));
    expect(res.statusCode).toBe(200);
    // The token's name is not the display name: that is the person's own choice, not yet made.
    expect(json(res)).toMatchObject({ sub: 'u-lambda', displayName: null, groups: ['curators'] });
    expect(jwks.fetches()).toBeGreaterThan(0);
  });

  it('answers PATCH /api/me with the chosen display name', async () => {
    const token = await issuer.sign({ sub: 'u-lambda-author', name: 'Token Name' });
    const res = await handlers.accounts(
      httpEvent('PATCH', '/api/me', { token, body: { displayName: 'Lars Autor' } }),
    );
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ sub: 'u-lambda-author', displayName: 'Lars Autor' });
  });

  it.each([
    ['another issuer', { issuer: 'https://evil.example/' }],
    ['another client', { clientId: 'someone-else' }],
    ['an expiry in the past', { expiresAt: Math.floor(Date.now() / 1000) - 60 }],
  ])('refuses a token with %s with 401', async (_, claims) => {
    const res = await handlers.accounts(
      httpEvent('GET', '/api/me', { token: await issuer.sign(claims) }),
    );
    expect(res.statusCode).toBe(401);
    expect(res.headers?.['www-authenticate']).toMatch(/^Bearer/);
  });

  it('answers an unknown path with a 404 problem', async () => {
    const res = await handlers.accounts(httpEvent('GET', '/api/nope'));
    expect(res.statusCode).toBe(404);
    expect(res.headers?.['content-type']).toMatch('application/problem+json');
    expect(json(res)).toMatchObject({ status: 404, type: expect.any(String) });
  });

  it('serves the OpenAPI document', async () => {
    const res = await handlers.accounts(httpEvent('GET', '/api/openapi.json'));
    expect(res.statusCode).toBe(200);
    expect(json(res).openapi).toMatch(/^3\.1/);
  });

  it('serves GET /api/config with the pool as issuer and no dev sign-in', async () => {
    const res = await handlers.accounts(httpEvent('GET', '/api/config'));
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['cache-control']).toBe('public, max-age=300');
    expect(json(res)).toMatchObject({
      auth: { issuer: ISSUER, clientId: CLIENT_ID, logoutEndpoint: `${ISSUER}/logout` },
      devSignIn: false,
    });
  });

  it('mounts the admins’ people routes: 403 for a curator, 409 for an admin without a pool id', async () => {
    const path = '/api/admin/people';
    const query = 'email=someone%40example.org';
    const curator = await issuer.sign({ sub: 'u-lambda-curator', groups: ['curators'] });
    const refused = await handlers.accounts(httpEvent('GET', path, { query, token: curator }));
    expect(refused.statusCode).toBe(403);
    const admin = await issuer.sign({ sub: 'u-lambda-admin', groups: ['admins'] });
    const res = await handlers.accounts(httpEvent('GET', path, { query, token: admin }));
    expect(res.statusCode).toBe(409);
    expect(json(res).type).toBe('/problems/no-identity-directory');
  });

  it('does not serve the development issuer', async () => {
    const res = await handlers.accounts(
      httpEvent('POST', '/api/dev/token', { body: { sub: 'u-x', name: 'X' } }),
    );
    expect(res.statusCode).toBe(404);
  });
});

describe('the stories Lambda', () => {
  it('answers GET /api/stories', async () => {
    const res = await handlers.stories(httpEvent('GET', '/api/stories', { query: 'limit=5' }));
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ items: [], nextCursor: null });
  });

  it('answers POST /api/stories with 201 for a signed-in resident', async () => {
    const token = await issuer.sign({ sub: 'u-lambda-author', name: 'Lars Autor' });
    const res = await handlers.stories(
      httpEvent('POST', '/api/stories', { token, body: makeStoryInput() }),
    );
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ status: 'pending', isOwn: true, authorName: 'Lars Autor' });
    expect(res.headers?.location).toBe(`/api/stories/${json(res).id}`);
    const own = await handlers.stories(httpEvent('GET', `/api/stories/${json(res).id}`, { token }));
    expect(own.statusCode).toBe(200);
    const anonymous = await handlers.stories(httpEvent('GET', `/api/stories/${json(res).id}`));
    expect(anonymous.statusCode).toBe(404);
  });

  it('refuses POST /api/stories without a token with 401', async () => {
    const res = await handlers.stories(
      httpEvent('POST', '/api/stories', { body: makeStoryInput() }),
    );
    expect(res.statusCode).toBe(401);
  });
});

describe('the moderation Lambda', () => {
  it('answers GET /api/moderation/queue for a moderator', async () => {
    const token = await issuer.sign({ sub: 'u-lambda-mod', groups: ['moderators'] });
    const res = await handlers.moderation(
      httpEvent('GET', '/api/moderation/queue', { query: 'kind=stories', token }),
    );
    expect(res.statusCode).toBe(200);
    expect(
      json(res).items.map((i: { story: { authorName: string } }) => i.story.authorName),
    ).toContain('Lars Autor');
  });

  it('refuses GET /api/moderation/queue without the moderators group with 403', async () => {
    const token = await issuer.sign({ sub: 'u-lambda-res', groups: ['curators'] });
    const res = await handlers.moderation(
      httpEvent('GET', '/api/moderation/queue', { query: 'kind=stories', token }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.headers?.['content-type']).toMatch('application/problem+json');
  });
});

describe('the curation Lambda', () => {
  it('answers GET /api/exhibitions for anyone', async () => {
    const res = await handlers.curation(httpEvent('GET', '/api/exhibitions'));
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ items: [] });
  });

  it('refuses POST /api/exhibitions without the curators group with 403', async () => {
    const token = await issuer.sign({ sub: 'u-lambda-res', groups: ['moderators'] });
    const body = { title: { de: 'Titel' }, intro: { de: 'Einleitung' } };
    const res = await handlers.curation(httpEvent('POST', '/api/exhibitions', { token, body }));
    expect(res.statusCode).toBe(403);
  });
});

describe('the media Lambda', () => {
  it('answers POST /api/media/uploads with a presigned POST, and only with a token', async () => {
    const body = { kind: 'audio', contentType: 'audio/webm;codecs=opus', bytes: 5000 };
    expect(
      (await handlers.media(httpEvent('POST', '/api/media/uploads', { body }))).statusCode,
    ).toBe(401);
    const token = await issuer.sign({ sub: 'u-lambda-media' });
    const res = await handlers.media(httpEvent('POST', '/api/media/uploads', { token, body }));
    expect(res.statusCode).toBe(201);
    expect(json(res).upload.fields).toMatchObject({ 'Content-Type': 'audio/webm' });
    expect((await handlers.media(httpEvent('GET', '/api/stories'))).statusCode).toBe(404);
  });
});

describe('the opendata Lambda', () => {
  it('answers the public statistics, the research data to researchers only, and nothing else', async () => {
    const stats = await handlers.opendata(httpEvent('GET', '/api/stats'));
    expect(stats.statusCode).toBe(200);
    expect(json(stats).threshold).toBe(5);
    const resident = await issuer.sign({ sub: 'u-lambda-resident' });
    const researcher = await issuer.sign({ sub: 'u-lambda-lea', groups: ['researchers'] });
    const dictionary = (token?: string) =>
      handlers.opendata(httpEvent('GET', '/api/research/dictionary', { token }));
    expect((await dictionary()).statusCode).toBe(401);
    expect((await dictionary(resident)).statusCode).toBe(403);
    expect((await dictionary(researcher)).statusCode).toBe(200);
    expect((await handlers.opendata(httpEvent('GET', '/api/stories'))).statusCode).toBe(404);
  });
});

describe('every Lambda', () => {
  it.each(['accounts', 'stories', 'moderation', 'curation', 'media', 'opendata'] as const)(
    '%s does not serve the development issuer (404)',
    async (name) => {
      const token = await handlers[name](
        httpEvent('POST', '/api/dev/token', {
          body: { sub: 'u-x', name: 'X', groups: ['admins'] },
        }),
      );
      expect(token.statusCode).toBe(404);
      expect((await handlers[name](httpEvent('GET', '/api/dev/jwks.json'))).statusCode).toBe(404);
    },
  );

  it.each(['stories', 'moderation'] as const)('%s serves only its own context', async (name) => {
    const other = name === 'stories' ? '/api/moderation/queue' : '/api/stories';
    expect((await handlers[name](httpEvent('GET', other))).statusCode).toBe(404);
  });
});
