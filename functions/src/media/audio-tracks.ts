import type { AudioType } from '../../../shared/schemas/media';
import { ascii, boxes, element } from './audio-probe';

/*
 * A recording holds sound only. WebM and MP4 can carry video (a face, a room) beside the sound:
 * moderators hear a recording in an audio player and never see its pictures, and a browser that
 * opens the public copy directly may show them. So a file with any track that is not sound is
 * not a recording, and neither is one without a track of sound. MP3 and WAV hold nothing but
 * sound.
 */

export function hasOnlySound(type: AudioType, bytes: Uint8Array): boolean {
  try {
    // At least one track, and every one of them sound.
    if (type === 'audio/mp4') return allAre(mp4Handlers(bytes), 'soun');
    if (type === 'audio/webm') return allAre(webmTrackTypes(bytes), WEBM_AUDIO);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

const allAre = <T>(list: T[], value: T) => list.length > 0 && list.every((item) => item === value);

/** Each track's handler type (moov/trak/mdia/hdlr): `soun`, `vide`, `text`, `subt`… */
function mp4Handlers(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const handlers: string[] = [];
  const children = (box: { start: number; end: number }) => boxes(bytes, view, box.start, box.end);
  for (const moov of boxes(bytes, view, 0, bytes.length)) {
    if (moov.type !== 'moov') continue;
    for (const trak of children(moov)) {
      if (trak.type !== 'trak') continue;
      let handler = 'none';
      for (const mdia of children(trak)) {
        if (mdia.type !== 'mdia') continue;
        for (const hdlr of children(mdia)) {
          // version and flags (4), pre_defined (4), then the handler type.
          if (hdlr.type === 'hdlr') handler = ascii(bytes, hdlr.start + 8, 4);
        }
      }
      handlers.push(handler);
    }
  }
  return handlers;
}

const WEBM_AUDIO = 2;
const ID = { segment: 0x18538067, tracks: 0x1654ae6b, trackEntry: 0xae, trackType: 0x83 };

/** Each TrackEntry's TrackType (1 video, 2 audio, 17 subtitles…); 0 when it gives none. */
function webmTrackTypes(bytes: Uint8Array): number[] {
  const header = element(bytes, 0, bytes.length);
  const segment = element(bytes, header.end, bytes.length);
  if (segment.id !== ID.segment) throw new RangeError('No Segment');
  const types: number[] = [];
  for (let at = segment.start; at < segment.end;) {
    const child = element(bytes, at, segment.end);
    // The Tracks come before the first Cluster, which a recorder may leave without a size.
    if (child.unknownSize) break;
    if (child.id === ID.tracks) {
      for (let i = child.start; i < child.end;) {
        const entry = element(bytes, i, child.end);
        if (entry.id === ID.trackEntry) {
          let type = 0;
          for (let j = entry.start; j < entry.end;) {
            const field = element(bytes, j, entry.end);
            if (field.id === ID.trackType && field.end > field.start) type = bytes[field.end - 1]!;
            j = field.end;
          }
          types.push(type);
        }
        i = entry.end;
      }
    }
    at = child.end;
  }
  return types;
}
