import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  ExportedAccount,
  ExportedProfile,
  PersonalDataExport,
} from '../../../../shared/schemas/personal-data';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory';
import type { PersonalRecords } from '../ports';
import { toConsentEntry, type AccountRepository, type ProfileRecord } from '../repository';

/** What the export is made from; built by the composition root (`personalDataContextOf`). */
export type PersonalDataContext = {
  db: Db;
  now: () => Date;
  accounts: AccountRepository;
  /** The stories context's records the person's pointers name (the port in ../ports). */
  records: PersonalRecords;
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
 * The hourly counter of exports, on its own: an export writes nothing else, so the counter is one
 * UpdateItem (the same item a limited write puts into its transaction). False once the limit is met.
 */
async function countExport(db: Db, sub: string, now: Date): Promise<boolean> {
  const counter = rateLimitItem(db.tableName, sub, 'export', now).Update!;
  try {
    await db.doc.send(new UpdateCommand(counter));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Everything the platform holds about the caller (DESIGN §7, GDPR Art. 15 and 20). Requests: one
 * UpdateItem (the hourly limit), one strongly consistent Query of the person's partition (more
 * pages only past 1 MB) beside one look-up at the identity provider, then BatchGetItem requests
 * of up to 100 keys for the stories, comments, supports and reports the pointers name.
 */
export async function exportPersonalData(
  context: PersonalDataContext,
  user: User,
): Promise<Result<PersonalDataExport, 'rate-limited'>> {
  const now = context.now();
  if (!(await countExport(context.db, user.sub, now))) return fail('rate-limited');
  const [partition, directoryUser] = await Promise.all([
    context.accounts.personalPartition(user.sub),
    context.directory ? context.directory.get(user.sub) : Promise.resolve(null),
  ]);
  const records = await context.records.read(user.sub, {
    contributions: partition.contributions,
    supports: partition.supports,
    reports: partition.reports,
  });
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
    consents: partition.consents.map(toConsentEntry),
    notices: { unseenDecisions: Math.max(0, partition.unseenDecisions) },
  });
}
