import type { AudioType } from '../../../shared/schemas/media';
import { wavByteRate } from './audio-probe';

/*
 * The size vs duration ceiling: a recording's bytes are its sound at some bitrate, plus headers
 * and index tables. A file far larger than its length allows at the highest bitrate the site
 * takes carries something else (another file, hidden in a tag, a box or after the sound), and is
 * refused, whatever the 100 MB limit would let through.
 */

/** Bytes a second at the highest bitrate taken for each type. */
export const MAX_AUDIO_BYTES_PER_SECOND: Record<AudioType, number> = {
  'audio/mpeg': 320_000 / 8, // MP3's highest bitrate, 320 kbit/s (2.4 MB a minute)
  'audio/mp4': 512_000 / 8, // AAC, stereo at its highest usual rate
  'audio/webm': 510_000 / 8, // Opus's highest, 510 kbit/s
  'audio/wav': 96_000 * 2 * 4, // PCM: 96 kHz, stereo, 32 bits a sample
};

/** Headers, index tables (an MP4's sample table for 30 minutes is about 300 KB), padding. */
export const AUDIO_SLACK_BYTES = 1024 * 1024;

/**
 * The most bytes a recording of this type and length may have: 5 % over the rate, plus slack.
 * A WAV's length is its sound's bytes over its own byte rate, so that rate (at most the highest)
 * is the ceiling's: then only the sound and the slack fit, whatever else its chunks hold.
 */
export function audioByteCeiling(type: AudioType, durationSeconds: number, bytes?: Uint8Array) {
  const highest = MAX_AUDIO_BYTES_PER_SECOND[type];
  const own = type === 'audio/wav' && bytes ? wavByteRate(bytes) : undefined;
  const rate = own ? Math.min(own, highest) : highest;
  return Math.ceil(durationSeconds * rate * 1.05) + AUDIO_SLACK_BYTES;
}
