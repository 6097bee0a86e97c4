import type { legal as de } from '../de/legal';

/** English: the legal pages, the feedback form on barriers, the curators' list of it. */
export const legal: Record<keyof typeof de, string> = {
  'legal.nav.label': 'Legal and help',
  'legal.imprint': 'Legal notice (Impressum)',
  'legal.privacy': 'Privacy',
  'legal.accessibility': 'Accessibility',
  'legal.terms': 'Terms for contributions',
  'legal.easyRead': 'Easy-to-read',
  'legal.toFill': 'To be filled in by the museum: {what}',
  'legal.loading': 'Loading the text …',
  'legal.failed': 'The text could not be loaded.',
  'legal.revised': 'Last revised: {date}',
  'legal.contents': 'Contents',

  'legal.feedback.heading': 'Report a barrier',
  'legal.feedback.intro':
    'Have you found something on this site that you cannot use, or only with difficulty? Tell us. You do not need to sign in.',
  'legal.feedback.page': 'Where is the barrier?',
  'legal.feedback.page.hint':
    'The address of the page or a description, for example “Share a story form, step 3”.',
  'legal.feedback.description': 'What is the barrier?',
  'legal.feedback.description.hint':
    'Describe what does not work and what you use the site with (for example a screen reader, magnification, keyboard only). 10 to 4,000 characters.',
  'legal.feedback.contact': 'How can we reach you?',
  'legal.feedback.contact.hint':
    'An e-mail address or phone number. We ask so that we can answer you or ask back; we use it only for that and delete it after one year at the latest. Without it, your feedback stays anonymous.',
  'legal.feedback.send': 'Send feedback',
  'legal.feedback.sending': 'Sending …',
  'legal.feedback.sent.heading': 'Thank you, your feedback has reached the museum.',
  'legal.feedback.sent.text':
    'We will look at it and try to remove the barrier. If you left a way to contact you, we will get in touch.',
  'legal.feedback.again': 'Write more feedback',
  'error.feedback.description': 'Please describe the barrier in 10 to 4,000 characters.',
  'error.feedback.description.too_small':
    'Please describe the barrier in a little more detail (at least 10 characters).',
  'error.feedback.description.too_big': 'The description is too long: 4,000 characters at most.',
  'error.feedback.page': 'Please give the place in 300 characters at most.',
  'error.feedback.contact': 'Please give the contact detail in 200 characters at most.',

  'legal.curation.heading': 'Feedback on accessibility',
  'legal.curation.lead':
    'What visitors report with the form of the accessibility statement, newest first. Contact details are personal data: use them only to answer; they are deleted after one year.',
  'legal.curation.empty': 'No feedback yet.',
  'legal.curation.page': 'Where: {page}',
  'legal.curation.noPage': 'Place not given',
  'legal.curation.contact': 'Contact: {contact}',
  'legal.curation.more': 'Load older feedback',
  'legal.curation.loaded.one': 'One more feedback loaded.',
  'legal.curation.loaded.other': '{count} more feedback loaded.',
};
