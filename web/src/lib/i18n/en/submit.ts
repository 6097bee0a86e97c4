import type { submit as de } from '../de/submit';

/**
 * English: the story form: guided submission, editing a story, form and field labels.
 * The type demands every German key of this part, and no other.
 */
export const submit: Record<keyof typeof de, string> = {
  'submit.heading': 'Share a story',
  'submit.intro':
    'Tell us what you lived through in the Ruhr – underground, in the pit village, on arriving or when the colliery closed. There is no right or wrong.',
  'submit.moderationNote':
    'Every story is read by our moderation team before it is published. Until then you can still change it.',
  'submit.signedOut':
    'Please sign in to share a story. That way we can reply if we have questions, and you stay in control of your story.',
  'submit.section.story': 'What you tell',
  'submit.section.consent': 'Credit and consent',
  'submit.tips.heading': 'Tips for telling',
  'submit.tips.1': 'Write the way you speak. Every language is welcome.',
  'submit.tips.2':
    'Small things bring memories to life: smells, sounds, the names of streets and shafts.',
  'submit.tips.3':
    'Stories you were told count too: what your parents or grandparents lived through belongs here.',
  'submit.tips.4': 'Protect others: better name neighbours or colleagues by their first name only.',
  'submit.button': 'Submit story',
  'submit.sending': 'Sending …',
  'submit.success.heading': 'Thank you! Your story has arrived.',
  'submit.success.received': 'We have received “{title}”.',
  'submit.success.nextHeading': 'What happens next?',
  'submit.success.step1':
    'Someone from our moderation team reads your story – usually within a few days.',
  'submit.success.step2':
    'If all is well, it is published. If something is missing, we will ask you for a change.',
  'submit.success.step3': 'You can follow the review at any time under “My stories”.',
  'submit.success.myStories': 'Go to “My stories”',
  'submit.success.another': 'Share another story',
  'submit.steps.progress': 'Your progress',
  'submit.steps.counter': 'Step {current} of {total}',
  'submit.steps.done': 'done',
  'submit.steps.memory': 'Your memory',
  'submit.steps.topics': 'Themes and content notes',
  'submit.steps.whereWhen': 'Place and time',
  'submit.steps.media': 'Photos and voice',
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
    '“{place}” is in our list of places. We will put it on the map for you.',
  'submit.place.withoutCoordinates':
    'Without a town or district the story will not appear on the map. That is fine.',
  'submit.place.inArea': 'On the map, the story will appear at {area}.',
  'submit.place.precision.hint':
    'You and the moderation team always see the exact place. Here you decide what everyone else sees.',
  'submit.place.public': 'The public will see: “{place}”.',
  'submit.place.public.none':
    'The public will see no place name, only the approximate location. Name a district or town of the Ruhr if you want one to appear.',
  'submit.place.public.hidden': 'The public will not see the place.',
  'submit.place.public.nothing':
    'The public will see nothing of this place, no name and no location. Name a district or town of the Ruhr if you want one to appear.',

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

  'form.optional': '(optional)',
  'form.required': '(required)',
  'form.errorPrefix': 'Error:',
  'form.summary.heading': 'Please check your entries',
  'form.summary.count.one': 'One entry is missing or not quite right:',
  'form.summary.count.other': '{count} entries are missing or not quite right:',

  'field.title': 'Title',
  'field.title.hint': 'Three to 120 characters, for example “The last shift at Hannover colliery”.',
  'field.body': 'Your story',
  'field.body.hint':
    'At least 20 characters. Separate paragraphs with an empty line. Please name other people only if they agree.',
  'field.language': 'Language of the story',
  'field.language.hint': 'Which language did you write in?',
  'field.themes': 'Themes',
  'field.themes.hint': 'Choose one to three themes that fit best.',
  'field.contentWarnings': 'Content notes',
  'field.contentWarnings.hint':
    'Does your story tell of distressing events? Then we show a note before the text.',
  'field.place': 'Place',
  'field.place.hint': 'Where does your story take place? You may also leave the place out.',
  'field.place.name': 'Name of the place',
  'field.place.name.hint': 'For example Bochum-Hordel or Zollverein colliery, Essen.',
  'field.place.area': 'Which town or district is it in?',
  'field.place.area.hint':
    'That is where we show the story on the map: roughly, never your house number.',
  'field.place.area.none': 'I would rather not say',
  'field.place.precision': 'How precisely may the public see the place?',
  'field.period': 'Period',
  'field.period.hint': 'When was it? Years between 1800 and {year}, a description, or both.',
  'field.period.from': 'From (year)',
  'field.period.to': 'To (year)',
  'field.period.label': 'Description of the period',
  'field.period.label.hint': 'For example “the mid-sixties” or “just after the war”.',
  'field.attribution': 'How should we name you?',
  'field.attribution.name': 'With my name: {name}',
  'field.attribution.name.explanation': 'Your name is shown publicly with the story.',
  'field.attribution.name.short': 'by name',
  'field.attribution.anonymous': 'Anonymously',
  'field.attribution.anonymous.explanation':
    'No name is shown publicly. The museum knows who told the story.',
  'field.attribution.anonymous.short': 'anonymous',
  'field.consent': 'Your consent',
  'field.consent.hint':
    'You decide where your story is shown. You can withdraw exhibition and research use at any time later.',
  'field.consent.online': 'My story may be published on this website once it has been checked.',
  'field.consent.exhibition':
    'The museum may also show my story in exhibitions, for example at a media station.',
  'field.consent.research': 'My story may be used for the museum’s research.',
  'field.license': 'On what terms may others reuse your story?',
  'field.license.hint':
    'A licence says what others (schools, clubs, researchers) may do with your text.',
  'field.terms': 'By submitting you accept the terms for contributions (version {version}).',
  'field.terms.link': 'Read the terms for contributions (version {version})',
  'field.terms.newTab': '(opens in a new tab)',
};
