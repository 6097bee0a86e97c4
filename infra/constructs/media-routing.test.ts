import { describe, expect, it } from 'vitest';
import { publicKey, publicUrl } from '../../shared/media-files';
import { MEDIA_ROUTING_CODE } from './media-routing';

type Request = { uri: string };
type Answer = Request | { statusCode: number };
// Runs the CloudFront Function source as CloudFront would: `handler(event)` returns the request
// to send on, or an answer of its own.
const handler = new Function(`${MEDIA_ROUTING_CODE}; return handler;`)() as (event: {
  request: Request;
}) => Answer;

/** The S3 key CloudFront asks for: the origin path `/public`, then the rewritten URI. */
const keyOf = (uri: string) => {
  const answer = handler({ request: { uri } });
  return 'uri' in answer ? `public${answer.uri}` : answer.statusCode;
};

describe('media routing', () => {
  it("maps a public URL to its file's key under public/", () => {
    const id = '01JD3QX5S9W6B1Y8Z2M4N7P0RT';
    for (const file of ['480.webp', '1600.jpg', 'audio.m4a']) {
      expect(keyOf(publicUrl(id, file))).toBe(publicKey(id, file));
    }
  });

  it('answers 404 for anything but one id and one file', () => {
    for (const uri of [
      '/media/',
      '/media/abc',
      '/media/abc/',
      '/media/abc/def/480.webp',
      '/media/../private/abc/480.webp',
      '/media/abc/..%2Fx.jpg',
      '/media//480.webp',
      '/mediaabc/480.webp',
    ]) {
      expect(keyOf(uri), uri).toBe(404);
    }
  });
});
