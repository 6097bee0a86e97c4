import type { Localized } from '../../../../shared/schemas/curation';
import {
  orderedItems,
  type ExhibitionItemRecord,
  type ExhibitionRecord,
} from '../exhibition-record';
import {
  ALL_RIGHTS_RESERVED,
  authorCredit,
  LICENSE_URLS,
  temporalCoverage,
  type SiteLinks,
} from './fields';

const MUSEUM = { '@type': 'Museum', name: 'Deutsches Bergbau-Museum Bochum' };

/** A text in German and English as JSON-LD language-tagged values. */
const tagged = (text: Localized) => [
  { '@value': text.de, '@language': 'de' },
  ...(text.en ? [{ '@value': text.en, '@language': 'en' }] : []),
];

/** schema.org's own way to state what it has no property for: named values. */
const property = (name: string, value: boolean) => ({ '@type': 'PropertyValue', name, value });

function creativeWork(item: ExhibitionItemRecord, position: number, links: SiteLinks) {
  // The snapshot holds the place as the public sees it already (exhibition-record.ts).
  const place = item.place;
  const license = LICENSE_URLS[item.license];
  return {
    '@type': 'CreativeWork',
    '@id': links.story(item.storyId),
    url: links.story(item.storyId),
    identifier: item.storyId,
    position,
    name: item.title,
    text: item.body,
    // `other` is no language tag; the story is then simply not tagged.
    ...(item.language !== 'other' ? { inLanguage: item.language } : {}),
    about: item.themes.map((theme) => ({ '@type': 'DefinedTerm', termCode: theme, name: theme })),
    ...(place
      ? {
          locationCreated: {
            '@type': 'Place',
            name: place.name,
            ...(place.lat !== undefined && place.lng !== undefined
              ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lng } }
              : {}),
          },
        }
      : {}),
    ...(item.period ? { temporalCoverage: temporalCoverage(item.period) } : {}),
    author:
      item.attribution === 'name' && item.authorName
        ? { '@type': 'Person', name: authorCredit(item) }
        : 'anonymous',
    ...(license ? { license } : { copyrightNotice: ALL_RIGHTS_RESERVED }),
    ...(item.publishedAt ? { datePublished: item.publishedAt } : {}),
    ...(item.caption ? { description: tagged(item.caption) } : {}),
    additionalProperty: [
      property('consentExhibition', true),
      property('consentResearch', item.consentResearch),
    ],
  };
}

/** The exhibition as schema.org JSON-LD: an ExhibitionEvent featuring its stories in order. */
export function exhibitionJsonLd(
  exhibition: ExhibitionRecord,
  items: ExhibitionItemRecord[],
  links: SiteLinks,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ExhibitionEvent',
    '@id': links.exhibition(exhibition.id),
    url: links.exhibition(exhibition.id),
    identifier: exhibition.id,
    name: tagged(exhibition.title),
    description: tagged(exhibition.intro),
    ...(exhibition.venue ? { location: { '@type': 'Place', name: exhibition.venue } } : {}),
    ...(exhibition.opensAt ? { startDate: exhibition.opensAt } : {}),
    ...(exhibition.closesAt ? { endDate: exhibition.closesAt } : {}),
    organizer: MUSEUM,
    workFeatured: orderedItems(items).map((item, index) => creativeWork(item, index + 1, links)),
  };
}
