import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../../core/dynamo';
import type { StoryRepository } from '../../stories/repository';
import { facetKey } from '../../stories/feed-facets';
import type { ExhibitionRepository } from '../exhibition-repository';

/**
 * A former curator erased their account (DESIGN §7): the picks they made and the exhibitions and
 * exhibition items they created or added stay (they are the museum's), naming the erased-account
 * marker instead of them. Picks are one Query of the picks facet; exhibitions are few (every one
 * is read: one Query per status and one per exhibition). Answers how many items changed.
 */
export async function eraseCurator(
  deps: { db: Db; stories: StoryRepository; exhibitions: ExhibitionRepository },
  sub: string,
  marker: string,
): Promise<number> {
  let changed = 0;
  const update = async (input: ConstructorParameters<typeof UpdateCommand>[0]) => {
    try {
      await deps.db.doc.send(new UpdateCommand(input));
      changed++;
    } catch (error) {
      // Gone meanwhile (the pick ended, the story left): nothing carries the sub any more.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  };
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await deps.db.doc.send(
      new QueryCommand({
        TableName: deps.db.tableName,
        IndexName: 'feedNew',
        KeyConditionExpression: 'feedPk = :picks',
        FilterExpression: 'pickedBy = :sub',
        ExpressionAttributeValues: { ':picks': facetKey.picks(), ':sub': sub },
        ProjectionExpression: 'id',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? [])
      await update(deps.stories.pickedByUpdate(String(item.id), marker));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  for (const status of ['draft', 'published'] as const) {
    for (const exhibition of await deps.exhibitions.list(status)) {
      if (exhibition.createdBy === sub)
        await update(deps.exhibitions.markerUpdate(exhibition.id, null, 'createdBy', marker));
      const loaded = await deps.exhibitions.load(exhibition.id);
      for (const item of loaded?.items ?? [])
        if (item.addedBy === sub)
          await update(
            deps.exhibitions.markerUpdate(exhibition.id, item.storyId, 'addedBy', marker),
          );
    }
  }
  return changed;
}
