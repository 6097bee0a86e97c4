import { describe, expect, it } from 'vitest';
import { publicKey, publicUrl } from '../../shared/media-files';
import { localMediaPath, MEDIA_ROUTING_CODE } from './media-routing';

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

describe('the local web server’s /media proxy (localMediaPath)', () => {
  it('asks the local S3 for the same key as CloudFront, and for no other', () => {
    const id = '01JD3QX5S9W6B1Y8Z2M4N7P0RT';
    expect(localMediaPath(`${publicUrl(id, 'audio.m4a')}?v=1`, 'b')).toBe(
      `/b/${publicKey(id, 'audio.m4a')}`,
    );
    // The local S3 decodes %2F and %2e in a key, so each of these read private/ before.
    for (const uri of [
      `/media/..%2Fprivate/${id}/1600.jpg`,
      `/media/%2e%2e/private/${id}/1600.jpg`,
      `/media/${id}/..%2F..%2Fprivate%2F${id}%2F1600.jpg`,
      '/media/../private/abc/480.webp',
    ]) {
      expect(localMediaPath(uri, 'b'), uri).toBe('/b/public/-/not-found');
    }
  });
});
