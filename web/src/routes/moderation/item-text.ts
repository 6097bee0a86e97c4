import type { QueueEntry } from '$shared';
import { hasMessage, label, t } from '$lib/i18n';

const EXCERPT_LENGTH = 90;

/** A comment's first words, for lists and headings. */
export const excerpt = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
};

/** How an item is named in lists, headings and announcements. */
export function itemTitle(item: QueueEntry): string {
  if (item.comment)
    return t('mod.item.commentBy', { name: item.comment.authorName ?? t('story.anonymous') });
  return item.story?.title ?? item.storyId;
}

/** A status in the audit log: stories and comments have different vocabularies. */
export function statusLabel(entityType: 'story' | 'comment', status: string): string {
  if (entityType === 'comment' && ['published', 'held', 'hidden'].includes(status)) {
    return t(`mod.commentStatus.${status as 'published' | 'held' | 'hidden'}`);
  }
  return (
    (
      {
        pending: label.status('pending'),
        published: label.status('published'),
        rejected: label.status('rejected'),
        'changes-requested': label.status('changes-requested'),
        hidden: label.status('hidden'),
        withdrawn: label.status('withdrawn'),
      } as Record<string, string>
    )[status] ?? status
  );
}

/** A report reason ("spam", "offensive" …) in the interface language. */
export function reportReasonLabel(reason: string): string {
  const known = ['spam', 'offensive', 'personal-data', 'off-topic', 'other'] as const;
  const match = known.find((value) => value === reason);
  return match ? t(`mod.reportReason.${match}`) : reason;
}

/** A pre-screen flag's short name for the tag on its highlight ("Telefon", "E-Mail"). */
export function flagShort(kind: string): string {
  const key = `mod.flagShort.${kind}`;
  return hasMessage(key) ? t(key) : label.flag(kind);
}

/** The item's pre-screen flags, numbered for the links between list and text, with their text. */
export function numberedFlags(item: QueueEntry) {
  const source = (field: 'title' | 'body' | undefined) =>
    item.comment ? item.comment.body : field === 'title' ? item.story?.title : item.story?.body;
  return item.flagSpans.map((span, index) => ({
    ...span,
    index,
    text: (source(span.field) ?? '').slice(span.start, span.end),
  }));
}
