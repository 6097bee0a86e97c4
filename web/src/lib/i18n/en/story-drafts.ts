import type { storyDrafts as de } from '../de/story-drafts';

/** English: drafts, the question before leaving, the pre-screen's notes (see ../de/story-drafts). */
export const storyDrafts: Record<keyof typeof de, string> = {
  'draft.offer': 'You have a draft from {date}.',
  'draft.offer.hint': 'Would you like to carry on where you left off?',
  'draft.resume': 'Carry on writing',
  'draft.discard': 'Discard',
  'draft.discarded': 'The draft has been discarded. You are starting with an empty form.',
  'draft.resumed': 'Your draft is back.',
  'draft.note': 'This browser keeps what you write here as a draft until you send the story.',

  'leave.title': 'Leave this page?',
  'leave.text':
    'Your story has not been sent yet. Your draft stays saved in this browser, and you can carry on later.',
  'leave.stay': 'Stay and keep writing',
  'leave.go': 'Leave the page',

  'prescreen.heading': 'Please have another look at these passages',
  'prescreen.intro':
    'We noticed something while reading. You can change it now, before the moderation team sees it.',
  'prescreen.found.phone': 'This looks like a phone number:',
  'prescreen.found.email': 'This looks like an e-mail address:',
  'prescreen.found.iban': 'This looks like a bank account number (IBAN):',
  'prescreen.found.link': 'This looks like a link:',
  'prescreen.found.insult': 'This word can hurt others:',
  'prescreen.found.shouting': 'Lots of capital letters read like shouting:',
  'prescreen.why.personal':
    'Moderators will not publish this. Please remove personal details, above all those of other people.',
  'prescreen.why.link':
    'The moderation team only publishes links that belong to the story. It is best to say in your own words what they show.',
  'prescreen.why.tone':
    'The moderation team looks closely at passages like these. Perhaps you would like to put it differently.',
  'prescreen.inTitle': 'in the title',
  'prescreen.inBody': 'in the text',
  'prescreen.fix.title': 'Change the title',
  'prescreen.fix.body': 'Change the text',
};
