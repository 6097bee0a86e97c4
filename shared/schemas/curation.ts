import { z } from 'zod';
import { plainText } from './text';
import { ATTRIBUTIONS, LICENSES } from '../vocabulary';
import { IdParams, pathId } from './http';
import { StoryMediaSchema } from './media';
import { PublicPlaceSchema, PeriodSchema, StoryCardSchema, StorySchema } from './story';

/** Museum texts come in German, optionally also in English (German first, DESIGN §6). */
export const localized = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .object({
      de: plainText({ min: 1, max, ...options }),
      en: plainText({ min: 1, max, ...options }).optional(),
    })
    .strict();
export type Localized = { de: string; en?: string };

export const EXHIBITION_STATUSES = ['draft', 'published'] as const;
export type ExhibitionStatus = (typeof EXHIBITION_STATUSES)[number];
/** An exhibition holds at most this many stories: a reorder must fit one transaction. */
export const MAX_EXHIBITION_ITEMS = 99;

const isoDate = z.iso.date({ error: 'Use a date such as 2026-05-01' });
const closesAfterOpening = (e: { opensAt?: string | null; closesAt?: string | null }) =>
  !e.opensAt || !e.closesAt || e.opensAt <= e.closesAt;

const exhibitionFields = {
  title: localized(120),
  intro: localized(5000, { multiline: true }),
  venue: plainText({ min: 1, max: 200 }),
  opensAt: isoDate,
  closesAt: isoDate,
};

/** The body of POST /api/exhibitions. */
export const ExhibitionInputSchema = z
  .object({
    ...exhibitionFields,
    venue: exhibitionFields.venue.optional(),
    opensAt: isoDate.optional(),
    closesAt: isoDate.optional(),
  })
  .refine(closesAfterOpening, {
    message: 'The exhibition closes before it opens',
    path: ['closesAt'],
  })
  .meta({ id: 'ExhibitionInput' });

/** The body of PATCH /api/exhibitions/{id}: any fields; `null` clears venue or dates. */
export const ExhibitionPatchSchema = z
  .object({
    title: exhibitionFields.title,
    intro: exhibitionFields.intro,
    venue: exhibitionFields.venue.nullable(),
    opensAt: isoDate.nullable(),
    closesAt: isoDate.nullable(),
  })
  .partial()
  .strict()
  .meta({ id: 'ExhibitionPatch' });

export const ExhibitionSchema = z
  .object({
    id: z.string(),
    status: z.enum(EXHIBITION_STATUSES),
    title: localized(120),
    intro: localized(5000, { multiline: true }),
    venue: z.string().optional(),
    opensAt: z.string().optional(),
    closesAt: z.string().optional(),
    itemCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().optional(),
  })
  .meta({ id: 'Exhibition' });

/** A story in an exhibition: everything a kiosk shows, place coarsened as for the public. */
export const ExhibitionItemSchema = z
  .object({
    storyId: z.string(),
    /** 1-based place in the exhibition's order. */
    position: z.number().int(),
    title: z.string(),
    body: z.string(),
    authorName: z.string().nullable(),
    attribution: z.enum(ATTRIBUTIONS),
    place: PublicPlaceSchema.optional(),
    period: PeriodSchema.optional(),
    language: StorySchema.shape.language,
    themes: StorySchema.shape.themes,
    contentWarnings: StorySchema.shape.contentWarnings,
    license: z.enum(LICENSES),
    caption: localized(1000, { multiline: true }).optional(),
    /** The story's photos and recording with their public URLs (`/media/…`), as at adding. */
    media: z.array(StoryMediaSchema),
    addedAt: z.string(),
    publishedAt: z.string().optional(),
  })
  .meta({ id: 'ExhibitionItem' });

export const ExhibitionDetailSchema = ExhibitionSchema.extend({
  items: z.array(ExhibitionItemSchema),
}).meta({ id: 'ExhibitionDetail' });

/** `GET /api/exhibitions`: published exhibitions, and for curators the drafts too. */
export const ExhibitionListSchema = z
  .object({ items: z.array(ExhibitionSchema) })
  .meta({ id: 'ExhibitionList' });

/** The path of one story in an exhibition: `/exhibitions/{id}/items/{storyId}`. */
export const ExhibitionItemParams = IdParams.extend({ storyId: pathId });
/** `DELETE /api/exhibitions/{id}/items/{storyId}`: which story left which exhibition. */
export const ExhibitionItemRemovedSchema = z
  .object({
    exhibitionId: z.string(),
    storyId: z.string(),
  })
  .meta({ id: 'ExhibitionItemRemoved' });

export const ExhibitionItemInputSchema = z
  .object({
    storyId: z.string().min(1).max(80),
    caption: localized(1000, { multiline: true }).optional(),
  })
  .meta({ id: 'ExhibitionItemInput' });

