import type {
  ExportedAccount,
  ExportedProfile,
  PersonalDataExport,
} from '../../../../shared/schemas/personal-data';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory';
import type { PersonalMedia, PersonalRecords } from '../ports';
import {
  AccountErasedError,
  toConsentEntry,
  toExportedNotification,
  type AccountRepository,
  type ProfileRecord,
} from '../repository';

/** What the export is made from; built by the composition root (`personalDataContextOf`). */
export type PersonalDataContext = {
  db: Db;
  now: () => Date;
  accounts: AccountRepository;
  /** The stories context's records the person's pointers name (the port in ../ports). */
  records: PersonalRecords;
  /** The media context's view of the person's uploads (the port in ../ports). */
  media: PersonalMedia;
  /** The identity provider's accounts, or null where this deployment has none to ask. */
  directory: IdentityDirectory | null;
};

const toAccount = (user: DirectoryUser): ExportedAccount => ({
  email: user.email,
  emailVerified: user.emailVerified,
  groups: user.groups,
  locale: user.locale,
  createdAt: user.createdAt,
});

const toProfile = (profile: ProfileRecord): ExportedProfile => ({
  displayName: profile.displayName,
  locale: profile.locale,
  notifications: profile.notifications,
  createdAt: profile.createdAt,
  updatedAt: profile.updatedAt,
});

/**
 * The hourly counter of exports (the same item a limited write puts into its transaction), with
 * the check that the person has not erased their account: the counter's key holds their sub, so
 * an erased person's still-valid token must not write it again (401). False once the limit is met.
 */
async function countExport(
  db: Db,
  accounts: AccountRepository,
  sub: string,
  now: Date,
): Promise<boolean> {
  try {
    await transactWrite(db, {
      counter: rateLimitItem(db.tableName, sub, 'export', now),
      erased: accounts.notErasedItem(sub),
    });
    return true;
  } catch (error) {
    if (!(error instanceof TransactionConditionError)) throw error;
    if (error.failed('erased')) throw new AccountErasedError();
    return false;
  }
}

/**
 * Everything the platform holds about the caller (DESIGN §7, GDPR Art. 15 and 20). Requests: one
 * TransactWriteItems (the hourly limit and the erasure check), one strongly consistent Query of the person's partition (more
 * pages only past 1 MB) beside one look-up at the identity provider, then BatchGetItem requests
 * of up to 100 keys for the stories, comments, supports and reports the pointers name. The media's
 * private URLs are signed where the process runs: no request.
 */
export async function exportPersonalData(
  context: PersonalDataContext,
  user: User,
): Promise<Result<PersonalDataExport, 'rate-limited'>> {
  const now = context.now();
  if (!(await countExport(context.db, context.accounts, user.sub, now)))
    return fail('rate-limited');
  const [partition, directoryUser] = await Promise.all([
    context.accounts.personalPartition(user.sub),
    context.directory ? context.directory.get(user.sub) : Promise.resolve(null),
  ]);
  const [records, media] = await Promise.all([
    context.records.read(user.sub, {
      contributions: partition.contributions,
      supports: partition.supports,
      reports: partition.reports,
    }),
    context.media.present(partition.media),
  ]);
  return ok({
    formatVersion: 1,
    exportedAt: now.toISOString(),
    sub: user.sub,
    account: directoryUser ? toAccount(directoryUser) : null,
    profile: partition.profile ? toProfile(partition.profile) : null,
    stories: records.stories,
    comments: records.comments,
    supports: records.supports,
    reports: records.reports,
    media,
    consents: partition.consents.map(toConsentEntry),
    notices: {
      unseenDecisions: Math.max(0, partition.unseenDecisions),
      unreadNotifications: Math.max(0, partition.unreadNotifications),
      notifications: partition.notifications.map((item) =>
        toExportedNotification(item, partition.notificationsReadAt),
      ),
    },
  });
}
