import { z } from 'zod';
import { plainText } from './text';
import {
  ATTRIBUTIONS,
  CONTENT_WARNINGS,
  EARLIEST_YEAR,
  LANGUAGES,
  LICENSES,
  PLACE_PRECISIONS,
  STORY_STATUSES,
  THEMES,
} from '../vocabulary';
import { CommentPageSchema } from './comment';
import { StoryMediaInputListSchema, StoryMediaSchema, ThumbnailSchema } from './media';

const unique = <T>(items: T[]) => new Set(items).size === items.length;
const currentYear = () => new Date().getUTCFullYear();
const year = z
  .number()
  .int()
  .min(EARLIEST_YEAR)
  .refine((y) => y <= currentYear(), { message: 'Year lies in the future' });

export const PlaceSchema = z
  .object({
    name: plainText({ min: 1, max: 120 }),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    precision: z.enum(PLACE_PRECISIONS),
  })
  .refine((p) => (p.lat === undefined) === (p.lng === undefined), {
    message: 'Give both latitude and longitude, or neither',
    path: ['lng'],
  })
  .meta({ id: 'Place' });

/**
 * A place as a payload shows it: for everyone but the author and moderators the name is the
 * gazetteer's district or city (or absent) and the coordinates coarsened (shared/place.ts).
 */
export const PublicPlaceSchema = z
  .object({
    name: z.string().optional(),
    lat: z.number().optional(),
    lng: z.number().optional(),
    precision: z.enum(PLACE_PRECISIONS),
  })
  .meta({ id: 'PublicPlace' });

export const PeriodSchema = z
  .object({
    from: year.optional(),
    to: year.optional(),
    label: plainText({ min: 1, max: 60 }).optional(),
  })
  .refine((p) => p.from !== undefined || p.to !== undefined || p.label !== undefined, {
    message: 'Give a year or a label',
    path: ['from'],
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: 'The period ends before it begins',
    path: ['to'],
  })
  .meta({ id: 'Period' });

export const ConsentSchema = z
  .object({
    online: z.literal(true, { error: 'Online publication needs your consent' }),
    exhibition: z.boolean(),
    research: z.boolean(),
    license: z.enum(LICENSES),
    termsVersion: plainText({ min: 1, max: 20 }),
  })
  .meta({ id: 'Consent' });

/** The fields a person writes, shared by a submission and an edit. */
const contentWarningList = z
  .array(z.enum(CONTENT_WARNINGS))
  .max(CONTENT_WARNINGS.length)
  .refine(unique, { message: 'Each warning only once' })
  .meta({ uniqueItems: true });
const storyFields = {
  title: plainText({ min: 3, max: 120 }),
  body: plainText({ min: 20, max: 20000, multiline: true }),
  language: z.enum(LANGUAGES),
  themes: z
    .array(z.enum(THEMES))
    .min(1)
    .max(3)
    .refine(unique, { message: 'Each theme only once' })
    .meta({ uniqueItems: true }),
  attribution: z.enum(ATTRIBUTIONS),
  consent: ConsentSchema,
};

/** The body of POST /api/stories. */
export const StoryInputSchema = z
  .object({
    ...storyFields,
    place: PlaceSchema.optional(),
    period: PeriodSchema.optional(),
    contentWarnings: contentWarningList.default([]),
    /** Photos and a recording, uploaded first (DESIGN §9); each named once, by its id. */
    media: StoryMediaInputListSchema.default([]),
    /**
     * The call for stories this story answers (DESIGN §10): only while the call is open, and
     * only at submission (an edit cannot change it).
     */
    callId: z
      .string()
      .min(1)
      .max(80)
      .optional()
      .meta({ description: 'The open call this story answers; 409 when it is not open.' }),
  })
  .meta({ id: 'StoryInput' });

/** The body of PATCH /api/stories/{id}: any fields of a submission; the merged story must be valid. */
export const StoryPatchSchema = z
  .object({
    ...storyFields,
    place: PlaceSchema.nullable(),
    period: PeriodSchema.nullable(),
    contentWarnings: contentWarningList,
    media: StoryMediaInputListSchema,
  })
  .partial()
  .strict()
  .meta({ id: 'StoryPatch' });

