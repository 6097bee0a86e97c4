import { describe, expect, it } from 'vitest';
import { StoryMediaInputListSchema, type StoryMedia } from '../../../../../shared/schemas/media';
import {
  fromDraftMedia,
  fromStoryMedia,
  inStoryOrder,
  moveEntry,
  toDraftMedia,
  toMediaInput,
  toPreviewMedia,
  type MediaEntry,
} from './media-entries';

let n = 0;
const key = () => `k${n++}`;

const entry = (overrides: Partial<MediaEntry> = {}): MediaEntry => ({
  key: key(),
  kind: 'image',
  id: `id${n}`,
  status: 'ready',
  progress: 1,
  error: null,
  previewUrl: 'blob:x',
  name: 'a.jpg',
  alt: 'Ein Förderturm',
  caption: '',
  credit: '',
  transcript: '',
  ...overrides,
});

describe('toMediaInput', () => {
  it('names finished photos and the recording with their trimmed texts, leaving out empty ones', () => {
    const media = toMediaInput([
      entry({ id: 'p1', alt: '  Turm  ', caption: 'Zeche', credit: ' ' }),
      entry({ id: 'a1', kind: 'audio', alt: '', transcript: 'Ich war da.' }),
    ]);
    expect(media).toEqual([
      { id: 'p1', kind: 'image', alt: 'Turm', caption: 'Zeche', credit: undefined },
      {
        id: 'a1',
        kind: 'audio',
        caption: undefined,
        credit: undefined,
        transcript: 'Ich war da.',
      },
    ]);
    expect(StoryMediaInputListSchema.safeParse(media).success).toBe(true);
  });

  it('lets the schema refuse a photo still uploading (at its id) and one without alt text', () => {
    const media = toMediaInput([entry({ status: 'uploading' }), entry({ alt: ' ' })]);
    const result = StoryMediaInputListSchema.safeParse(media);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['0.id', '1.alt']);
  });
});

describe('moveEntry', () => {
  const [a, b, c] = [entry(), entry(), entry()];
  const audio = entry({ kind: 'audio' });
  const keys = (entries: MediaEntry[]) => entries.map((e) => e.key);

  it('moves a photo among the photos', () => {
    expect(keys(moveEntry([a!, b!, c!, audio], c!.key, -1))).toEqual(keys([a!, c!, b!, audio]));
    expect(keys(moveEntry([a!, b!, c!], a!.key, 1))).toEqual(keys([b!, a!, c!]));
  });

  it('never moves past either end or past the recording', () => {
    expect(keys(moveEntry([a!, b!], a!.key, -1))).toEqual(keys([a!, b!]));
    expect(keys(moveEntry([a!, b!, audio], b!.key, 1))).toEqual(keys([a!, b!, audio]));
  });

  it('keeps photos before the recording however they were added', () => {
    expect(keys(inStoryOrder([audio, a!, b!]))).toEqual(keys([a!, b!, audio]));
  });
});

describe('drafts', () => {
  it('keep finished uploads with their texts, never an upload in transit', () => {
    const kept = toDraftMedia([
      entry({ id: 'p1', alt: 'Turm', previewUrl: '/private/p1.jpg' }),
      entry({ id: 'p2', status: 'uploading' }),
    ]);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: 'p1', alt: 'Turm', previewUrl: '/private/p1.jpg' });
    expect(kept[0]).not.toHaveProperty('status');
    expect(JSON.stringify(kept)).not.toContain('blob:');
  });

  it('come back as finished entries, and anything else in storage is left out', () => {
    const restored = fromDraftMedia(
      [{ id: 'p1', kind: 'image', alt: 'Turm' }, { id: 3 }, 'x', null],
      key,
    );
    expect(restored).toHaveLength(1);
    expect(restored[0]).toMatchObject({ id: 'p1', status: 'ready', alt: 'Turm', caption: '' });
    expect(fromDraftMedia('nonsense', key)).toEqual([]);
  });
});

describe('a story’s media in the edit form and the preview', () => {
  const stored: StoryMedia[] = [
    {
      id: 'p1',
      kind: 'image',
      alt: 'Turm',
      width: 1200,
      height: 800,
      variants: [
        { width: 480, type: 'image/webp', url: '/p1/480.webp' },
        { width: 480, type: 'image/jpeg', url: '/p1/480.jpg' },
      ],
    },
    {
      id: 'a1',
      kind: 'audio',
      contentType: 'audio/webm',
      durationSeconds: 5,
      url: '/a1',
      transcript: 'Hallo',
    },
  ];

  it('shows the photo’s JPEG preview and keeps the recording’s transcript', () => {
    const entries = fromStoryMedia(stored, key);
    expect(entries[0]).toMatchObject({ id: 'p1', previewUrl: '/p1/480.jpg', alt: 'Turm' });
    expect(entries[1]).toMatchObject({ id: 'a1', previewUrl: '/a1', transcript: 'Hallo' });
    expect(toMediaInput(entries)).toEqual([
      { id: 'p1', kind: 'image', alt: 'Turm', caption: undefined, credit: undefined },
      { id: 'a1', kind: 'audio', caption: undefined, credit: undefined, transcript: 'Hallo' },
    ]);
  });

  it('previews only finished uploads, a recording by its base type', () => {
    const preview = toPreviewMedia([
      entry({ id: 'p1', width: 600, height: 400 }),
      entry({ status: 'failed' }),
      entry({ id: 'a1', kind: 'audio', contentType: 'audio/webm;codecs=opus', durationSeconds: 5 }),
    ]);
    expect(preview.map((m) => m.id)).toEqual(['p1', 'a1']);
    expect(preview[1]).toMatchObject({ contentType: 'audio/webm', durationSeconds: 5 });
  });
});
