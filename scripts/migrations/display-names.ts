import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createAccountRepository } from '../../functions/src/accounts/repository';
import { nameCopiesOf } from '../../functions/src/composition';
import type { Db } from '../../functions/src/core/dynamo';

/**
 * Stories and comments written before profiles carry the name of the token they were written
 * with, and no pointer from their author (DESIGN §6: one name everywhere). For each such author
 * this puts the pointers, makes a profile if there is none (with the name of their newest story
 * or comment, so nobody becomes nameless), and shows the profile's name on all of them.
 * Idempotent (a Put of the same pointer, a profile never overwritten, a rename to the name an
 * item already has writes nothing), so `npm start` runs it on every start; on AWS it runs once
 * with `npm run migrate`. A Scan, never in a request path. Returns how many people it checked.
 */
export async function unifyDisplayNames(db: Db, now = new Date()): Promise<number> {
  const TableName = db.tableName;
  const accounts = createAccountRepository(db);
  const people = new Map<string, { name?: string; at: string }>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName,
        FilterExpression: 'entity IN (:story, :comment)',
        ExpressionAttributeValues: { ':story': 'story', ':comment': 'comment' },
        ProjectionExpression: 'entity, id, storyId, authorSub, authorName, createdAt',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const sub = item.authorSub as string | undefined;
      if (!sub) continue;
      const at = String(item.createdAt ?? '');
      const ref =
        item.entity === 'story'
          ? { kind: 'story' as const, storyId: String(item.id) }
          : { kind: 'comment' as const, storyId: String(item.storyId), commentId: String(item.id) };
      const { Put } = accounts.contributionItem(sub, ref, at);
      await db.doc.send(new PutCommand(Put!));
      const known = people.get(sub);
      const name = typeof item.authorName === 'string' ? item.authorName : undefined;
      if (!known || (name && (!known.name || at > known.at))) people.set(sub, { name, at });
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const copies = nameCopiesOf({ db, now: () => now });
  for (const [sub, { name }] of people) {
    const profile = await accounts.ensureProfile(sub, { displayName: name ?? null }, now);
    if (profile.displayName)
      await copies.renamed(sub, profile.displayName, await accounts.contributions(sub));
  }
  return people.size;
}
