import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  UpdateCommand,
  type BatchGetCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { Profile, ProfileLocale, ProfilePatch } from '../../../shared/schemas/account';
import { deleteKeys, queryPartition } from '../core/batch-delete';
import { erasedSubKey } from '../core/caller-key';
import { LOCAL_CURSOR_SECRET } from '../core/config';
import {
  CONSENT_USES,
  type ConsentEntry,
  type ConsentUse,
} from '../../../shared/schemas/consent-ledger';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { ProblemError } from '../core/problem-json';
import { TransactionConditionError, transactWrite, type TransactItem } from '../core/transact';

/**
 * A person's partition, `USER#<sub>`: their profile, their unseen decisions, one pointer per
 * story or comment they wrote, so that a new display name reaches every item that carries the old
 * one (a strongly consistent Query of this partition finds every contribution ever committed).
 * Pointers to the stories they support and the items they reported let the export and the erasure
 * (DESIGN §7) find those too, without reading anybody else's data. Their consent ledger is one
 * entry per consent given or withdrawn, keyed by time, so that newest first is one Query (the
 * story and use in the key keep entries of one moment apart).
 */
export const accountKeys = {
  partition: (sub: string) => `USER#${sub}`,
  profile: (sub: string) => ({ pk: `USER#${sub}`, sk: 'PROFILE' }),
  decisionNotices: (sub: string) => ({ pk: `USER#${sub}`, sk: 'NOTICES' }),
  contributionPrefix: 'WROTE#',
  contribution: (sub: string, ref: Contribution) => ({
    pk: `USER#${sub}`,
    sk:
      ref.kind === 'story'
        ? `WROTE#STORY#${ref.storyId}`
        : `WROTE#COMMENT#${ref.storyId}#${ref.commentId}`,
  }),
  supportPrefix: 'SUPPORTED#',
  support: (sub: string, storyId: string) => ({
    pk: `USER#${sub}`,
    sk: `SUPPORTED#${storyId}`,
  }),
  reportPrefix: 'REPORTED#',
  /** `target` is `STORY` or the reported comment's stored id, as in the report item's key. */
  report: (sub: string, storyId: string, target: string) => ({
    pk: `USER#${sub}`,
    sk: `REPORTED#${storyId}#${target}`,
  }),
  /** The hourly rate-limit counters (core/rate-limit.ts) live in this partition. */
  rateLimits: (sub: string) => `RATE#${sub}`,
  /**
   * An erased person's tombstone: keyed by an HMAC of the sub (core/caller-key.ts), so it names
   * nobody; it refuses their still-valid tokens until it expires.
   */
  erased: (hash: string) => ({ pk: `ERASED#${hash}`, sk: 'ERASED' }),
  consentPrefix: 'CONSENT#',
  consent: (sub: string, entry: Pick<ConsentEntry, 'at' | 'storyId' | 'use'>) => ({
    pk: `USER#${sub}`,
    sk: `CONSENT#${entry.at}#${entry.storyId}#${entry.use}`,
  }),
};

/**
 * How long an erased person's tombstone refuses their tokens: past the longest access token
 * (Cognito's and the local provider's live an hour, the development issuer's twelve). After that
 * no token of theirs verifies any more, and the account is gone at the issuer.
 */
export const ERASED_TOMBSTONE_SECONDS = 24 * 3600;
/** Erasure requests per person within a tombstone's lifetime: each one does a lot of work. */
export const ERASURE_ATTEMPTS = 10;

/**
 * A request of an erased person's still-valid token that would write for them again: refused as
 * the token it is (401), wherever it is thrown.
 */
export class AccountErasedError extends ProblemError {
  constructor() {
    super(401, 'account-erased', 'This account was deleted; its sign-in is no longer valid.', {
      headers: { 'www-authenticate': 'Bearer' },
    });
  }
}

/** Something a person reported: a story (`target` = `STORY`) or one of its comments. */
export type ReportMade = { storyId: string; target: string };

/** What one change of a story's consent records: everything of an entry but the use and answer. */
export type ConsentChange = Omit<ConsentEntry, 'use' | 'granted'>;
/** The answer per use that a change gave; uses it left as they were are absent. */
export type ConsentAnswers = Partial<Record<ConsentUse, boolean>>;

const CONSENT_FIELDS = [
  'storyId',
  'storyTitle',
  'use',
  'granted',
  'licence',
  'termsVersion',
  'at',
  'source',
] as const;

/** A ledger item as the API shows it (the export reads the same items, so it maps them here too). */
export const toConsentEntry = (item: Record<string, unknown>): ConsentEntry =>
  Object.fromEntries(CONSENT_FIELDS.map((field) => [field, item[field]])) as ConsentEntry;

/** Something a person wrote that carries their display name. */
export type Contribution =
  { kind: 'story'; storyId: string } | { kind: 'comment'; storyId: string; commentId: string };

