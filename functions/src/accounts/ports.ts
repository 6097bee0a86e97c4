import type { ErasureChoice } from '../../../shared/schemas/account';
import type {
  ExportedComment,
  ExportedMedium,
  ExportedReport,
  ExportedStory,
  ExportedSupport,
} from '../../../shared/schemas/personal-data';
import type { Contribution, ReportMade } from './repository';

/**
 * The port accounts owns for the copies of a person's display name that other contexts keep
 * (DESIGN §6: one name everywhere). Stories and comments carry the name so that their pages stay
 * one Query; when the person picks a new one, the stories context (wired in the composition root)
 * shows it on each of the contributions the accounts context lists.
 */
export type DisplayNameCopies = {
  renamed(sub: string, name: string, contributions: Contribution[]): Promise<void>;
};

/** What became of an erased person's stories and comments (see stories/commands/erase-author.ts). */
export type ContributionsErased = {
  stories: { deleted: number; anonymised: number };
  comments: { deleted: number; anonymised: number; emptied: number };
};

/**
 * The port accounts owns for an erasure (DESIGN §7, GDPR Art. 17): everything of the person that
 * other contexts keep. The stories context deletes or anonymises what they wrote and withdraws
 * their supports and reports with the counters exact; moderation and curation replace a former
 * staff member's sub with the erased-account marker. Each step is idempotent, so a repeated
 * erasure finishes one that stopped half-way; accounts deletes the person's own partition last.
 */
export type PersonErasure = {
  contributions(
    sub: string,
    choice: ErasureChoice,
    contributions: Contribution[],
  ): Promise<ContributionsErased>;
  supports(sub: string, storyIds: string[]): Promise<number>;
  reports(sub: string, reports: ReportMade[]): Promise<number>;
  staffRecords(sub: string): Promise<number>;
};

/** What the person's partition points to in the stories context: the pointers the export follows. */
export type PersonalPointers = {
  contributions: Contribution[];
  /** The ids of the stories the person supports. */
  supports: string[];
  reports: (ReportMade & { at: string })[];
};

/**
 * The port accounts owns for the personal data export (GDPR Art. 15, 20): the stories context
 * (wired in the composition root) reads the stories, comments, supports and reports the pointers
 * name, in the shape of the export, and leaves out what is gone (a story erased with another
 * person's account, a support withdrawn meanwhile).
 */
export type PersonalRecords = {
  read(
    sub: string,
    pointers: PersonalPointers,
  ): Promise<{
    stories: ExportedStory[];
    comments: ExportedComment[];
    supports: ExportedSupport[];
    reports: ExportedReport[];
  }>;
};

/**
 * The port accounts owns for the person's uploads in the export: the media context (wired in the
 * composition root) shows the `MEDIA#` items of the person's partition, each processed file at a
 * short-lived private URL, newest first.
 */
export type PersonalMedia = {
  present(items: Record<string, unknown>[]): Promise<ExportedMedium[]>;
};
