import { z } from 'zod';
import { plainText, textProblem } from './text';
import { ROLES } from '../vocabulary';

export const DevTokenRequestSchema = z
  .object({
    sub: z.string().trim().min(1).max(64),
    name: plainText({ min: 1, max: 80 }),
    groups: z.array(z.enum(ROLES)).default([]),
    /** With an address, the account is made at the local provider too (same sub and groups). */
    email: z.email().max(254).optional(),
  })
  .meta({ id: 'DevTokenRequest' });

/** `POST /api/dev/token`: an access token for a demo persona (local development only). */
export const DevTokenSchema = z.object({ token: z.string() }).meta({ id: 'DevToken' });

/*
 * The display name (DESIGN §6, §7): the one name a person appears under everywhere. It is their own
 * choice (a pseudonym is fine), but it must read as a person's name: no invisible tricks, and no
 * word that would make a resident look like the museum's staff.
 */

export const PROFILE_LOCALES = ['de', 'en'] as const;
export type ProfileLocale = (typeof PROFILE_LOCALES)[number];
export const DECISION_NOTIFICATIONS = ['email', 'none'] as const;
/** Whether a museum answer on the person's story (DESIGN §10) also comes by e-mail. */
export const ANSWER_NOTIFICATIONS = ['email', 'none'] as const;

/**
 * The e-mails a person chose: on moderators' decisions on their stories, and on the museum's
 * answers to them. Both start as `none`.
 */
export const NotificationChoiceSchema = z.object({
  decisions: z.enum(DECISION_NOTIFICATIONS),
  answers: z.enum(ANSWER_NOTIFICATIONS),
});
export type NotificationChoice = z.infer<typeof NotificationChoiceSchema>;

export const DISPLAY_NAME_MIN = 2;
export const DISPLAY_NAME_MAX = 40;

/** Words only staff may carry in their name, alone or as a whole word inside it. */
export const STAFF_WORDS = [
  'Moderation',
  'Moderator',
  'Moderatorin',
  'Museum',
  'Bergbau-Museum',
  'DBM',
  'Admin',
  'Administrator',
  'Kurator',
  'Kuratorin',
  'Redaktion',
  'Team',
  'Ruhr Stories',
  'Support',
  'System',
] as const;

/** The groups whose members may use a staff word in their name (researchers too, once a role). */
export const STAFF_GROUPS: readonly string[] = ['moderators', 'curators', 'researchers', 'admins'];
export const isStaff = (groups: readonly string[]) => groups.some((g) => STAFF_GROUPS.includes(g));

/** Why a display name was refused; the web app can show its own message per reason. */
export const DISPLAY_NAME_PROBLEMS = [
  'too-short',
  'too-long',
  'unsafe-characters',
  'staff-word',
] as const;
export type DisplayNameProblem = (typeof DISPLAY_NAME_PROBLEMS)[number];

const DISPLAY_NAME_MESSAGES: Record<DisplayNameProblem, string> = {
  'too-short': `Must have at least ${DISPLAY_NAME_MIN} visible characters`,
  'too-long': `Must have at most ${DISPLAY_NAME_MAX} visible characters`,
  'unsafe-characters': 'Contains control or direction characters that cannot be shown safely',
  'staff-word': 'Names with words such as “Museum” or “Moderation” are kept for the museum’s staff',
};

// Beyond what every text refuses (./text): the left-to-right and right-to-left marks and the Arabic
// letter mark, which a name needs no more than an override, and line and paragraph separators.
const NAME_ONLY_UNSAFE = /[\u200E\u200F\u061C\u2028\u2029]/u;

/** NFC, trimmed, every run of spaces one space: the form a name is stored and compared in. */
export const normaliseDisplayName = (name: string) =>
  name
    .normalize('NFC')
    .trim()
    .replace(/[\s\p{Zs}]+/gu, ' ');

/** Visible characters: grapheme clusters, so "ü" typed as u + ¨ and a family emoji count once. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) count++;
  return count;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A staff word counts where it stands on its own: at the ends or beside a non-letter, non-digit.
const STAFF_WORD_PATTERN = new RegExp(
  `(^|[^\\p{L}\\p{N}])(${STAFF_WORDS.map(escapeRegExp).join('|')})($|[^\\p{L}\\p{N}])`,
  'iu',
);

// Latin look-alikes from Cyrillic and Greek, enough to spell the staff words ("Моderation").
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  α: 'a',
  ε: 'e',
  ι: 'i',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  ν: 'v',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * The name as a reader sees it: compatibility forms folded ("Ｍｕｓｅｕｍ"), invisible format
 * characters and combining marks dropped ("Mu\u200Bseum", "Mu\u00ADseum"), look-alike letters
 * read as Latin. Only for the staff-word check; the name is stored as typed (NFC).
 */
const asReadersSeeIt = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\p{Cf}\p{Mn}]/gu, '')
    .replace(LOOK_ALIKE_PATTERN, (letter) => LOOK_ALIKES[letter]!);

export const hasStaffWord = (name: string) => STAFF_WORD_PATTERN.test(asReadersSeeIt(name));

