import type { ResearchDictionary } from '../../../shared/schemas/opendata';
import { RESEARCH_COLUMNS } from './research-record';

type Field = ResearchDictionary['fields'][number];
type Column = (typeof RESEARCH_COLUMNS)[number];

/** What each column holds, in German and English: the data dictionary of the export. */
const FIELDS: Record<Column, Omit<Field, 'name'>> = {
  id: {
    type: 'string',
    nullable: false,
    description: { de: 'Kennung der Geschichte (stabil)', en: 'The story’s id (stable)' },
  },
  url: {
    type: 'string',
    nullable: false,
    description: { de: 'Öffentliche Seite der Geschichte', en: 'The story’s public page' },
  },
  title: { type: 'string', nullable: false, description: { de: 'Titel', en: 'Title' } },
  body: {
    type: 'string',
    nullable: false,
    description: {
      de: 'Text, Absätze durch Leerzeilen getrennt',
      en: 'Text, paragraphs separated by blank lines',
    },
  },
  language: {
    type: 'string',
    nullable: false,
    description: {
      de: 'Sprache des Textes: de, en, tr, pl, it, el, ko oder other',
      en: 'Language of the text: de, en, tr, pl, it, el, ko or other',
    },
  },
  themes: {
    type: 'string[]',
    nullable: false,
    description: {
      de: '1 bis 3 Themen (Kennungen); in CSV durch | getrennt',
      en: '1 to 3 themes (slugs); in CSV separated by |',
    },
  },
  periodFrom: {
    type: 'integer',
    nullable: true,
    description: { de: 'Zeitraum: erstes Jahr', en: 'Period: first year' },
  },
  periodTo: {
    type: 'integer',
    nullable: true,
    description: { de: 'Zeitraum: letztes Jahr', en: 'Period: last year' },
  },
  periodLabel: {
    type: 'string',
    nullable: true,
    description: {
      de: 'Zeitraum in den Worten der Autorin oder des Autors',
      en: 'Period in the author’s words',
    },
  },
  placeName: {
    type: 'string',
    nullable: true,
    description: {
      de: 'Ort in der öffentlichen Genauigkeit: bei „Stadtteil“ oder „Stadt“ der Name aus dem Ortsverzeichnis; leer, wenn verborgen',
      en: 'Place at its public precision: for “neighbourhood” or “city” the gazetteer’s name; empty when hidden',
    },
  },
  placeLat: {
    type: 'number',
    nullable: true,
    description: {
      de: 'Breitengrad, gerundet auf die Genauigkeit (Stadtteil 2, Stadt 1 Nachkommastelle)',
      en: 'Latitude, rounded to the precision (neighbourhood 2, city 1 decimal)',
    },
  },
  placeLng: {
    type: 'number',
    nullable: true,
    description: { de: 'Längengrad, ebenso gerundet', en: 'Longitude, rounded the same way' },
  },
  placePrecision: {
    type: 'string',
    nullable: true,
    description: {
      de: 'exact, neighbourhood oder city; leer, wenn der Ort verborgen ist',
      en: 'exact, neighbourhood or city; empty when the place is hidden',
    },
  },
  contentWarnings: {
    type: 'string[]',
    nullable: false,
    description: {
      de: 'Inhaltshinweise: accident, death, violence, discrimination; in CSV durch | getrennt',
      en: 'Content warnings: accident, death, violence, discrimination; in CSV separated by |',
    },
  },
  license: {
    type: 'string',
    nullable: false,
    description: {
      de: 'Lizenz der Geschichte: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 oder all-rights-reserved',
      en: 'The story’s licence: CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or all-rights-reserved',
    },
  },
  publishedAt: {
    type: 'date-time',
    nullable: false,
    description: { de: 'Veröffentlicht am (ISO 8601, UTC)', en: 'Published at (ISO 8601, UTC)' },
  },
  mediaCount: {
    type: 'integer',
    nullable: false,
    description: {
      de: 'Zahl der Fotos und Tonaufnahmen (die Dateien sind nicht Teil des Exports)',
      en: 'Number of photos and recordings (the files are not part of the export)',
    },
  },
  callId: {
    type: 'string',
    nullable: true,
    description: {
      de: 'Der Aufruf des Museums, auf den die Geschichte antwortet (GET /api/calls/{id}); leer, wenn keiner',
      en: 'The museum’s call for stories the story answers (GET /api/calls/{id}); empty if none',
    },
  },
};

export const RESEARCH_LICENSE = {
  de: 'Jede Geschichte steht unter der Lizenz in ihrer Spalte „license“; ihre Autorinnen und Autoren haben der Nutzung für die Forschung zugestimmt und können die Zustimmung widerrufen: Laden Sie die Daten vor jeder Auswertung neu. Namen von Personen enthält der Export nicht.',
  en: 'Each story is under the licence in its “license” column; its authors consented to research use and may withdraw that consent: download the data again before each analysis. The export holds no names of people.',
};

/** The fields in the export's column order. */
export const researchFields = (): Field[] =>
  RESEARCH_COLUMNS.map((name) => ({ name, ...FIELDS[name] }));
