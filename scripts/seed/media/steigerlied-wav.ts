/**
 * The demo's one recording: the first verse of the Steigerlied ("Glück auf, der Steiger kommt"),
 * a traditional miners' song of the 16th–18th century and long in the public domain, played by a
 * tone made here from sines (no voice, no recording of anyone). About 30 seconds of 16-bit mono
 * WAV, the same bytes at every run.
 */

const SAMPLE_RATE = 22_050;
const BEATS_PER_MINUTE = 96;
const SECONDS_PER_BEAT = 60 / BEATS_PER_MINUTE;

/** A note: its pitch (MIDI number, `null` for a rest) and its length in quarter beats. */
type Note = [pitch: number | null, beats: number];

// MIDI numbers of the notes the tune uses.
const [G4, A4, B4, C5, D5, E5, FS4] = [67, 69, 71, 72, 74, 76, 66];

// G major, 4/4, one line per bar: "Glück auf, Glück auf, der Steiger kommt. / Und er hat sein
// helles Licht bei der Nacht, / und er hat sein helles Licht bei der Nacht / schon angezündt,
// schon angezündt."
// prettier-ignore
const MELODY: Note[] = [
  [G4, 2], [FS4, 1], [A4, 1],
  [G4, 2], [null, 2],
  [B4, 2], [A4, 1], [C5, 1],
  [B4, 2], [null, 1], [G4, 0.5], [A4, 0.5],
  [B4, 1], [B4, 1], [B4, 1], [A4, 0.5], [B4, 0.5],
  [C5, 1], [A4, 0.75], [A4, 0.25], [A4, 1], [A4, 0.5], [B4, 0.5],
  [C5, 1], [E5, 1], [E5, 1], [D5, 0.5], [C5, 0.5],
  [D5, 1], [B4, 0.75], [B4, 0.25], [B4, 1], [A4, 1],
  [G4, 2], [A4, 2],
  [B4, 1], [E5, 1], [D5, 1], [C5, 1],
  [B4, 2], [A4, 2],
  [G4, 3], [null, 1],
];

/** A soft bass note per bar (the chord's root), under the tune. */
const BASS: number[] = [43, 43, 43, 43, 43, 38, 36, 43, 43, 36, 38, 43];

const frequency = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

/** A reed-like tone: a few harmonics, a gentle vibrato, attack and release without clicks. */
function addTone(
  out: Float32Array,
  start: number,
  seconds: number,
  midi: number,
  gain: number,
  harmonics: number[],
) {
  const from = Math.round(start * SAMPLE_RATE);
  const length = Math.round(seconds * SAMPLE_RATE);
  const attack = Math.min(0.04 * SAMPLE_RATE, length / 4);
  const release = Math.min(0.12 * SAMPLE_RATE, length / 3);
  const base = frequency(midi);
  for (let i = 0; i < length && from + i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const envelope =
      i < attack
        ? i / attack
        : i > length - release
          ? (length - i) / release
          : 1 - 0.15 * (i / length);
    const vibrato = 1 + 0.004 * Math.sin(2 * Math.PI * 5.2 * t) * Math.min(1, t / 0.3);
    let sample = 0;
    harmonics.forEach((weight, h) => {
      sample += weight * Math.sin(2 * Math.PI * base * (h + 1) * vibrato * t);
    });
    out[from + i]! += gain * envelope * sample;
  }
}

/** The recording as WAV bytes (RIFF, PCM, 16-bit, mono). */
export function steigerliedWav(): Uint8Array {
  const beats = MELODY.reduce((sum, [, b]) => sum + b, 0);
  const seconds = beats * SECONDS_PER_BEAT + 0.5;
  const samples = new Float32Array(Math.ceil(seconds * SAMPLE_RATE));
  let at = 0.25;
  for (const [pitch, length] of MELODY) {
    const duration = length * SECONDS_PER_BEAT;
    if (pitch !== null)
      addTone(samples, at, duration * 0.95, pitch, 0.32, [1, 0.5, 0.3, 0.12, 0.06]);
    at += duration;
  }
  BASS.forEach((pitch, bar) =>
    addTone(
      samples,
      0.25 + bar * 4 * SECONDS_PER_BEAT,
      4 * SECONDS_PER_BEAT * 0.98,
      pitch,
      0.18,
      [1, 0.3, 0.1],
    ),
  );
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) =>
    [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // format chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) =>
    view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32_000), true),
  );
  return bytes;
}