/** `PATCH /api/exhibitions/{id}/items/{storyId}`: a new caption, or `null` to remove it. */
export const ExhibitionItemPatchSchema = z
  .object({ caption: localized(1000, { multiline: true }).nullable() })
  .strict()
  .meta({ id: 'ExhibitionItemPatch' });

/** How many stories `GET /api/curation/story-consents` answers for at once (a finder page). */
export const MAX_CONSENT_LOOKUP = 50;
export const StoryConsentQuerySchema = z.object({
  storyIds: z
    .string()
    .max(MAX_CONSENT_LOOKUP * 27)
    .transform((ids) => [...new Set(ids.split(',').filter(Boolean))])
    .pipe(z.array(z.string().min(1).max(80)).min(1).max(MAX_CONSENT_LOOKUP))
    .meta({ description: 'Story ids, comma-separated, at most 50', example: '01J…,01J…' }),
});
/** What the authors of published stories allowed: one entry per published story asked for. */
export const StoryConsentListSchema = z
  .object({
    items: z.array(
      z.object({ storyId: z.string(), exhibition: z.boolean(), research: z.boolean() }),
    ),
  })
  .meta({ id: 'StoryConsentList' });

export const ExhibitionOrderSchema = z
  .object({
    storyIds: z
      .array(z.string().min(1).max(80))
      .max(MAX_EXHIBITION_ITEMS)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each story only once' })
      .meta({ uniqueItems: true }),
  })
  .meta({ id: 'ExhibitionOrder' });

export const PickInputSchema = z
  .object({ note: localized(500, { multiline: true }).optional() })
  .strict()
  .meta({ id: 'PickInput' });
/** A museum pick: the story's public card, when it was picked and the curators' note. */
export const PickSchema = StoryCardSchema.extend({
  pickedAt: z.string(),
  note: localized(500, { multiline: true }).optional(),
}).meta({ id: 'Pick' });

/** The path of a pick: `/curation/picks/{storyId}`. */
export const PickParams = z.object({ storyId: pathId });
/** `DELETE /api/curation/picks/{storyId}`: the story is no longer picked. */
export const UnpickedSchema = z
  .object({ storyId: z.string(), picked: z.literal(false) })
  .meta({ id: 'Unpicked' });

/** What curators are told: an author withdrew exhibition consent for a story in exhibitions. */
export const CuratorNoticeSchema = z
  .object({
    id: z.string(),
    /**
     * Exhibition consent withdrawn, the whole story withdrawn by its author, or the story deleted
     * with its author's account.
     */
    kind: z.enum(['exhibition-consent-withdrawn', 'story-withdrawn', 'story-erased']),
    storyId: z.string(),
    storyTitle: z.string(),
    exhibitions: z.array(z.object({ id: z.string(), title: localized(120) })),
    at: z.string(),
  })
  .meta({ id: 'CuratorNotice' });

/** The body of PATCH /api/stories/{id}/consent; `online: false` withdraws the story. */
export const ConsentPatchSchema = z
  .object({
    exhibition: z.boolean(),
    research: z.boolean(),
    online: z.literal(false, { error: 'Online consent can only be withdrawn (false)' }),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Change at least one consent' })
  .refine((p) => p.online === undefined || Object.keys(p).length === 1, {
    message: 'Withdrawing online consent withdraws the story; send it alone',
    path: ['online'],
  })
  .meta({ id: 'ConsentPatch' });

export const EXPORT_FORMATS = ['jsonld', 'csv'] as const;
export const ExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default('jsonld') });
/** The JSON-LD export: a schema.org document (its shape is schema.org's, not ours). */
export const ExportJsonLdSchema = z.object({}).passthrough().meta({ id: 'ExhibitionJsonLd' });
/** The CSV export: one row per story, with a header row. */
export const ExportCsvSchema = z.string();

export type ExhibitionInput = z.infer<typeof ExhibitionInputSchema>;
export type ExhibitionPatch = z.infer<typeof ExhibitionPatchSchema>;
export type Exhibition = z.infer<typeof ExhibitionSchema>;
export type ExhibitionItem = z.infer<typeof ExhibitionItemSchema>;
export type StoryConsentList = z.infer<typeof StoryConsentListSchema>;
export type ExhibitionItemPatch = z.infer<typeof ExhibitionItemPatchSchema>;
export type ExhibitionDetail = z.infer<typeof ExhibitionDetailSchema>;
export type ExhibitionItemInput = z.infer<typeof ExhibitionItemInputSchema>;
export type MuseumPick = z.infer<typeof PickSchema>;
export type CuratorNotice = z.infer<typeof CuratorNoticeSchema>;
export type ConsentPatch = z.infer<typeof ConsentPatchSchema>;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExhibitionList = z.infer<typeof ExhibitionListSchema>;
export type ExhibitionItemRemoved = z.infer<typeof ExhibitionItemRemovedSchema>;
export type Unpicked = z.infer<typeof UnpickedSchema>;