/** What is wrong with a normalised display name for a person (staff or not), or null. */
export function displayNameProblem(
  name: string,
  options: { staff: boolean },
): DisplayNameProblem | null {
  // Controls first: a tab or a line break would otherwise pass as a space once runs are collapsed.
  if (textProblem(name) || NAME_ONLY_UNSAFE.test(name)) return 'unsafe-characters';
  const length = visibleLength(name);
  if (length < DISPLAY_NAME_MIN) return 'too-short';
  if (length > DISPLAY_NAME_MAX) return 'too-long';
  if (!options.staff && hasStaffWord(name)) return 'staff-word';
  return null;
}

/**
 * A display name as a person types it, checked and normalised. `staff` lets staff words through:
 * the API checks with the caller's groups; the web app with the signed-in person's.
 */
export function displayNameSchema(options: { staff: boolean }) {
  return z
    .string()
    .superRefine((raw, ctx) => {
      // Checked on the raw text for controls (which collapsing would hide), then normalised.
      const unsafe = /[\u0000-\u001F\u007F-\u009F]/u.test(raw);
      const problem = unsafe
        ? 'unsafe-characters'
        : displayNameProblem(normaliseDisplayName(raw), options);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: DISPLAY_NAME_MESSAGES[problem],
          params: { problem },
        });
    })
    .transform(normaliseDisplayName);
}

/** `PATCH /api/me`, for a caller who is (`staff: true`) or is not museum staff. */
export function profilePatchSchema(options: { staff: boolean }) {
  return z
    .object({
      displayName: displayNameSchema(options).optional(),
      locale: z.enum(PROFILE_LOCALES).optional(),
      // Either choice alone changes only that one.
      notifications: NotificationChoiceSchema.partial().strict().optional(),
    })
    .strict();
}

/**
 * The request body in the OpenAPI document. The route validates with this (the rules that hold
 * for everyone) and then again with the caller's own rules (staff words for residents).
 */
export const ProfilePatchSchema = profilePatchSchema({ staff: true }).meta({
  id: 'ProfilePatch',
  description:
    'Any of the fields. `displayName`: NFC-normalised, trimmed, inner spaces collapsed; 2..40 visible characters (grapheme clusters); no control or direction characters; no staff word (Museum, Moderation, Team, …) unless the caller is staff.',
});

/** The profile part of `GET /api/me`. */
export const ProfileSchema = z.object({
  displayName: z
    .string()
    .nullable()
    .meta({ description: 'Null until the person has chosen one; the SPA then asks for it.' }),
  locale: z.enum(PROFILE_LOCALES),
  notifications: NotificationChoiceSchema,
});

/** `GET /api/me` and `PATCH /api/me`: the caller, their profile and unseen decisions. */
export const MeSchema = ProfileSchema.extend({
  sub: z.string(),
  groups: z.array(z.string()),
  unseenDecisions: z.number().int(),
  unreadNotifications: z.number().int().meta({
    description:
      'How many notifications (`GET /api/me/notifications`) the person has not read yet.',
  }),
}).meta({ id: 'Me' });

/** The former name of the `GET /api/me` schema; the same shape. */
export const MeWithUnseenDecisionsSchema = MeSchema;

/** `POST /api/me/notices/seen`: every decision is seen now. */
export const DecisionsSeenSchema = z
  .object({ unseenDecisions: z.literal(0) })
  .meta({ id: 'DecisionsSeen' });

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfilePatch = z.infer<ReturnType<typeof profilePatchSchema>>;
export type Me = z.infer<typeof MeSchema>;
export type MeWithUnseenDecisions = Me;
export type DevToken = z.infer<typeof DevTokenSchema>;
export type DecisionsSeen = z.infer<typeof DecisionsSeenSchema>;

/**
 * What stands where an erased person's sub stood (DESIGN §7): on their stories and comments kept
 * under "anonymise", and on the moderation log, notes, picks and exhibitions of former staff. It
 * is no sub of any account (the issuers' subs are UUIDs), so it matches no caller.
 */
export const ERASED_SUB = 'erased';

/** `DELETE /api/me`: what becomes of the person's published stories and comments. */
export const ERASURE_CHOICES = ['delete', 'anonymise'] as const;
export const AccountErasureSchema = z
  .object({
    contributions: z.enum(ERASURE_CHOICES).meta({
      description:
        '`delete`: every own story and comment goes. `anonymise`: own published stories and published comments stay, shown as "anonym" with no link to the person; every other own story and comment goes.',
    }),
  })
  .strict()
  .meta({ id: 'AccountErasure' });

/** The answer of `DELETE /api/me`: the account is gone. */
export const AccountErasedSchema = z
  .object({
    erased: z.literal(true),
    contributions: z.enum(ERASURE_CHOICES),
    stories: z.object({ deleted: z.number().int(), anonymised: z.number().int() }),
    comments: z.object({
      deleted: z.number().int(),
      anonymised: z.number().int(),
      emptied: z.number().int().meta({
        description:
          'Comments that others replied to: they keep their place for the replies, without author, name or text.',
      }),
    }),
    supportsWithdrawn: z.number().int(),
    reportsWithdrawn: z.number().int(),
  })
  .meta({ id: 'AccountErased' });

export type AccountErasure = z.infer<typeof AccountErasureSchema>;
export type AccountErased = z.infer<typeof AccountErasedSchema>;
export type ErasureChoice = (typeof ERASURE_CHOICES)[number];
