import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  UpdateCommand,
  type BatchGetCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type {
  NotificationChoice,
  Profile,
  ProfileLocale,
  ProfilePatch,
} from '../../../shared/schemas/account';
import { LOCAL_CURSOR_SECRET } from '../core/config';
import type { Db } from '../core/dynamo';
import { TransactionConditionError, transactWrite, type TransactItem } from '../core/transact';
import { AccountErasedError, createErasureTombstone } from './erasure-tombstone';
import { accountKeys, toContribution, type Contribution, type ReportMade } from './keys';
import { createNotifications } from './notifications';
import { createPersonPointers } from './person-pointers';
import { mediaKeys } from '../media/keys';

/*
 * The accounts repository: the person's partition `USER#<sub>` (keys in ./keys). This file holds
 * the profile and the decision notices; ./person-pointers the pointers and the consent ledger;
 * ./erasure-tombstone an erasure's own items. Callers import all of it from here.
 */
export { accountKeys, toContribution, type Contribution, type ReportMade } from './keys';
export { toConsentEntry, type ConsentAnswers, type ConsentChange } from './person-pointers';
export { toExportedNotification, type MuseumAnswerNotice } from './notifications';
export {
  AccountErasedError,
  ERASED_TOMBSTONE_SECONDS,
  ERASURE_ATTEMPTS,
} from './erasure-tombstone';

export type ProfileRecord = Profile & { sub: string; createdAt: string; updatedAt: string };

/** Everything of the person's partition, sorted by kind: what the export starts from. */
export type PersonalPartition = {
  profile: ProfileRecord | null;
  unseenDecisions: number;
  /** Unread notifications, and when the person last marked them read. */
  unreadNotifications: number;
  notificationsReadAt?: string;
  /** The notification items as stored, newest first. */
  notifications: Record<string, unknown>[];
  contributions: Contribution[];
  /** The ids of the stories the person supports. */
  supports: string[];
  reports: (ReportMade & { at: string })[];
  /** The consent ledger's items as stored, newest first. */
  consents: Record<string, unknown>[];
  /** The person's uploads as the media context stores them (`MEDIA#`), attached or not. */
  media: Record<string, unknown>[];
};

const toProfile = (item: Record<string, unknown>): ProfileRecord => ({
  sub: item.sub as string,
  displayName: (item.displayName as string | null | undefined) ?? null,
  locale: (item.locale as ProfileLocale | undefined) ?? 'de',
  // Profiles made before a choice existed have none: no e-mail.
  notifications: {
    decisions: (item.notifications as Partial<NotificationChoice> | undefined)?.decisions ?? 'none',
    answers: (item.notifications as Partial<NotificationChoice> | undefined)?.answers ?? 'none',
  },
  createdAt: item.createdAt as string,
  updatedAt: item.updatedAt as string,
});

