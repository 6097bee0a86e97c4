import type { Dictionary } from './de';
import { enResidents } from './en-residents';
import { enModeration } from './en-moderation';
import { enCuration } from './en-curation';

/** English. Typed as `Dictionary`: a missing or an extra key is a compile error. */
export const en: Dictionary = {
  ...enResidents,
  ...enModeration,
  ...enCuration,
  'site.name': 'Ruhr Stories',
  'site.tagline': 'Memories of the Ruhr',
  'page.title': '{page} – Ruhr Stories',
  'skip.toContent': 'Skip to main content',
  'lang.label': 'Change language',
  'lang.switchTo': 'Deutsch',

  'nav.label': 'Main navigation',
  'nav.stories': 'Stories',
  'nav.submit': 'Share a story',
  'nav.myStories': 'My stories',
  'nav.moderation': 'Moderation',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name}',

  'footer.museum':
    'Ruhr Stories is a project of the Deutsches Bergbau-Museum Bochum, Leibniz Research Museum for Georesources.',
  'footer.moderation': 'Every story is read by our moderation team before it is published.',
  'footer.privacy':
    'This website tracks no one: no analytics, no advertising, no third-party cookies.',

  'common.loading': 'Loading …',
  'common.retry': 'Try again',
  'common.yes': 'yes',
  'common.no': 'no',

  'home.pageTitle': 'Ruhr Stories – Stories from the Ruhr',
  'home.kicker': 'Remembering together',
  'home.heading': 'Stories from the Ruhr',
  'home.lead':
    'Ruhr Stories collects the memories of the people of the Ruhr: of work underground, of arriving from Anatolia, Apulia, Silesia or Korea, of neighbours and pit villages – and of saying goodbye to the collieries.',
  'home.museum':
    'The project is run by the Deutsches Bergbau-Museum Bochum. The museum keeps the stories as part of the memory of the region and, with your consent, shows some of them in exhibitions.',
  'home.cta': 'Share your story',
  'home.steps.heading': 'How it works',
  'home.step1.title': 'Tell',
  'home.step1.text':
    'Write down what you lived through or what you were told – in German, Turkish, Polish or your own language.',
  'home.step2.title': 'Check',
  'home.step2.text':
    'Before a story appears, someone from our moderation team reads it. Nothing is published unchecked.',
  'home.step3.title': 'Keep',
  'home.step3.text':
    'The museum keeps the stories and shows some of them online and in exhibitions – only in the ways you agreed to.',
  'home.greeting': 'Glück auf!',
  'home.greeting.text': 'The miners’ greeting, “good luck up top” – and how we welcome your story.',
  'home.feed.heading': 'Recent stories',
  'home.feed.empty': 'No story has been published here yet. Tell the first one!',

  'feed.loading': 'Loading stories …',
  'feed.loadMore': 'Load more stories',
  'feed.loaded.one': '{count} more story loaded.',
  'feed.loaded.other': '{count} more stories loaded.',

  'card.by': 'by {name}',
  'card.anonymous': 'told anonymously',
  'card.publishedOn': 'published {date}',
  'card.submittedOn': 'submitted {date}',
  'card.votes.one': '{count} vote',
  'card.votes.other': '{count} votes',
  'card.comments.one': '{count} comment',
  'card.comments.other': '{count} comments',

  'story.pageTitle': 'Story',
  'story.loading': 'Loading the story …',
  'story.back': 'Back to all stories',
  'story.about': 'About this story',
  'story.status': 'Status',
  'story.notPublic': 'This story is not public yet. Only you and the moderation team can see it.',
  'story.toldBy': 'Told by',
  'story.anonymous': 'Anonymous',
  'story.publishedAt': 'Published',
  'story.submittedAt': 'Submitted',
  'story.place': 'Place',
  'story.coordinates': '{lat} / {lng} (precision: {precision})',
  'story.period': 'Period',
  'story.themes': 'Themes',
  'story.language': 'Language',
  'story.license': 'Licence',
  'story.warnings.heading': 'Content note',
  'story.warnings.text':
    'This story tells of: {list}. Read at your own pace, or leave it for another time.',
  'story.warnings.short': 'Content note: {list}',
  'story.notFound.heading': 'We could not find this story',
  'story.notFound.text':
    'It may have been withdrawn or still be under review, or the link may be incomplete.',

  'comments.heading': 'Comments',
  'comments.empty': 'No comments yet.',
  'comments.held': 'awaiting review',

  'period.since': 'from {year}',
  'period.until': 'until {year}',
  'period.labelWithYears': '{label} ({years})',

  'age.underMinute': 'less than a minute',

  'decided.summary': 'Moderation decision of {date}: {decision}',
  'decided.reason': 'Reason:',

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
  'field.place.lat': 'Latitude',
  'field.place.lat.hint': 'In decimal degrees, for example 51.5037.',
  'field.place.lng': 'Longitude',
  'field.place.lng.hint': 'In decimal degrees, for example 7.1761.',
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
  'error.place.lat': 'Please enter a latitude between -90 and 90.',
  'error.place.lat.invalid_type': 'Please enter the latitude as a number, for example 51.5037.',
  'error.place.lng': 'Please enter a longitude between -180 and 180.',
  'error.place.lng.invalid_type': 'Please enter the longitude as a number, for example 7.1761.',
  'error.place.lng.custom': 'Please give latitude and longitude together – or neither.',
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

  'notFound.heading': 'Page not found',
  'notFound.text': 'There is no such address on Ruhr Stories – perhaps a typing error?',

  'me.heading': 'My stories',
  'me.intro': 'Here you see every story you have submitted, and how far its review has come.',
  'me.empty': 'You have not submitted a story yet.',
  'me.signedOut': 'Sign in to see your stories.',

  'moderation.heading': 'Moderation',
  'moderation.signedOut': 'Moderation is for signed-in members of the moderation team.',
  'moderation.notAllowed':
    'This page is reserved for the moderation team. If you would like to help moderate, please contact the museum.',
  'moderation.attribution': 'Attribution',
  'login.heading': 'Sign in',
  'login.intro':
    'This is the local development environment. Choose a demo persona to experience Ruhr Stories from their point of view.',
  'login.already': 'You are signed in as {name}. You can switch persona here.',
  'login.as': 'Sign in as {name}',
  'login.signingIn': 'Signing in …',
  'login.production':
    'Sign-in happens through the account service of the Deutsches Bergbau-Museum Bochum. Please sign in there; you will then be brought back here.',
  'login.role.anna': 'Resident – shares and reads stories.',
  'login.role.ben': 'Resident – shares and reads stories.',
  'login.role.mia': 'Moderator – checks stories before they appear.',
  'login.role.kai': 'Curator at the museum – chooses stories for exhibitions.',

  'flag.email': 'Email address in the text',
  'flag.phone': 'Phone number in the text',
  'flag.link': 'Link in the text',
  'flag.iban': 'Bank account number (IBAN) in the text',
  'flag.shouting': 'Lots of capitals (“shouting”)',
  'flag.insult': 'Possible insult',

  'theme.beginnings': 'Beginnings',
  'theme.colliery': 'At the colliery',
  'theme.everyday-life': 'Everyday life',
  'theme.migration': 'Migration',
  'theme.community': 'Neighbours and community',
  'theme.structural-change': 'Structural change',
  'theme.remembrance': 'Remembrance',

  'language.de': 'German',
  'language.en': 'English',
  'language.tr': 'Turkish',
  'language.pl': 'Polish',
  'language.it': 'Italian',
  'language.el': 'Greek',
  'language.ko': 'Korean',
  'language.other': 'Another language',

  'license.CC-BY-4.0': 'CC BY 4.0 – attribution',
  'license.CC-BY-4.0.explanation':
    'Anyone may share and reuse the story, also in an edited form, as long as they name the source.',
  'license.CC-BY-SA-4.0': 'CC BY-SA 4.0 – attribution, share alike',
  'license.CC-BY-SA-4.0.explanation':
    'Like CC BY, but whoever edits the story must share the result just as freely.',
  'license.CC0-1.0': 'CC0 – no conditions',
  'license.CC0-1.0.explanation':
    'Public domain without reservation: anyone may use the story freely, even without naming the source.',
  'license.all-rights-reserved': 'All rights reserved',
  'license.all-rights-reserved.explanation':
    'Only the museum may show the story, within the consent given. Anyone else who wants to use it must ask.',

  'precision.exact': 'Exact',
  'precision.exact.explanation': 'The place is shown exactly as you give it.',
  'precision.neighbourhood': 'Neighbourhood',
  'precision.neighbourhood.explanation':
    'Rounded to about a kilometre in public: people see the district, not the house.',
  'precision.city': 'City',
  'precision.city.explanation':
    'Rounded to about ten kilometres in public: people see only the city.',
  'precision.hidden': 'Do not show',
  'precision.hidden.explanation':
    'The place stays invisible to the public. Only you and the moderation team see it.',

  'warning.accident': 'Accident or disaster',
  'warning.death': 'Death',
  'warning.violence': 'Violence',
  'warning.discrimination': 'Discrimination',

  'status.pending': 'Under review',
  'status.published': 'Published',
  'status.rejected': 'Rejected',
  'status.changes-requested': 'Changes requested',
  'status.hidden': 'Hidden',
  'status.withdrawn': 'Withdrawn',

  'decision.approve': 'approved',
  'decision.reject': 'rejected',
  'decision.request-changes': 'changes requested',
  'decision.hide': 'hidden',
  'decision.restore': 'restored',
};
