import { z } from 'zod';
import {
  ATTRIBUTIONS,
  CONTENT_WARNINGS,
  LANGUAGES,
  ROLES,
  STORY_STATUSES,
  THEMES,
} from '../vocabulary';
import { NotificationChoiceSchema, PROFILE_LOCALES } from './account';
import { COMMENT_STATUSES, REPORT_REASONS } from './comment';
import { ConsentEntrySchema } from './consent-ledger';
import { NotificationSchema } from './notification';
import { AUDIO_TYPES, MEDIA_KINDS, StoryMediaSchema } from './media';
import { ConsentSchema, DecisionSummarySchema, PeriodSchema, PlaceSchema } from './story';

/*
 * `GET /api/me/export` (DESIGN §7, GDPR Art. 15 and 20): everything the platform holds about the
 * caller, as one JSON document another service can read. Each section says where it comes from.
 */

/** The account as the identity provider holds it, asked at the time of the export. */
export const ExportedAccountSchema = z
  .object({
    email: z.string(),
    emailVerified: z.boolean(),
    groups: z.array(z.enum(ROLES)),
    locale: z.enum(PROFILE_LOCALES),
    createdAt: z.string(),
  })
  .meta({
    id: 'ExportedAccount',
    description:
      'The account at the identity provider, read when the export is made: e-mail address, whether it is confirmed, staff roles, the language of its e-mails, and when it was created. The table never stores the address.',
  });

export const ExportedProfileSchema = z
  .object({
    displayName: z.string().nullable(),
    locale: z.enum(PROFILE_LOCALES),
    notifications: NotificationChoiceSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'ExportedProfile',
    description:
      'The profile: the name the person appears under, the language of the site and its messages, and whether decisions and the museum’s answers are sent by e-mail.',
  });

export const ExportedStorySchema = z
  .object({
    id: z.string(),
    status: z.enum(STORY_STATUSES),
    title: z.string(),
    body: z.string(),
    language: z.enum(LANGUAGES),
    themes: z.array(z.enum(THEMES)),
    place: PlaceSchema.optional().meta({
      description:
        'The place as the author gave it: the name as typed, the exact coordinates and the chosen precision (the public sees it coarsened to that precision).',
    }),
    period: PeriodSchema.optional(),
    contentWarnings: z.array(z.enum(CONTENT_WARNINGS)),
    attribution: z.enum(ATTRIBUTIONS),
    authorName: z.string().meta({
      description: 'The name stored with the story; shown to others only with attribution `name`.',
    }),
    consent: ConsentSchema,
    voteCount: z.number().int(),
    commentCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string(),
    publishedAt: z.string().optional(),
    lastDecision: DecisionSummarySchema.optional(),
    media: z.array(StoryMediaSchema).meta({
      description:
        'The story’s photos and recording with the texts given for them, each file at a private URL that works for an hour.',
    }),
  })
  .meta({
    id: 'ExportedStory',
    description:
      'One of the person’s own stories, in any status, with the full place, the consent (uses, licence, terms version) and the moderator’s last decision and reason.',
  });

export const ExportedCommentSchema = z
  .object({
    id: z.string(),
    storyId: z.string(),
    parentId: z.string().optional(),
    body: z.string(),
    authorName: z.string().nullable(),
    status: z.enum(COMMENT_STATUSES),
    createdAt: z.string(),
  })
  .meta({
    id: 'ExportedComment',
    description:
      'One of the person’s own comments or replies (`parentId` names the comment it answers), in any status: published, held for a moderator, or hidden.',
  });

export const ExportedSupportSchema = z
  .object({ storyId: z.string() })
  .meta({ id: 'ExportedSupport', description: 'A story the person supports now.' });

export const ExportedReportSchema = z
  .object({
    storyId: z.string(),
    commentId: z
      .string()
      .optional()
      .meta({ description: 'The reported comment; absent when the story itself was reported.' }),
    reason: z.enum(REPORT_REASONS),
    note: z.string().optional(),
    at: z.string(),
  })
  .meta({
    id: 'ExportedReport',
    description: 'A report the person made: what, why, their note, and when.',
  });

