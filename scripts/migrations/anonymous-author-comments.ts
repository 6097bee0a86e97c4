import { QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../functions/src/core/dynamo';
import { storyKeys } from '../../functions/src/stories/keys';

/**
 * Takes the name off every stored comment and reply by the author of an anonymous story (DESIGN
 * §10: the author's own comment on an anonymous story shows no name); comments written before
 * that rule carry it. Idempotent (a comment without a name is left alone), so `npm start` runs it
 * on every start; on AWS it runs once with `npm run migrate`. A Scan for the anonymous stories,
 * then one Query per such story, never in a request path. Returns how many comments changed.
 */
export async function unnameAnonymousAuthorComments(db: Db): Promise<number> {
  const TableName = db.tableName;
  let changed = 0;
  let storiesKey: Record<string, unknown> | undefined;
  do {
    const stories = await db.doc.send(
      new ScanCommand({
        TableName,
        FilterExpression: 'entity = :story AND attribution = :anonymous',
        ExpressionAttributeValues: { ':story': 'story', ':anonymous': 'anonymous' },
        ProjectionExpression: 'id, authorSub',
        ExclusiveStartKey: storiesKey,
      }),
    );
    for (const story of stories.Items ?? []) {
      let commentsKey: Record<string, unknown> | undefined;
      do {
        const named = await db.doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk',
            FilterExpression:
              'entity = :comment AND authorSub = :sub AND attribute_type(authorName, :string)',
            ExpressionAttributeValues: {
              ':pk': storyKeys.partition(String(story.id)),
              ':comment': 'comment',
              ':sub': story.authorSub,
              ':string': 'S',
            },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: commentsKey,
          }),
        );
        for (const key of named.Items ?? []) {
          await db.doc.send(
            new UpdateCommand({
              TableName,
              Key: { pk: key.pk, sk: key.sk },
              UpdateExpression: 'SET authorName = :none',
              ConditionExpression: 'authorSub = :sub',
              ExpressionAttributeValues: { ':none': null, ':sub': story.authorSub },
            }),
          );
          changed += 1;
        }
        commentsKey = named.LastEvaluatedKey;
      } while (commentsKey);
    }
    storiesKey = stories.LastEvaluatedKey;
  } while (storiesKey);
  return changed;
}
