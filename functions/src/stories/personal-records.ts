import type {
  ExportedComment,
  ExportedReport,
  ExportedStory,
} from '../../../shared/schemas/personal-data';
import type { ReportReason } from '../../../shared/schemas/comment';
import type { PersonalPointers, PersonalRecords } from '../accounts/ports';
import { batchGetAll, type ItemKey } from '../core/batch-get';
import type { Db } from '../core/dynamo';
import { commentKeyOf } from './comment-keys';
import type { CommentRecord } from './comment-record';
import { storyKeys } from './keys';
import { toRecord } from './story-item';
import type { MediaLibrary } from './ports';
import type { StoryRecord } from './story-record';

/** Newest first; within one millisecond by id (ULIDs sort by time too). */
const newestFirst = <T extends { createdAt?: string; at?: string; id?: string }>(a: T, b: T) =>
  (b.createdAt ?? b.at ?? '').localeCompare(a.createdAt ?? a.at ?? '') ||
  (b.id ?? '').localeCompare(a.id ?? '');

/**
 * What the author may know of their story: everything they gave (its media at private URLs, as
 * their own view shows them), and what moderators told them.
 */
async function toExportedStory(record: StoryRecord, media: MediaLibrary): Promise<ExportedStory> {
  return {
    id: record.id,
    status: record.status,
    title: record.title,
    body: record.body,
    language: record.language,
    themes: record.themes,
    // As stored: the author's own name of the place, exact coordinates and precision.
    ...(record.place ? { place: record.place } : {}),
    ...(record.period ? { period: record.period } : {}),
    contentWarnings: record.contentWarnings ?? [],
    attribution: record.attribution,
    authorName: record.authorName,
    consent: record.consent,
    voteCount: record.voteCount,
    commentCount: record.commentCount,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    submittedAt: record.submittedAt,
    ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}),
    ...(record.lastDecision ? { lastDecision: record.lastDecision } : {}),
    media: await media.signed(record.media),
  };
}

function toExportedComment(record: CommentRecord): ExportedComment {
  return {
    id: record.id,
    storyId: record.storyId,
    ...(record.parentId ? { parentId: record.parentId } : {}),
    body: record.body,
    authorName: record.authorName ?? null,
    status: record.status,
    createdAt: record.createdAt,
  };
}

/**
 * The stories context's side of the export: per pointer of the person's partition the item it
 * names (a story, comment, the person's vote or report), all in BatchGetItem requests of up to 100
 * keys. A pointer whose item is gone, or no longer the person's, is left out.
 */
export function createPersonalRecords(db: Db, media: MediaLibrary): PersonalRecords {
  return {
    async read(sub: string, pointers: PersonalPointers) {
      const keyId = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;
      const stories: ItemKey[] = [];
      const comments: ItemKey[] = [];
      for (const ref of pointers.contributions) {
        if (ref.kind === 'story') stories.push(storyKeys.story(ref.storyId));
        else {
          const key = commentKeyOf(ref.storyId, ref.commentId);
          if (key) comments.push(key);
        }
      }
      const votes = pointers.supports.map((storyId) => ({
        key: storyKeys.vote(storyId, sub),
        support: { storyId },
      }));
      const reports = pointers.reports.map((r) => storyKeys.report(r.storyId, r.target, sub));

      const items = await batchGetAll(db, [
        ...stories,
        ...comments,
        ...votes.map((v) => v.key),
        ...reports,
      ]);
      const byKey = new Map(items.map((item) => [keyId(item as ItemKey), item]));
      const present = (keys: ItemKey[]) =>
        keys.flatMap((key) => {
          const item = byKey.get(keyId(key));
          // An item whose author was anonymised (erasure) is no longer the person's.
          return item && (item.authorSub ?? item.sub) === sub ? [item] : [];
        });

      return {
        stories: (
          await Promise.all(present(stories).map((item) => toExportedStory(toRecord(item), media)))
        ).sort(newestFirst),
        comments: present(comments)
          .map((item) => toExportedComment(item as unknown as CommentRecord))
          .sort(newestFirst),
        supports: votes.filter((v) => present([v.key]).length > 0).map((v) => v.support),
        reports: present(reports)
          .map((item): ExportedReport => ({
            storyId: String(item.storyId),
            ...(item.commentId ? { commentId: String(item.commentId) } : {}),
            reason: item.reason as ReportReason,
            ...(typeof item.note === 'string' ? { note: item.note } : {}),
            at: String(item.at),
          }))
          .sort(newestFirst),
      };
    },
  };
}
