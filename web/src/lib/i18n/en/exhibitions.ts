import type { exhibitions as de } from '../de/exhibitions';

/**
 * English: public exhibitions, their catalogue and QR codes, and a story’s “on display” note.
 * The type demands every German key of this part, and no other.
 */
export const exhibitions: Record<keyof typeof de, string> = {
  'exhibitions.heading': 'Exhibitions',
  'exhibitions.lead':
    'The Deutsches Bergbau-Museum Bochum shows selected stories in exhibitions – in the museum and here online. Only stories whose tellers agreed to it are shown.',
  'exhibitions.loading': 'Loading the exhibitions …',
  'exhibitions.empty': 'There is no exhibition on at the moment.',
  'exhibitions.current': 'Current exhibitions',
  'exhibitions.past': 'Past exhibitions',

  'exhibition.pageTitle': 'Exhibition',
  'exhibition.kicker': 'Exhibition',
  'exhibition.back': 'All exhibitions',
  'exhibition.loading': 'Loading the exhibition …',
  'exhibition.notFound.heading': 'We could not find this exhibition',
  'exhibition.notFound.text': 'It may no longer be on show, or the link is incomplete.',
  'exhibition.draftNotice':
    'Draft: this exhibition is not published yet. Only curators can see it.',
  'exhibition.noStories': 'This exhibition has no stories yet.',
  'exhibition.stories.one': '{count} story',
  'exhibition.stories.other': '{count} stories',
  'exhibition.dates.range': '{from} to {to}',
  'exhibition.dates.from': 'from {from}',
  'exhibition.dates.until': 'until {to}',
  'exhibition.caption': 'From the exhibition',
  'exhibition.readOn': 'Read the whole story and join the conversation',
  'exhibition.toldBy': 'Told by {name}',
  'exhibition.toldAnonymously': 'Told anonymously',
  'exhibition.license': 'Licence: {license}',
  'exhibition.printLink': 'Printable catalogue',

  'catalogue.pageTitle': 'Catalogue: {title}',
  'catalogue.toolbar': 'Catalogue',
  'catalogue.back': 'Back to the exhibition',
  'catalogue.print': 'Print',
  'catalogue.museum': 'Deutsches Bergbau-Museum Bochum',
  'catalogue.contents': 'The stories',
  'catalogue.number': 'Story {number}',
  'catalogue.qr': 'Read online and join the conversation:',
  'qrCode.exhibitionLabel': 'QR code for the exhibition “{title}” on Ruhr Stories',
  'qrCode.label': 'QR code for the story “{title}” on Ruhr Stories',

  'onDisplay.heading': 'On display at the museum',
  'onDisplay.partOf': 'This story is part of the exhibition',
  'exhibitions.home.kicker': 'Deutsches Bergbau-Museum Bochum',
  'exhibitions.home.heading': 'On show now',
  'exhibitions.home.all': 'All exhibitions',
};
