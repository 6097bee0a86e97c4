import { z } from 'zod';
import { CONTENT_WARNINGS, LANGUAGES, LICENSES, THEMES } from '../vocabulary';

/** Research data and public statistics (DESIGN §10). */

export const RESEARCH_FORMATS = ['jsonl', 'csv'] as const;
export type ResearchFormat = (typeof RESEARCH_FORMATS)[number];
/**
 * Stories per response: a story's text is at most 20 000 characters (up to ~60 KB of UTF-8), so
 * 50 stories stay well inside Lambda's 6 MB response limit. The next page is in `Link`.
 */
export const RESEARCH_PAGE_SIZE = 50;

export const ResearchQuerySchema = z.object({
  format: z.enum(RESEARCH_FORMATS).default('jsonl'),
  limit: z.coerce.number().int().min(1).max(RESEARCH_PAGE_SIZE).default(RESEARCH_PAGE_SIZE),
  cursor: z.string().max(2000).optional(),
});

/** One story of the research export: no author, no sub, the place at its public precision. */
export const ResearchStorySchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    body: z.string(),
    language: z.enum(LANGUAGES),
    themes: z.array(z.enum(THEMES)),
    periodFrom: z.number().int().nullable(),
    periodTo: z.number().int().nullable(),
    periodLabel: z.string().nullable(),
    placeName: z.string().nullable(),
    placeLat: z.number().nullable(),
    placeLng: z.number().nullable(),
    placePrecision: z.enum(['exact', 'neighbourhood', 'city']).nullable(),
    contentWarnings: z.array(z.enum(CONTENT_WARNINGS)),
    license: z.enum(LICENSES),
    publishedAt: z.string(),
    mediaCount: z.number().int(),
    callId: z.string().nullable(),
  })
  .meta({ id: 'ResearchStory' });

export const DictionaryFieldSchema = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'number', 'string[]', 'date-time']),
  nullable: z.boolean(),
  description: z.object({ de: z.string(), en: z.string() }),
});

export const ResearchDictionarySchema = z
  .object({
    formats: z.array(z.enum(RESEARCH_FORMATS)),
    pageSize: z.number().int(),
    /** Published stories with research consent now (the stats counter's count). */
    storyCount: z.number().int(),
    generatedAt: z.string(),
    license: z.object({ de: z.string(), en: z.string() }),
    fields: z.array(DictionaryFieldSchema),
  })
  .meta({ id: 'ResearchDictionary' });

/** A count the public may see, or null when it is below the threshold (DESIGN §10). */
const Cell = z.object({ key: z.string(), count: z.number().int().nullable() });

export const STATS_THRESHOLD = 5;
export const DECISION_BUCKETS_HOURS = [1, 4, 12, 24, 48, 72, 168, 336] as const;

export const PublicStatsSchema = z
  .object({
    threshold: z.number().int(),
    byTheme: z.array(Cell),
    byDecade: z.array(Cell),
    byLanguage: z.array(Cell),
    byCity: z.array(Cell),
    submissionsByMonth: z.array(Cell),
    commentsByMonth: z.array(Cell),
    moderation: z.object({
      decisions: z.number().int().nullable(),
      /** The bucket's upper bound, in hours, holding the median decision; null below threshold. */
      medianHoursAtMost: z.number().nullable(),
      buckets: z.array(Cell),
    }),
  })
  .meta({ id: 'PublicStats' });

export type ResearchStory = z.infer<typeof ResearchStorySchema>;
export type ResearchDictionary = z.infer<typeof ResearchDictionarySchema>;
export type PublicStats = z.infer<typeof PublicStatsSchema>;
export type StatsCell = z.infer<typeof Cell>;
