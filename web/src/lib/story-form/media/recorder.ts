/*
 * The browser's recorder, without the interface: which type it records, and how loud the
 * microphone is right now (for the level meter). Kept apart from the component so that the
 * choices are in one place.
 */

/** Opus in WebM where the browser can (Chromium, Firefox), else MP4/AAC (Safari); '' lets it choose. */
export function recordingType(): string {
  if (typeof MediaRecorder === 'undefined') return '';
  if (MediaRecorder.isTypeSupported('audio/webm;codecs=opus')) return 'audio/webm;codecs=opus';
  if (MediaRecorder.isTypeSupported('audio/mp4')) return 'audio/mp4';
  return '';
}

/** Whether this browser can record at all. */
export const canRecord = () =>
  typeof MediaRecorder !== 'undefined' && !!globalThis.navigator?.mediaDevices?.getUserMedia;

/**
 * Measures a stream's loudness: `level()` answers 0..100 from the RMS of the last samples,
 * scaled so that speech fills most of the meter. `close()` ends the audio context.
 */
export function levelMeter(stream: MediaStream): { level(): number; close(): void } {
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Uint8Array(analyser.fftSize);
  return {
    level() {
      analyser.getByteTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += ((sample - 128) / 128) ** 2;
      const rms = Math.sqrt(sum / samples.length);
      return Math.min(100, Math.round(rms * 300));
    },
    close() {
      void context.close();
    },
  };
}
