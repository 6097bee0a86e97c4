import type { media as de } from '../de/media';

/**
 * English: photos and recordings wherever a story is shown, and the moderators' check of them.
 * The type demands every German key of this part, and no other.
 */
export const media: Record<keyof typeof de, string> = {
  'media.photos.heading': 'Photos',
  'media.photo.enlarge': 'Enlarge photo',
  'media.photo.credit': '© {credit}',
  'media.viewer.counter': 'Photo {number} of {count}',
  'media.viewer.previous': 'Previous photo',
  'media.viewer.next': 'Next photo',
  'media.viewer.hint': 'Use the arrow keys or swipe to move between photos.',
  'media.audio.heading': 'The voice behind the story',
  'media.audio.label': 'Recording',
  'media.audio.duration': 'Length {duration}',
  'media.audio.type.audio/webm': 'WebM audio',
  'media.audio.type.audio/mp4': 'MP4 audio',
  'media.audio.type.audio/mpeg': 'MP3',
  'media.audio.type.audio/wav': 'WAV',
  'media.audio.unsupported': 'Your browser cannot play this recording.',
  'media.audio.download': 'Download the recording',
  'media.audio.print': 'The recording ({duration}) can be heard online.',
  'media.transcript.heading': 'Transcript',
  'media.transcript.more': 'Show the whole transcript',
  'media.transcript.less': 'Shorten the transcript',
  'media.transcript.none': 'This recording has no transcript yet.',
  'media.kiosk.play': 'Listen to the recording',
  'media.kiosk.pause': 'Pause the recording',
  'media.kiosk.transcriptShow': 'Show the transcript',
  'media.kiosk.transcriptHide': 'Close the transcript',
  'media.kiosk.progress': '{elapsed} of {duration}',
  'media.review.heading': 'Check the photos and recording',
  'media.review.photo': 'Photo {number}',
  'media.review.alt': 'Alt text',
  'media.review.caption': 'Caption',
  'media.review.credit': 'Credit',
  'media.review.size': 'Size',
  'media.review.pixels': '{width} × {height} pixels',
  'media.review.none': '–',
  'media.review.recording': 'Recording',
  'media.review.transcriptMissing': 'The recording needs a transcript before it can be approved.',
  'media.review.transcriptLabel': 'Transcript of the recording',
  'media.review.transcriptHint':
    'Write down what can be heard. Blank lines separate paragraphs. At most {max} characters.',
  'media.review.transcriptSave': 'Save the transcript',
  'media.review.transcriptSaving': 'Saving …',
  'media.review.transcriptSaved': 'The transcript is saved.',
  'media.review.transcriptEmpty': 'Please write a transcript.',
  'media.review.transcriptConflict':
    'The story has been changed or decided in the meantime. Reload the page.',
};
