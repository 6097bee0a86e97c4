import { describe, expect, it } from 'vitest';
import { SPA_ROUTING_CODE } from './spa-routing';

type Request = { uri: string };
// Runs the CloudFront Function source as CloudFront would: `handler(event)` returns the request.
const handler = new Function(`${SPA_ROUTING_CODE}; return handler;`)() as (event: {
  request: Request;
}) => Request;

const route = (uri: string) => handler({ request: { uri } }).uri;

describe('SPA routing', () => {
  it('serves index.html for client-side routes', () => {
    expect(route('/')).toBe('/index.html');
    expect(route('/stories/01JD3Q')).toBe('/index.html');
    expect(route('/moderation/queue/')).toBe('/index.html');
  });

  it('passes files through unchanged', () => {
    expect(route('/_app/immutable/entry/start.B1x2.js')).toBe(
      '/_app/immutable/entry/start.B1x2.js',
    );
    expect(route('/favicon.png')).toBe('/favicon.png');
    expect(route('/index.html')).toBe('/index.html');
  });

  it('treats a dot in a folder name as part of a route', () => {
    expect(route('/v1.2/stories')).toBe('/index.html');
  });
});
