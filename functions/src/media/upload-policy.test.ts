import { describe, expect, it } from 'vitest';
import { MEDIA_LIMITS } from '../../../shared/schemas/media';
import { acceptUpload, baseType, uploadPolicy, UPLOAD_POLICY_SECONDS } from './upload-policy';

describe('acceptUpload', () => {
  it('takes a recorder’s type with its parameters, as the type alone', () => {
    expect(baseType(' Audio/WebM; codecs=opus ')).toBe('audio/webm');
    expect(
      acceptUpload({ kind: 'audio', contentType: 'audio/webm;codecs=opus', bytes: 10 }),
    ).toEqual({ ok: true, value: { kind: 'audio', contentType: 'audio/webm', bytes: 10 } });
  });

  it('maps the other names browsers give a type to the platform’s', () => {
    const accepted = (kind: 'image' | 'audio', contentType: string) => {
      const result = acceptUpload({ kind, contentType, bytes: 1 });
      return result.ok ? result.value.contentType : result.reason;
    };
    expect(accepted('image', 'image/jpg')).toBe('image/jpeg');
    expect(accepted('image', 'image/heif')).toBe('image/heic');
    expect(accepted('audio', 'audio/x-wav')).toBe('audio/wav');
    expect(accepted('audio', 'audio/mp3')).toBe('audio/mpeg');
    expect(accepted('audio', 'audio/x-m4a')).toBe('audio/mp4');
  });

  it('refuses a type the kind does not take, and one it does not know', () => {
    for (const [kind, contentType] of [
      ['image', 'audio/wav'],
      ['audio', 'image/png'],
      ['image', 'image/gif'],
      ['image', 'image/svg+xml'],
      ['audio', 'audio/ogg'],
      ['image', 'text/html; charset=utf-8'],
    ] as const) {
      expect(acceptUpload({ kind, contentType, bytes: 1 }), `${kind} ${contentType}`).toEqual({
        ok: false,
        reason: 'media-type',
      });
    }
  });

  it('refuses more bytes than the kind’s limit, and takes exactly the limit', () => {
    const image = (bytes: number) =>
      acceptUpload({ kind: 'image', contentType: 'image/png', bytes });
    expect(image(MEDIA_LIMITS.imageBytes).ok).toBe(true);
    expect(image(MEDIA_LIMITS.imageBytes + 1)).toEqual({ ok: false, reason: 'media-too-large' });
    const audio = (bytes: number) =>
      acceptUpload({ kind: 'audio', contentType: 'audio/wav', bytes });
    expect(audio(MEDIA_LIMITS.imageBytes + 1).ok).toBe(true);
    expect(audio(MEDIA_LIMITS.audioBytes + 1)).toEqual({ ok: false, reason: 'media-too-large' });
  });
});

describe('uploadPolicy', () => {
  it('allows exactly one key, the accepted type and at most the declared size, for 15 minutes', () => {
    const policy = uploadPolicy('01JABCDEFGHJKMNPQRSTVWXYZ0', {
      kind: 'image',
      contentType: 'image/jpeg',
      bytes: 123_456,
    });
    expect(policy).toEqual({
      Key: 'uploads/01JABCDEFGHJKMNPQRSTVWXYZ0',
      Fields: { 'Content-Type': 'image/jpeg' },
      Conditions: [
        ['eq', '$key', 'uploads/01JABCDEFGHJKMNPQRSTVWXYZ0'],
        ['eq', '$Content-Type', 'image/jpeg'],
        ['content-length-range', 1, 123_456],
      ],
      Expires: UPLOAD_POLICY_SECONDS,
    });
    expect(UPLOAD_POLICY_SECONDS).toBe(900);
  });

  it('never allows more than the kind’s limit, whatever was declared', () => {
    const policy = uploadPolicy('x', {
      kind: 'audio',
      contentType: 'audio/wav',
      bytes: MEDIA_LIMITS.audioBytes * 2,
    });
    expect(policy.Conditions[2]).toEqual(['content-length-range', 1, MEDIA_LIMITS.audioBytes]);
  });
});
