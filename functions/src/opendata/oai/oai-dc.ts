import type { Period } from '../../../../shared/schemas/story';
import type { License } from '../../../../shared/vocabulary';
import type { OaiMetadata } from './oai-record';
import { THEME_NAMES } from './theme-names';
import { element, type Markup } from './xml';

export const OAI_DC = {
  prefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
} as const;
const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The name an anonymous story's author has everywhere (DESIGN §6). */
export const ANONYMOUS_CREATOR = 'anonym';
/** Who publishes the records (dc:publisher). */
export const PUBLISHER = 'Deutsches Bergbau-Museum Bochum – Ruhr Stories';

/**
 * dc:rights as a URL (what Europeana asks for): the Creative Commons licence, or, for a story
 * whose author reserved all rights, RightsStatements.org's "In Copyright".
 */
export const RIGHTS_URLS: Record<License, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'all-rights-reserved': 'http://rightsstatements.org/vocab/InC/1.0/',
};

/** The period as an ISO 8601 year or interval ("1960/1973"), or nothing without a year. */
function periodYears(period: Period): string | undefined {
  const { from, to } = period;
  if (from !== undefined && to !== undefined && from !== to) return `${from}/${to}`;
  const year = from ?? to;
  return year === undefined ? undefined : String(year);
}

/** A DCMI Point (dcmi.org/documents/dcmi-point) for the coarsened coordinates. */
const dcmiPoint = (name: string | undefined, lat: number, lng: number) =>
  `${name ? `name=${name}; ` : ''}east=${lng}; north=${lat}; projection=WGS84`;

/**
 * A story's record as unqualified Dublin Core. Everything here is what the story's public page
 * shows: the place at its public precision (name and coarsened coordinates, or nothing at
 * `hidden`), the creator by name only when the author chose it.
 */
export function oaiDc(metadata: OaiMetadata, storyUrl: string): Markup {
  const lang = metadata.language === 'other' ? undefined : metadata.language;
  const dc = (name: string, value: string, attrs: Record<string, string | undefined> = {}) =>
    element(`dc:${name}`, attrs, value);
  const { place, period } = metadata;
  const years = period ? periodYears(period) : undefined;
  return element(
    'oai_dc:dc',
    {
      'xmlns:oai_dc': OAI_DC.namespace,
      'xmlns:dc': DC_NAMESPACE,
      'xmlns:xsi': XSI_NAMESPACE,
      'xsi:schemaLocation': `${OAI_DC.namespace} ${OAI_DC.schema}`,
    },
    dc('title', metadata.title, { 'xml:lang': lang }),
    dc('creator', metadata.creator ?? ANONYMOUS_CREATOR),
    ...metadata.themes.flatMap((theme) => [
      dc('subject', THEME_NAMES[theme].de, { 'xml:lang': 'de' }),
      dc('subject', THEME_NAMES[theme].en, { 'xml:lang': 'en' }),
    ]),
    dc('description', metadata.description, { 'xml:lang': lang }),
    dc('publisher', PUBLISHER),
    dc('date', metadata.publishedAt.slice(0, 10)),
    dc('type', 'Text'),
    dc('format', 'text/html'),
    dc('identifier', storyUrl),
    lang ? dc('language', lang) : null,
    place?.name ? dc('coverage', place.name) : null,
    place?.lat !== undefined && place.lng !== undefined
      ? dc('coverage', dcmiPoint(place.name, place.lat, place.lng))
      : null,
    years ? dc('coverage', years) : null,
    period?.label ? dc('coverage', period.label, { 'xml:lang': lang }) : null,
    dc('rights', RIGHTS_URLS[metadata.license]),
  );
}