/** A person's account items: profile, unseen decisions, and what they wrote. */
export function createAccountRepository(db: Db, secret: string = LOCAL_CURSOR_SECRET) {
  const TableName = db.tableName;

  const newProfile = (
    sub: string,
    defaults: { displayName?: string | null; locale?: ProfileLocale },
    at: string,
  ) => ({
    ...accountKeys.profile(sub),
    entity: 'profile',
    sub,
    displayName: defaults.displayName ?? null,
    locale: defaults.locale ?? 'de',
    notifications: { decisions: 'none', answers: 'none' },
    createdAt: at,
    updatedAt: at,
  });

  return {
    ...createPersonPointers(db),
    ...createNotifications(db),
    ...createErasureTombstone(db, secret),

    /** The profile, or null before the person's first request made one. */
    async profile(sub: string, consistent = true): Promise<ProfileRecord | null> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: accountKeys.profile(sub), ConsistentRead: consistent }),
      );
      return out.Item ? toProfile(out.Item) : null;
    },

    /** Profile and unseen decisions in one BatchGetItem (`GET /api/me`). */
    async me(sub: string): Promise<{
      profile: ProfileRecord | null;
      unseenDecisions: number;
      unreadNotifications: number;
    }> {
      let request: Record<string, unknown>[] | undefined = [
        accountKeys.profile(sub),
        accountKeys.decisionNotices(sub),
      ];
      const found: Record<string, unknown>[] = [];
      for (let attempt = 0; request?.length && attempt < 5; attempt++) {
        const out: BatchGetCommandOutput = await db.doc.send(
          new BatchGetCommand({
            RequestItems: { [TableName]: { Keys: request, ConsistentRead: true } },
          }),
        );
        found.push(...(out.Responses?.[TableName] ?? []));
        request = out.UnprocessedKeys?.[TableName]?.Keys;
      }
      const profile = found.find((item) => item.sk === 'PROFILE');
      const notices = found.find((item) => item.sk === 'NOTICES');
      return {
        profile: profile ? toProfile(profile) : null,
        unseenDecisions: (notices?.unseenDecisions as number | undefined) ?? 0,
        unreadNotifications: Math.max(0, (notices?.unreadNotifications as number | undefined) ?? 0),
      };
    },

    /**
     * The person's profile, made with `defaults` if they have none yet (never overwriting one: a
     * display name once chosen stays the person's own). Returns the profile that holds.
     */
    async ensureProfile(
      sub: string,
      defaults: { displayName?: string | null; locale?: ProfileLocale },
      now: Date,
    ): Promise<ProfileRecord> {
      const item = newProfile(sub, defaults, now.toISOString());
      try {
        // One request still: the put and the check that the person was not erased (their token
        // may outlive the account; it must never make a profile again).
        await transactWrite(db, {
          profile: {
            Put: { TableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
          },
          erased: this.notErasedItem(sub),
        });
        return toProfile(item);
      } catch (error) {
        if (!(error instanceof TransactionConditionError)) throw error;
        if (error.failed('erased')) throw new AccountErasedError();
        const existing = await this.profile(sub);
        if (!existing) throw error;
        return existing;
      }
    },

    /**
     * Sets the given fields, in one UpdateItem; a person without a profile gets one, with the
     * defaults for the fields not given. Returns the profile as it is now.
     */
    async updateProfile(
      sub: string,
      patch: ProfilePatch,
      defaults: { locale: ProfileLocale },
      now: Date,
    ): Promise<ProfileRecord> {
      const given = (field: string, value: unknown) =>
        value === undefined
          ? `#${field} = if_not_exists(#${field}, :${field}0)`
          : `#${field} = :${field}`;
      const fields = ['displayName', 'locale', 'notifications', 'entity', 'sub', 'createdAt'];
      // Each choice given is set on its own, so changing one keeps the other.
      const choices = Object.entries(patch.notifications ?? {}).filter(([, v]) => v !== undefined);
      const choiceNames = Object.fromEntries(choices.map(([k]) => [`#n_${k}`, k]));
      const choiceValues = Object.fromEntries(choices.map(([k, v]) => [`:n_${k}`, v]));
      const update = () =>
        db.doc.send(
          new UpdateCommand({
            TableName,
            Key: accountKeys.profile(sub),
            UpdateExpression: `SET updatedAt = :at, ${[
              given('displayName', patch.displayName),
              given('locale', patch.locale),
              ...(choices.length
                ? choices.map(([k]) => `#notifications.#n_${k} = :n_${k}`)
                : [given('notifications', undefined)]),
              given('entity', undefined),
              given('sub', undefined),
              given('createdAt', undefined),
            ].join(', ')}`,
            ExpressionAttributeNames: {
              ...Object.fromEntries(fields.map((f) => [`#${f}`, f])),
              ...choiceNames,
            },
            ExpressionAttributeValues: {
              ':at': now.toISOString(),
              ...(patch.displayName !== undefined
                ? { ':displayName': patch.displayName }
                : { ':displayName0': null }),
              ...(patch.locale !== undefined
                ? { ':locale': patch.locale }
                : { ':locale0': defaults.locale }),
              ...(choices.length
                ? choiceValues
                : { ':notifications0': { decisions: 'none', answers: 'none' } }),
              ':entity0': 'profile',
              ':sub0': sub,
              ':createdAt0': now.toISOString(),
            },
            // Only an existing profile: a new one is made with the erasure check (ensureProfile).
            ConditionExpression: 'attribute_exists(pk)',
            ReturnValues: 'ALL_NEW',
          }),
        );
      try {
        return toProfile((await update()).Attributes!);
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        await this.ensureProfile(sub, { locale: defaults.locale }, now);
        return toProfile((await update()).Attributes!);
      }
    },

    /**
     * For the transaction that writes a contribution under `name`: holds only while that is still
     * the person's display name, so a rename that starts in between cannot miss the new item.
     */
    displayNameCheckItem(sub: string, name: string): TransactItem {
      return {
        ConditionCheck: {
          TableName,
          Key: accountKeys.profile(sub),
          ConditionExpression: 'displayName = :name',
          ExpressionAttributeValues: { ':name': name },
        },
      };
    },

    /**
     * The display names of these people (staff in the moderation log, notes): one BatchGetItem per
     * 100, asked again for keys DynamoDB leaves unprocessed. A person without one is left out.
     */
    async displayNames(subs: Iterable<string>): Promise<Map<string, string>> {
      const names = new Map<string, string>();
      const unique = [...new Set(subs)];
      for (let i = 0; i < unique.length; i += 100) {
        let request: Record<string, unknown>[] | undefined = unique
          .slice(i, i + 100)
          .map((sub) => accountKeys.profile(sub));
        for (let attempt = 0; request?.length && attempt < 5; attempt++) {
          const out: BatchGetCommandOutput = await db.doc.send(
            new BatchGetCommand({
              RequestItems: {
                [TableName]: {
                  Keys: request,
                  ProjectionExpression: '#sub, displayName',
                  ExpressionAttributeNames: { '#sub': 'sub' },
                },
              },
            }),
          );
          for (const item of out.Responses?.[TableName] ?? [])
            if (typeof item.displayName === 'string')
              names.set(item.sub as string, item.displayName);
          request = out.UnprocessedKeys?.[TableName]?.Keys;
        }
      }
      return names;
    },

    /**
     * The person's whole partition (profile, notices, pointers, consent ledger): one strongly
     * consistent Query, following its pages, so every item committed before it is read.
     */
    async personalPartition(sub: string): Promise<PersonalPartition> {
      const found: PersonalPartition = {
        profile: null,
        unseenDecisions: 0,
        unreadNotifications: 0,
        notifications: [],
        contributions: [],
        supports: [],
        reports: [],
        consents: [],
        media: [],
      };
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': accountKeys.partition(sub) },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of out.Items ?? []) {
          const sk = String(item.sk);
          if (sk === accountKeys.profile(sub).sk) found.profile = toProfile(item);
          else if (sk === accountKeys.decisionNotices(sub).sk) {
            found.unseenDecisions = (item.unseenDecisions as number | undefined) ?? 0;
            found.unreadNotifications = (item.unreadNotifications as number | undefined) ?? 0;
            found.notificationsReadAt = item.notificationsReadAt as string | undefined;
          } else if (sk.startsWith(accountKeys.notificationPrefix)) found.notifications.push(item);
          else if (sk.startsWith(accountKeys.contributionPrefix)) {
            const ref = toContribution(sk);
            if (ref) found.contributions.push(ref);
          } else if (sk.startsWith(accountKeys.supportPrefix))
            found.supports.push(sk.slice(accountKeys.supportPrefix.length));
          else if (sk.startsWith(accountKeys.reportPrefix))
            found.reports.push({
              storyId: String(item.storyId),
              target: String(item.target),
              at: String(item.at),
            });
          else if (sk.startsWith(accountKeys.consentPrefix)) found.consents.push(item);
          else if (sk.startsWith(mediaKeys.prefix)) found.media.push(item);
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      // The ledger's and the notifications' keys sort by time: the Query read them oldest first.
      found.consents.reverse();
      found.notifications.reverse();
      return found;
    },

    /** Counts one more unseen decision; rides in the decision's own transaction. */
    decisionNoticeItem(sub: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: accountKeys.decisionNotices(sub),
          UpdateExpression: 'ADD unseenDecisions :one',
          ExpressionAttributeValues: { ':one': 1 },
        },
      };
    },
    /** The unseen decisions and unread notifications: one GetItem. */
    async noticeCounts(
      sub: string,
    ): Promise<{ unseenDecisions: number; unreadNotifications: number }> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: accountKeys.decisionNotices(sub) }),
      );
      return {
        unseenDecisions: (out.Item?.unseenDecisions as number | undefined) ?? 0,
        unreadNotifications: Math.max(
          0,
          (out.Item?.unreadNotifications as number | undefined) ?? 0,
        ),
      };
    },
    async markDecisionsSeen(sub: string): Promise<void> {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName,
            Key: accountKeys.decisionNotices(sub),
            UpdateExpression: 'SET unseenDecisions = :zero',
            // No notices yet means none unseen: nothing to write (and no item made for anyone).
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':zero': 0 },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
export type AccountRepository = ReturnType<typeof createAccountRepository>;
