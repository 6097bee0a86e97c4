import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  createAccountRepository,
  type Contribution,
} from '../../functions/src/accounts/repository';
import { nameCopiesOf } from '../../functions/src/composition';
import type { Db } from '../../functions/src/core/dynamo';

type Author = { refs: Contribution[]; names: Set<string>; newest?: { name: string; at: string } };

/**
 * Stories and comments written before profiles carry the name of the token they were written
 * with, and no pointer from their author (DESIGN §6: one name everywhere). For each such author
 * this puts the pointers, makes a profile if there is none (with the name of their newest story
 * or comment, so nobody becomes nameless), and shows the profile's name on all of them.
 * Idempotent and cheap once done (pointers are rewritten 25 to a request; only an author whose
 * items carry another name than the profile's is renamed), so `npm start` runs it on every start;
 * on AWS it runs once with `npm run migrate`. A Scan, never in a request path. Returns how many
 * authors it renamed.
 */
export async function unifyDisplayNames(db: Db, now = new Date()): Promise<number> {
  const TableName = db.tableName;
  const accounts = createAccountRepository(db);
  const authors = new Map<string, Author>();
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
      const author = authors.get(sub) ?? { refs: [], names: new Set<string>() };
      authors.set(sub, author);
      author.refs.push(
        item.entity === 'story'
          ? { kind: 'story', storyId: String(item.id) }
          : { kind: 'comment', storyId: String(item.storyId), commentId: String(item.id) },
      );
      const at = String(item.createdAt ?? '');
      if (typeof item.authorName === 'string') {
        author.names.add(item.authorName);
        if (!author.newest || at > author.newest.at) author.newest = { name: item.authorName, at };
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);

  const pointers = [...authors].flatMap(([sub, author]) =>
    author.refs.map((ref) => accounts.contributionItem(sub, ref, now.toISOString()).Put!.Item!),
  );
  for (let i = 0; i < pointers.length; i += 25) {
    let request: { PutRequest: { Item: Record<string, unknown> } }[] | undefined = pointers
      .slice(i, i + 25)
      .map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; request?.length && attempt < 5; attempt++) {
      const out = await db.doc.send(
        new BatchWriteCommand({ RequestItems: { [TableName]: request } }),
      );
      request = out.UnprocessedItems?.[TableName] as typeof request;
    }
  }

  const names = await accounts.displayNames(authors.keys());
  const copies = nameCopiesOf({ db, now: () => now });
  let renamed = 0;
  for (const [sub, author] of authors) {
    let name = names.get(sub);
    if (!name) {
      const profile = await accounts.ensureProfile(
        sub,
        { displayName: author.newest?.name ?? null },
        now,
      );
      name = profile.displayName ?? undefined;
    }
    if (!name || [...author.names].every((n) => n === name)) continue;
    await copies.renamed(sub, name, await accounts.contributions(sub));
    renamed++;
  }
  return renamed;
}
