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
  mediaFileOf,
  temporalCoverage,
  type SiteLinks,
} from './fields';
import type { StoredMedia } from '../../../../shared/schemas/media';

/**
 * The context, embedded so that a consumer without network access can expand the document: the
 * vocabulary with the namespace schema.org's own context uses (http), and the properties whose
 * values are links typed as IRIs, as schema.org's context types them.
 */
export const JSON_LD_CONTEXT = {
  '@vocab': 'http://schema.org/',
  schema: 'http://schema.org/',
  url: { '@id': 'schema:url', '@type': '@id' },
  license: { '@id': 'schema:license', '@type': '@id' },
  contentUrl: { '@id': 'schema:contentUrl', '@type': '@id' },
  thumbnailUrl: { '@id': 'schema:thumbnailUrl', '@type': '@id' },
} as const;

// An organizer is an Organization or a Person; schema.org's Museum is a Place (a building).
const MUSEUM = { '@type': 'Organization', name: 'Deutsches Bergbau-Museum Bochum' };

/** A text in German and English as JSON-LD language-tagged values. */
const tagged = (text: Localized) => [
  { '@value': text.de, '@language': 'de' },
  ...(text.en ? [{ '@value': text.en, '@language': 'en' }] : []),
];

/**
 * The uses the author consented to, as schema.org's conditionsOfAccess (CreativeWork has no
 * additionalProperty). Fixed English wording, so that a collection system can match it.
 */
export const consentConditions = (item: Pick<ExhibitionItemRecord, 'consentResearch'>) => [
  // Every story in an exhibition has exhibition consent: withdrawing it removes the story.
  'Consent given for exhibitions.',
  item.consentResearch ? 'Consent given for research.' : 'No consent for research.',
];

/**
 * A story's photo or recording as schema.org's ImageObject or AudioObject: its public file, under
 * the story's licence (a photo's alt text as its description, the recording's transcript).
 */
function mediaObject(medium: StoredMedia, item: ExhibitionItemRecord, links: SiteLinks) {
  const file = mediaFileOf(medium, links);
  const license = LICENSE_URLS[item.license];
  return {
    '@type': medium.kind === 'image' ? 'ImageObject' : 'AudioObject',
    contentUrl: file.url,
    encodingFormat: file.contentType,
    ...(medium.kind === 'image'
      ? { thumbnailUrl: file.thumbnailUrl, width: file.width, height: file.height }
      : { duration: `PT${Math.round(medium.durationSeconds)}S` }),
    ...(medium.kind === 'image' ? { description: medium.alt } : {}),
    ...(medium.caption ? { caption: medium.caption } : {}),
    ...(medium.kind === 'audio' && medium.transcript ? { transcript: medium.transcript } : {}),
    creditText: medium.credit ?? authorCredit(item),
    ...(license ? { license } : { copyrightNotice: ALL_RIGHTS_RESERVED }),
  };
}

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
    // An anonymous story has no author in the data (not even a nameless one), only its credit.
    ...(item.attribution === 'name' && item.authorName
      ? { author: { '@type': 'Person', name: item.authorName } }
      : {}),
    creditText: authorCredit(item),
    ...(license ? { license } : { copyrightNotice: ALL_RIGHTS_RESERVED }),
    ...(item.publishedAt ? { datePublished: item.publishedAt } : {}),
    ...(item.caption ? { description: tagged(item.caption) } : {}),
    ...(item.media?.length
      ? { associatedMedia: item.media.map((medium) => mediaObject(medium, item, links)) }
      : {}),
    conditionsOfAccess: consentConditions(item),
  };
}

/**
 * The exhibition as schema.org JSON-LD: an ExhibitionEvent featuring its stories in order, with
 * its context embedded (docs/exports.md).
 */
export function exhibitionJsonLd(
  exhibition: ExhibitionRecord,
  items: ExhibitionItemRecord[],
  links: SiteLinks,
) {
  return {
    '@context': JSON_LD_CONTEXT,
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
