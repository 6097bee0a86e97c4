import type { me as de } from '../de/me';

/**
 * English: a person’s own stories: “my stories”, decisions on them, consent after publication.
 * The type demands every German key of this part, and no other.
 */
export const me: Record<keyof typeof de, string> = {
  'me.heading': 'My stories',
  'me.intro': 'Here you see every story you have submitted, and how far its review has come.',
  'me.empty': 'You have not submitted a story yet.',
  'me.signedOut': 'Sign in to see your stories.',
  'me.next.pending':
    'The moderation team is reading your story. Until they decide, you can still change it.',
  'me.next.changes-requested':
    'The moderation team asks you for a change (see the reason). Edit the story and submit it again.',
  'me.next.published': 'Your story is public. You can withdraw it at any time.',
  'me.next.rejected':
    'This story will not be published (see the reason). You are welcome to send a revised version as a new story.',
  'me.next.hidden':
    'The story is hidden for now, until the moderation team has looked at a report.',
  'me.next.withdrawn': 'You have withdrawn this story. It is no longer public anywhere.',
  'me.edit': 'Edit',
  'me.editResubmit': 'Edit and resubmit',
  'me.editLabel': 'Edit “{title}”',
  'me.withdraw': 'Withdraw',
  'me.withdrawLabel': 'Withdraw “{title}”',
  'me.withdraw.title': 'Withdraw this story?',
  'me.withdraw.text':
    '“{title}” will then disappear from every public page, from exhibitions and from media stations.',
  'me.withdraw.final': 'This cannot be undone. You can, however, submit the story again later.',
  'me.withdraw.confirm': 'Yes, withdraw',
  'me.withdraw.busy': 'Withdrawing …',
  'me.withdraw.keep': 'No, keep it',
  'me.withdrawn': '“{title}” is withdrawn.',

  'decided.summary': 'Moderation decision of {date}: {decision}',
  'decided.reason': 'Reason:',

  'myConsent.summary': 'How your story may be used',
  'myConsent.use.online': 'Online on Ruhr Stories',
  'myConsent.use.exhibition': 'In the museum’s exhibitions',
  'myConsent.use.research': 'For research',
  'myConsent.allowed': 'allowed',
  'myConsent.notAllowed': 'not allowed',
  'myConsent.withdraw.online': 'Withdraw the story',
  'myConsent.withdraw.exhibition': 'Withdraw from exhibitions',
  'myConsent.withdraw.research': 'Withdraw from research',
  'myConsent.confirm.online':
    'Do you really want to withdraw your story? It will disappear from the website, from every exhibition and from research. This cannot be undone here.',
  'myConsent.confirm.exhibition':
    'Do you want to withdraw exhibition use? The museum takes the story out of every exhibition and off the screens in the galleries at once. It stays readable online.',
  'myConsent.confirm.research':
    'Do you want to withdraw research use? The story will no longer be passed on for research.',
  'myConsent.confirmButton.online': 'Yes, withdraw the story',
  'myConsent.confirmButton.exhibition': 'Yes, withdraw from exhibitions',
  'myConsent.confirmButton.research': 'Yes, withdraw from research',
  'myConsent.cancel': 'Cancel',
  'myConsent.done.online': 'Your story has been withdrawn.',
  'myConsent.done.exhibition': 'Your story will no longer be shown in exhibitions.',
  'myConsent.done.research': 'Your story will no longer be used for research.',
  'myConsent.grant.exhibition': 'Allow in exhibitions again',
  'myConsent.grant.research': 'Allow for research again',
  'myConsent.granted.exhibition':
    'The museum may show your story in exhibitions again. Whether it does is decided anew.',
  'myConsent.granted.research': 'Your story may be used for research again.',
};
