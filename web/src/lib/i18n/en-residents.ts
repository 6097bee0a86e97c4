import type { deResidents } from './de-residents';

/** English strings of the residents' journey; the type demands every German key. */
export const enResidents: Record<keyof typeof deResidents, string> = {
  'submit.steps.progress': 'Your progress',
  'submit.steps.counter': 'Step {current} of {total}',
  'submit.steps.done': 'done',
  'submit.steps.memory': 'Your memory',
  'submit.steps.topics': 'Themes and content notes',
  'submit.steps.whereWhen': 'Place and time',
  'submit.steps.consent': 'Credit and consent',
  'submit.steps.preview': 'Preview',
  'submit.steps.next': 'Next',
  'submit.steps.back': 'Back',

  'submit.prompts.heading': 'Questions that help you remember',
  'submit.prompts.where': 'Where were you? Which street, which colliery, whose kitchen?',
  'submit.prompts.who': 'Who was there – family, workmates, neighbours?',
  'submit.prompts.sound': 'What did it sound like? The shift siren, the winding cages, the voices?',
  'submit.prompts.smell':
    'What did it smell or taste like? Coal dust, the pithead baths, Sunday roast?',
  'submit.prompts.after': 'How did you feel, and what happened next?',
  'submit.prompts.note': 'You need not answer every question. Write whatever comes to mind.',

  'submit.place.name.hint':
    'Start typing to get suggestions of places in the Ruhr. Any other place name works too.',
  'submit.place.fromGazetteer':
    'Coordinates for “{place}” taken from our gazetteer: {lat} / {lng}.',
  'submit.place.withoutCoordinates':
    'Our gazetteer does not know this place. That is fine: it will appear without coordinates.',
  'submit.place.precision.hint':
    'You and the moderation team always see the exact place. Here you decide what everyone else sees.',
  'submit.place.public': 'The public will see: “{place}”.',
  'submit.place.public.none':
    'The public will see no place name, only the approximate location. Name a district or town of the Ruhr if you want one to appear.',
  'submit.place.public.hidden': 'The public will not see the place.',

  'submit.consent.online.explanation':
    'Once reviewed, anyone can read, comment on and support the story on this website.',
  'submit.consent.exhibition.explanation':
    'In the museum’s galleries, on panels or at media stations – with the credit you chose above. You can withdraw this at any time, and we will take it out.',
  'submit.consent.research.explanation':
    'The museum’s researchers may analyse the text, for example in studies of mining history. You can withdraw this at any time too.',

  'submit.preview.intro':
    'This is how your story will look once the moderation team has approved it. Take your time to read it through once more.',
  'submit.preview.label': 'Preview',
  'submit.preview.placeHidden':
    'Only you and the moderation team see the place “{place}”; the public sees no place.',
  'submit.preview.consent': 'Your consent',
  'submit.preview.consent.online': 'On this website',
  'submit.preview.consent.exhibition': 'In the museum’s exhibitions',
  'submit.preview.consent.research': 'For research',
  'submit.preview.change': 'Change something',
  'submit.preview.changeStep': 'Back to “{step}”',
  'submit.preview.changeLater':
    'While the review is under way, you can still change or withdraw the story under “My stories”.',

  'story.warnings.showText': 'Read the story anyway',
  'story.warnings.hideText': 'Hide the text again',

  'common.close': 'Close',
  'error.rateLimited.wait.one':
    'You have reached the limit for this hour. Please try again in {count} minute.',
  'error.rateLimited.wait.other':
    'You have reached the limit for this hour. Please try again in {count} minutes.',

  'story.edit': 'Edit the story',

  'support.button': 'Support',
  'support.count.one': '{count} person supports this story',
  'support.count.other': '{count} people support this story',
  'support.given': 'Thank you! You support this story.',
  'support.taken': 'You no longer support this story.',
  'support.signIn': 'Sign in to support this story.',

  'comments.write': 'Write a comment',
  'comments.label': 'Your comment',
  'comments.send': 'Send comment',
  'comments.sendReply': 'Send reply',
  'comments.sending': 'Sending …',
  'comments.cancel': 'Cancel',
  'comments.posted': 'Thank you! Your comment is published.',
  'comments.replyPosted': 'Thank you! Your reply is published.',
  'comments.posted.held':
    'Thank you! Someone from our moderation team will take a quick look before it appears. Until then, only you can see it.',
  'comments.heldOwn':
    'Only you can see this until someone from the moderation team has looked at it.',
  'comments.error.empty': 'Please write something before you send.',
  'comments.error.tooLong': 'Please keep it shorter: 2,000 characters at most.',
  'comments.reply': 'Reply',
  'comments.replyTo': 'Reply to the comment by {name}',
  'comments.replyLabel': 'Your reply to {name}',
  'comments.report': 'Report',
  'comments.reportWhose': 'Report: comment by {name}',
  'comments.showReplies': 'Show replies ({count})',
  'comments.hideReplies': 'Hide replies',
  'comments.moreReplies': 'Load more replies',
  'comments.more': 'Load more comments',
  'comments.loading': 'Loading comments …',
  'comments.loaded.one': '{count} more comment loaded.',
  'comments.loaded.other': '{count} more comments loaded.',
  'comments.notYet': 'Comments open once the story is published.',
  'comments.signedOut': 'Sign in to join the conversation, reply or report something.',

  'report.storyButton': 'Report this story',
  'report.title.story': 'Report a story',
  'report.title.comment': 'Report a comment',
  'report.about': 'You are reporting {about}. The moderation team looks at every report.',
  'report.aboutStory': 'the story “{title}”',
  'report.aboutComment': 'the comment by {name}',
  'report.reason': 'What is wrong?',
  'report.reason.spam': 'Advertising or spam',
  'report.reason.spam.explanation': 'Promotions, links to offers, the same text over and over.',
  'report.reason.offensive': 'Offensive or hurtful',
  'report.reason.offensive.explanation': 'Insults, hate, putting people down.',
  'report.reason.personal-data': 'Personal data',
  'report.reason.personal-data.explanation':
    'Addresses, phone numbers or private matters about people who have not agreed.',
  'report.reason.off-topic': 'Does not belong here',
  'report.reason.off-topic.explanation': 'Has nothing to do with the story or the Ruhr.',
  'report.reason.other': 'Something else',
  'report.reason.other.explanation': 'Please describe it briefly below.',
  'report.reason.required': 'Please choose a reason.',
  'report.note': 'Anything else we should know?',
  'report.note.hint': '500 characters at most.',
  'report.note.tooLong': 'Please keep it shorter: 500 characters at most.',
  'report.send': 'Send report',
  'report.sending': 'Sending …',
  'report.cancel': 'Cancel',
  'report.thanks': 'Thank you for your report.',
  'report.already': 'You have already reported this. The moderation team has your report.',
  'report.next':
    'Someone from the moderation team will look at it. When several people report the same post, it is hidden until a decision is made.',
  'feed.filters': 'Filter stories',
  'feed.filter.allThemes': 'All themes',
  'feed.filter.decade': 'Decade',
  'feed.filter.allDecades': 'All decades',
  'feed.filter.decadeValue': '{decade}s',
  'feed.filter.allLanguages': 'All languages',
  'feed.filter.apply': 'Show',
  'feed.filter.reset': 'Reset all filters',
  'feed.sort': 'Order',
  'feed.sort.new': 'Newest first',
  'feed.sort.top': 'Most supported first',
  'feed.heading.top': 'Most supported stories',
  'feed.shown.one': '{count} story shown.',
  'feed.shown.other': '{count} stories shown.',
  'feed.empty.filtered': 'There is no story for this selection yet.',

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

  'edit.heading': 'Edit your story',
  'edit.back': 'Back to “My stories”',
  'edit.intro.pending':
    'Your story is still waiting for review. The moderation team will read what you change here.',
  'edit.intro.changes':
    'The moderation team asks you for a change. When you save, the story is reviewed again.',
  'edit.notEditable':
    '“{title}” has already been reviewed and can no longer be changed. You can withdraw it under “My stories”.',
  'edit.save': 'Submit changes',
  'edit.cancel': 'Cancel',
  'edit.stale':
    'The moderation team has decided meanwhile; the story can no longer be changed. “My stories” shows where it stands.',
  'edit.done.heading': 'Saved',
  'edit.done.text': '“{title}” is waiting for the moderation team’s review again.',
  'edit.done.view': 'View the story',
};