export const ExportedMediumSchema = z
  .object({
    id: z.string(),
    kind: z.enum(MEDIA_KINDS),
    status: z.enum(['uploading', 'ready']),
    createdAt: z.string(),
    storyId: z
      .string()
      .optional()
      .meta({ description: 'The story it belongs to; absent while it belongs to none.' }),
    expiresAt: z.string().optional().meta({
      description:
        'When an upload that belongs to no story is deleted (ISO 8601): a day after it was made.',
    }),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    contentType: z.enum(AUDIO_TYPES).optional(),
    durationSeconds: z.number().optional(),
    url: z.string().optional().meta({
      description:
        'The processed file (a photo at its largest, as JPEG; the recording), at a private URL that works for an hour; absent before processing.',
    }),
  })
  .meta({
    id: 'ExportedMedium',
    description:
      'A photo or recording the person uploaded, whether or not a story names it, as processing left it (no metadata of the original file is kept).',
  });

export const ExportedNoticesSchema = z
  .object({
    unseenDecisions: z.number().int().min(0),
    unreadNotifications: z.number().int().min(0),
    notifications: z.array(NotificationSchema).meta({
      description:
        'The in-app notifications (the museum’s answers on the person’s stories), newest first.',
    }),
  })
  .meta({
    id: 'ExportedNotices',
    description:
      'Moderator decisions on the person’s stories not yet seen (each decision itself is on its story, `lastDecision`), and the person’s notifications.',
  });

export const PersonalDataExportSchema = z
  .object({
    formatVersion: z
      .literal(1)
      .meta({ description: 'The version of this document’s shape; a change of shape counts up.' }),
    exportedAt: z.string().meta({ description: 'When the export was made (ISO 8601, UTC).' }),
    sub: z.string().meta({ description: 'The person’s id at the identity provider.' }),
    account: ExportedAccountSchema.nullable().meta({
      description:
        'The account at the identity provider; null when this deployment has no directory to ask, or the provider no longer knows the account.',
    }),
    profile: ExportedProfileSchema.nullable().meta({
      description: 'The profile; null before the person’s first visit made one.',
    }),
    stories: z.array(ExportedStorySchema).meta({
      description: 'Every story the person wrote, in every status, newest first.',
    }),
    comments: z.array(ExportedCommentSchema).meta({
      description: 'Every comment and reply the person wrote, in every status, newest first.',
    }),
    supports: z.array(ExportedSupportSchema).meta({
      description: 'The stories the person supports now.',
    }),
    reports: z.array(ExportedReportSchema).meta({
      description: 'The reports the person made on stories and comments.',
    }),
    media: z.array(ExportedMediumSchema).meta({
      description:
        'Every photo and recording the person uploaded, newest first: those of their stories and those not (yet) in one.',
    }),
    consents: z.array(ConsentEntrySchema).meta({
      description:
        'The consent ledger: every consent given, withdrawn and given again, newest first.',
    }),
    notices: ExportedNoticesSchema,
  })
  .meta({
    id: 'PersonalDataExport',
    description:
      'Everything Ruhr Stories holds about the caller (GDPR Art. 15, and Art. 20 as JSON another service can read). Stories, comments, supports and reports that were deleted since (a story erased with another person’s account) are left out.',
  });

export type ExportedAccount = z.infer<typeof ExportedAccountSchema>;
export type ExportedProfile = z.infer<typeof ExportedProfileSchema>;
export type ExportedStory = z.infer<typeof ExportedStorySchema>;
export type ExportedComment = z.infer<typeof ExportedCommentSchema>;
export type ExportedSupport = z.infer<typeof ExportedSupportSchema>;
export type ExportedReport = z.infer<typeof ExportedReportSchema>;
export type ExportedMedium = z.infer<typeof ExportedMediumSchema>;
export type PersonalDataExport = z.infer<typeof PersonalDataExportSchema>;
