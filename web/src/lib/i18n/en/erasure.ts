import type { erasure as de } from '../de/erasure';

/** "Delete my account" under "My data" (DESIGN §7, GDPR Art. 17). */
export const erasure: Record<keyof typeof de, string> = {
  'erasure.heading': 'Delete my account',
  'erasure.intro':
    'You can delete your account at any time. It cannot be undone: your account, your name, your settings and your consents are deleted, and you cannot sign in with it any more.',
  'erasure.always':
    'Either way your supports and your reports are removed, and stories that are not yet published are deleted.',
  'erasure.choice.legend': 'What should happen to your published stories and comments?',
  'erasure.choice.delete': 'Delete everything',
  'erasure.choice.delete.explanation':
    'Your stories disappear from the site, from the museum’s picks and from exhibitions, and your comments are deleted. Where someone replied to your comment, only the note “Comment deleted” stays in its place.',
  'erasure.choice.anonymise': 'Keep them anonymously',
  'erasure.choice.anonymise.explanation':
    'Your published stories and comments stay visible, but without your name and without any link to you: they show “anonym”. You cannot change or withdraw them afterwards either.',
  'erasure.choice.missing': 'Please choose what should happen to your contributions.',
  'erasure.start': 'Delete my account …',
  'erasure.confirm.title': 'Really delete your account?',
  'erasure.confirm.delete': 'Your account and all your stories and comments are deleted for good.',
  'erasure.confirm.anonymise':
    'Your account is deleted for good. Your published stories and comments stay, anonymously; everything else is deleted.',
  'erasure.confirm.final': 'This cannot be undone.',
  'erasure.confirm.yes': 'Yes, delete my account for good',
  'erasure.confirm.no': 'Cancel',
  'erasure.erasing': 'Deleting your account …',
  'erasure.staff':
    'Your account has a role in the museum team. Ask an admin to take your roles away, then sign in again and delete the account.',
  'erasure.done.heading': 'Your account is deleted',
  'erasure.done.body':
    'Your account and your data are deleted, and you are signed out. Thank you for taking part in Ruhr Stories.',
  'erasure.done.home': 'To the home page',
  'erasure.deletedAccount': 'deleted account',
  'erasure.comment.erased': 'Comment deleted',
  'erasure.curatorNotice': 'The teller of “{title}” deleted their account, and the story with it.',
};
