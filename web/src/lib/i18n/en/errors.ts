import type { errors as de } from '../de/errors';

/**
 * English: error messages: problems from the API and field errors of the story form.
 * The type demands every German key of this part, and no other.
 */
export const errors: Record<keyof typeof de, string> = {
  'error.title': 'Please enter a title of 3 to 120 characters.',
  'error.body': 'Please tell your story in 20 to 20,000 characters.',
  'error.body.too_small': 'Your story is still too short: please write at least 20 characters.',
  'error.body.too_big': 'Your story is too long: please shorten it to 20,000 characters at most.',
  'error.language': 'Please choose the language of your story.',
  'error.themes': 'Please choose one to three different themes.',
  'error.themes.too_small': 'Please choose at least one theme.',
  'error.themes.too_big': 'Please choose three themes at most.',
  'error.contentWarnings': 'Please choose each content note only once.',
  'error.place.name':
    'Please name the place (120 characters at most) – or leave all place fields empty.',
  'error.place.area': 'Please choose the town or district from the list again.',
  'error.place.precision': 'Please choose how precisely the place may be shown.',
  'error.period.from': 'Please enter a start year between 1800 and {year}.',
  'error.period.to': 'Please enter an end year between 1800 and {year}.',
  'error.period.to.custom': 'The end year may not lie before the start year or in the future.',
  'error.period.label': 'Please describe the period in 60 characters at most.',
  'error.attribution': 'Please choose whether we should show your name.',
  'error.consent.online':
    'Without your consent to publication on the website we cannot show the story.',
  'error.consent.exhibition': 'Please decide about use in exhibitions.',
  'error.consent.research': 'Please decide about use for research.',
  'error.consent.license': 'Please choose a licence.',
  'error.form': 'The story could not be accepted like this. Please check your entries.',
  'error.field.generic': 'Please check this entry.',
  'error.field.unsafe-characters':
    'This field contains an invisible special character, such as one that reverses the writing direction, usually from copying text from another program. Please delete all the text in this field and type it again.',
  'error.field.invisible-only': 'This text consists only of invisible characters.',

  'error.page.heading': 'Something went wrong',
  'error.generic': 'Something went wrong. Please try again.',
  'error.network':
    'We cannot reach the server right now. Please check your connection and try again.',
  'error.server': 'An error occurred on our side. Please try again later.',
  'error.unauthorized': 'Your sign-in has expired. Please sign in again.',
  'error.forbidden': 'Your account does not have permission for this.',
  'error.notFound': 'We could not find that.',
  'error.conflict': 'Someone else has changed this in the meantime. Please reload the page.',
  'error.rateLimited': 'That was a lot of requests in a short time. Please wait a moment.',
  'error.rateLimited.wait.one':
    'You have reached the limit for this hour. Please try again in {count} minute.',
  'error.rateLimited.wait.other':
    'You have reached the limit for this hour. Please try again in {count} minutes.',
};