export type ProfileRecord = Profile & { sub: string; createdAt: string; updatedAt: string };

/** Everything of the person's partition, sorted by kind: what the export starts from. */
export type PersonalPartition = {
  profile: ProfileRecord | null;
  unseenDecisions: number;
  contributions: Contribution[];
  /** The ids of the stories the person supports. */
  supports: string[];
  reports: (ReportMade & { at: string })[];
  /** The consent ledger's items as stored, newest first. */
  consents: Record<string, unknown>[];
};

const toProfile = (item: Record<string, unknown>): ProfileRecord => ({
  sub: item.sub as string,
  displayName: (item.displayName as string | null | undefined) ?? null,
  locale: (item.locale as ProfileLocale | undefined) ?? 'de',
  notifications: {
    decisions: (item.notifications as Profile['notifications'] | undefined)?.decisions ?? 'none',
  },
  createdAt: item.createdAt as string,
  updatedAt: item.updatedAt as string,
});

/** What a `WROTE#…` pointer's sort key names (null for any other key). */
export const toContribution = (sk: string): Contribution | null => {
  const [, kind, storyId, commentId] = sk.split('#');
  if (kind === 'STORY' && storyId) return { kind: 'story', storyId };
  if (kind === 'COMMENT' && storyId && commentId) return { kind: 'comment', storyId, commentId };
  return null;
};