export const DecisionSummarySchema = z
  .object({
    decision: z.string(),
    reason: z.string().optional(),
    decidedAt: z.string(),
  })
  .meta({ id: 'DecisionSummary' });

/** The call a story answers, as the story shows it: its id and title, copied at submission. */
export const StoryCallSchema = z
  .object({
    id: z.string(),
    title: z.object({ de: z.string(), en: z.string().optional() }),
  })
  .meta({ id: 'StoryCall' });

/** A story as the API returns it (place already coarsened for the caller). */
export const StorySchema = z
  .object({
    id: z.string(),
    status: z.enum(STORY_STATUSES),
    title: z.string(),
    body: z.string(),
    language: z.enum(LANGUAGES),
    themes: z.array(z.enum(THEMES)),
    place: PublicPlaceSchema.optional(),
    period: PeriodSchema.optional(),
    contentWarnings: z.array(z.enum(CONTENT_WARNINGS)),
    /** Public URLs on a published story; short-lived private ones for its author and moderators. */
    media: z.array(StoryMediaSchema),
    attribution: z.enum(ATTRIBUTIONS),
    authorName: z.string().nullable(),
    consent: ConsentSchema,
    voteCount: z.number().int(),
    commentCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().optional(),
    lastDecision: DecisionSummarySchema.optional(),
    isOwn: z.boolean(),
    /** The call for stories it answers, if any. */
    call: StoryCallSchema.optional(),
    version: z.number().int().optional().meta({
      description:
        'The story’s version, for its author and moderators while it is not published: a moderator’s transcript edit names the version it read.',
    }),
  })
  .meta({ id: 'Story' });

/** What a signed-in caller's relation to a story is: whether they support it, whether it is theirs. */
export const StoryViewerSchema = z
  .object({ voted: z.boolean(), isAuthor: z.boolean() })
  .meta({ id: 'StoryViewer' });

/**
 * `GET /api/stories/{id}`: the story with its first page of comments, and for a signed-in caller
 * `viewer` (absent for visitors).
 */
export const StoryWithCommentsSchema = StorySchema.extend({
  comments: CommentPageSchema,
  viewer: StoryViewerSchema.optional(),
}).meta({
  id: 'StoryWithComments',
});

/** A story in a list: the feed and "my stories". */
export const StoryCardSchema = StorySchema.pick({
  id: true,
  status: true,
  title: true,
  language: true,
  themes: true,
  place: true,
  period: true,
  contentWarnings: true,
  authorName: true,
  voteCount: true,
  commentCount: true,
  createdAt: true,
  publishedAt: true,
  lastDecision: true,
})
  .extend({ excerpt: z.string(), thumbnail: ThumbnailSchema.optional() })
  .meta({ id: 'StoryCard' });

export const FEED_SORTS = ['new', 'top'] as const;
export const FeedQuerySchema = z.object({
  sort: z.enum(FEED_SORTS).default('new'),
  theme: z.enum(THEMES).optional(),
  decade: z.coerce
    .number()
    .int()
    .min(EARLIEST_YEAR)
    .multipleOf(10, { message: 'A decade is a year ending in 0, such as 1960' })
    // zod-to-openapi does not emit multipleOf itself.
    .meta({ multipleOf: 10 })
    .optional(),
  language: z.enum(LANGUAGES).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(2000).optional(),
});

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(2000).optional(),
});

export type StoryInput = z.infer<typeof StoryInputSchema>;
export type StoryPatch = z.infer<typeof StoryPatchSchema>;
export type StoryInputDraft = z.input<typeof StoryInputSchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryWithComments = z.infer<typeof StoryWithCommentsSchema>;
export type StoryViewer = z.infer<typeof StoryViewerSchema>;
export type StoryCard = z.infer<typeof StoryCardSchema>;
export type StoryCall = z.infer<typeof StoryCallSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type PublicPlace = z.infer<typeof PublicPlaceSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type FeedQuery = z.infer<typeof FeedQuerySchema>;
