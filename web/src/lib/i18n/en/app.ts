import type { app as de } from '../de/app';

/**
 * English: the site around every page: name, navigation, footer, common words, the home and login
 * pages, the not-found page.
 * The type demands every German key of this part, and no other.
 */
export const app: Record<keyof typeof de, string> = {
  'site.name': 'Ruhr Stories',
  'site.tagline': 'Memories of the Ruhr',
  'page.title': '{page} – Ruhr Stories',
  'site.description':
    'Memories of the Ruhr, told by the people who lived them: the colliery, everyday life, arriving, structural change. A project of the Deutsches Bergbau-Museum Bochum.',
  'skip.toContent': 'Skip to main content',
  'lang.label': 'Change language',
  'lang.switchTo': 'Deutsch',

  'nav.label': 'Main navigation',
  'nav.stories': 'Stories',
  'nav.exhibitions': 'Exhibitions',
  'nav.submit': 'Share a story',
  'nav.myStories': 'My stories',
  'nav.moderation': 'Moderation',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name}',
  'nav.account': 'My account',
  'nav.people': 'People',
  'nav.curation': 'Curation',
  'nav.research': 'Research data',

  'footer.museum':
    'Ruhr Stories is a project of the Deutsches Bergbau-Museum Bochum, Leibniz Research Museum for Georesources.',
  'footer.moderation': 'Every story is read by our moderation team before it is published.',
  'footer.privacy':
    'This website tracks no one: no analytics, no advertising, no third-party cookies.',

  'common.loading': 'Loading …',
  'common.retry': 'Try again',
  'common.yes': 'yes',
  'common.no': 'no',
  'common.close': 'Close',

  'notFound.heading': 'Page not found',
  'notFound.text': 'There is no such address on Ruhr Stories – perhaps a typing error?',

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
};
