import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './client';

// On AWS some answers never reach the functions and are not problem+json: API Gateway's own
// throttling and integration failures, and WAF's per-IP rate limit in front of CloudFront. The
// client makes each an ApiError with the answer's status, which errors.ts words by status alone
// (429: try again later; 5xx: a problem on our side).
const answers = {
  'API Gateway throttling': new Response('{"message":"Too Many Requests"}', {
    status: 429,
    headers: { 'content-type': 'application/json' },
  }),
  'API Gateway with the function unavailable': new Response('{"message":"Service Unavailable"}', {
    status: 503,
    headers: { 'content-type': 'application/json' },
  }),
  'CloudFront with an HTML error page': new Response('<html><body>503 ERROR</body></html>', {
    status: 503,
    headers: { 'content-type': 'text/html' },
  }),
  'the WAF rate limit': new Response('{"type":"/problems/rate-limited","status":429,"title":"x"}', {
    status: 429,
    headers: { 'content-type': 'application/json' },
  }),
};

afterEach(() => vi.unstubAllGlobals());

describe("the API client with answers that are not the API's own", () => {
  for (const [what, response] of Object.entries(answers)) {
    it(`turns ${what} into an ApiError with its status`, async () => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => response.clone()),
      );
      const error = await api('GET', '/stories').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(response.status);
      expect((error as ApiError).fieldErrors).toEqual([]);
    });
  }
});
