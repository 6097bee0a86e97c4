import type {
  ExportedComment,
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