/** A person's account items: profile, unseen decisions, and what they wrote. */
export function createAccountRepository(db: Db, secret: string = LOCAL_CURSOR_SECRET) {
  const TableName = db.tableName;
  const tombstone = (sub: string) => accountKeys.erased(erasedSubKey(secret, sub));

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
    notifications: { decisions: 'none' },
    createdAt: at,
    updatedAt: at,
  });

  /** The sort keys of the person's items under `prefix`: a consistent Query, every page. */
  async function pointerKeys(sub: string, prefix: string): Promise<string[]> {
    const sks: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': accountKeys.partition(sub), ':prefix': prefix },
          ProjectionExpression: 'sk',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      sks.push(...(out.Items ?? []).map((item) => item.sk as string));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return sks;
  }

  return {
    /** The profile, or null before the person's first request made one. */
    async profile(sub: string, consistent = true): Promise<ProfileRecord | null> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: accountKeys.profile(sub), ConsistentRead: consistent }),
      );
      return out.Item ? toProfile(out.Item) : null;
    },

    /** Profile and unseen decisions in one BatchGetItem (`GET /api/me`). */
    async me(sub: string): Promise<{ profile: ProfileRecord | null; unseenDecisions: number }> {
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
      const update = () =>
        db.doc.send(
          new UpdateCommand({
            TableName,
            Key: accountKeys.profile(sub),
            UpdateExpression: `SET updatedAt = :at, ${[
              given('displayName', patch.displayName),
              given('locale', patch.locale),
              given('notifications', patch.notifications),
              given('entity', undefined),
              given('sub', undefined),
              given('createdAt', undefined),
            ].join(', ')}`,
            ExpressionAttributeNames: Object.fromEntries(fields.map((f) => [`#${f}`, f])),
            ExpressionAttributeValues: {
              ':at': now.toISOString(),
              ...(patch.displayName !== undefined
                ? { ':displayName': patch.displayName }
                : { ':displayName0': null }),
              ...(patch.locale !== undefined
                ? { ':locale': patch.locale }
                : { ':locale0': defaults.locale }),
              ...(patch.notifications !== undefined
                ? { ':notifications': patch.notifications }
                : { ':notifications0': { decisions: 'none' } }),
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

    /** The pointer from the person to a story or comment they wrote; in that item's transaction. */
    contributionItem(sub: string, ref: Contribution, at: string): TransactItem {
      return {
        Put: {
          TableName,
          Item: { ...accountKeys.contribution(sub, ref), entity: 'contribution', at },
        },
      };
    },

    /**
     * The consent ledger's entries for one change of a story's consent, one per use answered, for
     * that change's own transaction. An entry is never overwritten: the ledger only grows.
     */
    consentEntryItems(sub: string, change: ConsentChange, answers: ConsentAnswers): TransactItem[] {
      return CONSENT_USES.filter((use) => answers[use] !== undefined).map((use) => ({
        Put: {
          TableName,
          Item: {
            ...accountKeys.consent(sub, { ...change, use }),
            entity: 'consent',
            ...change,
            use,
            granted: answers[use],
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }));
    },

    /**
     * A page of the person's consent ledger, newest first: one Query of their partition. Strongly
     * consistent, so a consent just changed is listed.
     */
    async consents(
      sub: string,
      page: { limit: number; startKey?: PageKey },
    ): Promise<{ items: ConsentEntry[]; lastKey?: PageKey }> {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :consent)',
          ExpressionAttributeValues: {
            ':pk': accountKeys.partition(sub),
            ':consent': accountKeys.consentPrefix,
          },
          ScanIndexForward: false,
          Limit: page.limit,
          ExclusiveStartKey: page.startKey,
          ConsistentRead: true,
        }),
      );
      return {
        items: (out.Items ?? []).map(toConsentEntry),
        lastKey: out.LastEvaluatedKey as PageKey | undefined,
      };
    },

    /** Everything the person wrote, strongly consistent, every page. */
    async contributions(sub: string): Promise<Contribution[]> {
      const sks = await pointerKeys(sub, accountKeys.contributionPrefix);
      return sks.map(toContribution).filter((ref) => ref !== null);
    },

    /**
     * The person's pointer to a story they support: put or deleted in the vote's own transaction.
     * Without a timestamp, like the vote item: a retry with the same Idempotency-Key must send the
     * very same request.
     */
    supportItem(sub: string, storyId: string, supported: boolean): TransactItem {
      const Key = accountKeys.support(sub, storyId);
      return supported
        ? { Put: { TableName, Item: { ...Key, entity: 'support-pointer', storyId } } }
        : { Delete: { TableName, Key } };
    },

    /** The stories the person supports, strongly consistent, every page. */
    async supports(sub: string): Promise<string[]> {
      const sks = await pointerKeys(sub, accountKeys.supportPrefix);
      return sks.map((sk) => sk.slice(accountKeys.supportPrefix.length));
    },

    /** The person's pointer to an item they reported; in the report's own transaction. */
    reportPointerItem(sub: string, report: ReportMade, at: string): TransactItem {
      return {
        Put: {
          TableName,
          Item: {
            ...accountKeys.report(sub, report.storyId, report.target),
            entity: 'report-pointer',
            ...report,
            at,
          },
        },
      };
    },

    /** What the person reported, strongly consistent, every page. */
    async reportsMade(sub: string): Promise<ReportMade[]> {
      const sks = await pointerKeys(sub, accountKeys.reportPrefix);
      return sks.flatMap((sk) => {
        const [, storyId, target] = sk.split('#');
        return storyId && target ? [{ storyId, target }] : [];
      });
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
        contributions: [],
        supports: [],
        reports: [],
        consents: [],
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
          else if (sk === accountKeys.decisionNotices(sub).sk)
            found.unseenDecisions = (item.unseenDecisions as number | undefined) ?? 0;
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
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      // The ledger's keys sort by time: the Query read it oldest first.
      found.consents.reverse();
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
    async unseenDecisions(sub: string): Promise<number> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: accountKeys.decisionNotices(sub) }),
      );
      return (out.Item?.unseenDecisions as number | undefined) ?? 0;
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

    /**
     * Holds only while the person has not erased their account: rides in every transaction a
     * signed-in person's request writes for them (a support, a report, a new profile), so a token
     * that outlives the account writes nothing. Costs no request of its own.
     */
    notErasedItem(sub: string): TransactItem {
      return {
        ConditionCheck: {
          TableName,
          Key: tombstone(sub),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    /**
     * Puts (or renews) the person's tombstone before their erasure starts, counting the attempt:
     * false when they asked too often within its lifetime. The item holds no sub, only its HMAC.
     */
    async markErased(sub: string, now: Date): Promise<boolean> {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName,
            Key: tombstone(sub),
            UpdateExpression:
              'ADD attempts :one SET entity = :entity, expiresAt = :expires, erasedAt = if_not_exists(erasedAt, :at)',
            ConditionExpression: 'attribute_not_exists(attempts) OR attempts < :limit',
            ExpressionAttributeValues: {
              ':one': 1,
              ':entity': 'erased-account',
              ':expires': Math.floor(now.getTime() / 1000) + ERASED_TOMBSTONE_SECONDS,
              ':at': now.toISOString(),
              ':limit': ERASURE_ATTEMPTS,
            },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    /**
     * The last step of an erasure: every item of the person's partition (profile, notices,
     * pointers, consent ledger) and their rate-limit counters, BatchWriteItem 25 at a time.
     */
    async deletePersonalItems(sub: string): Promise<number> {
      const keys = [
        ...(await queryPartition(db, accountKeys.partition(sub), { projection: ['pk', 'sk'] })),
        ...(await queryPartition(db, accountKeys.rateLimits(sub), { projection: ['pk', 'sk'] })),
      ];
      await deleteKeys(db, keys);
      return keys.length;
    },

    /** The pointer keys of other people's items that an erasure deletes with what they point to. */
    contributionKey: (sub: string, ref: Contribution) => accountKeys.contribution(sub, ref),
    supportKey: (sub: string, storyId: string) => accountKeys.support(sub, storyId),
    reportKey: (sub: string, report: ReportMade) =>
      accountKeys.report(sub, report.storyId, report.target),
  };
}
export type AccountRepository = ReturnType<typeof createAccountRepository>;
