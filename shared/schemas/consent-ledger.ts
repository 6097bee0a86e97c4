import { z } from 'zod';
import { LICENSES } from '../vocabulary';
import { pageOf } from './http';

/*
 * The consent ledger (DESIGN §7): every consent a person gave, withdrew or granted again, per
 * story and use, with the licence and terms version it was given under. The person reads it under
 * "Meine Daten" (`GET /api/me/consents`); the export (`GET /api/me/export`) carries it too.
 */

/** The uses a story's consent is given for, one ledger entry each. */
export const CONSENT_USES = ['online', 'exhibition', 'research'] as const;
export type ConsentUse = (typeof CONSENT_USES)[number];

/**
 * What made the entry: the submission, an edit or a resubmission of the story, a consent change
 * (withdrawn or granted again), the story's withdrawal, or, for stories written before the
 * ledger, the migration that recorded the consent the story held then (so the person can tell
 * it was not written at that moment).
 */
export const CONSENT_SOURCES = ['submission', 'edit', 'change', 'withdrawal', 'migrated'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const ConsentEntrySchema = z
  .object({
    storyId: z.string(),
    /** The story's title when the entry was written. */
    storyTitle: z.string(),
    use: z.enum(CONSENT_USES),
    /** Given (`true`) or withdrawn (`false`). */
    granted: z.boolean(),
    licence: z.enum(LICENSES),
    termsVersion: z.string(),
    /** When the consent was given or withdrawn (ISO 8601). */
    at: z.string(),
    source: z.enum(CONSENT_SOURCES),
  })
  .meta({ id: 'ConsentEntry' });

/** `GET /api/me/consents`: a page of the caller's ledger, newest first. */
export const ConsentLedgerPageSchema = pageOf(ConsentEntrySchema).meta({ id: 'ConsentLedgerPage' });

export type ConsentEntry = z.infer<typeof ConsentEntrySchema>;
