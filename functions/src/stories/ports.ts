import type { CallState } from '../../../shared/schemas/calls';
import type { StoredMedia, StoryMedia, StoryMediaInput } from '../../../shared/schemas/media';
import type { StoryCall } from '../../../shared/schemas/story';
import type { Result } from '../core/result';
import type { TransactItem } from '../core/transact';
import type { StoryRecord } from './story-record';

/**
 * The port the stories context owns for what other contexts keep of a story (DESIGN §1, §6:
 * consent reaches every copy). Stories says what happened to a story; the implementation (the
 * curation context's, wired in the composition root) answers with the items that must commit in
 * the same TransactWriteItems as the story's own change, so no copy outlives what the author or
 * a moderator decided. Stories never learns the other context's keys.
 */
export type StoryEffects = {
  /**
   * A published story stops being published: its author withdrew it, a moderator hid it, or the
   * third report did. Every copy goes (the story leaves every exhibition it is in); when its author
   * withdrew it, the curators are told.
   */
  leftPublication(
    story: StorySnapshot,
    change: { cause: LeaveCause; at: string },
  ): Promise<TransactItem[]>;

  /**
   * The author changed exhibition or research consent (only the uses that changed are given).
   * Withdrawn exhibition consent takes the story out of every exhibition and tells the curators;
   * a research change is copied onto the story's exhibition items for the exports.
   */
  consentChanged(
    story: StorySnapshot,
    change: { exhibition?: boolean; research?: boolean; at: string },
  ): Promise<TransactItem[]>;

  /**
   * The author of a story shown under their name chose a new display name: every copy that
   * shows it (the story's exhibition items) shows the new one, in the story's own transaction.
   */
  authorRenamed(story: StorySnapshot, name: string): TransactItem[];

  /**
   * The author erased their account and keeps the story published without any link to them
   * (DESIGN §7 "anonymise"): every copy that showed their name shows none.
   */
  authorAnonymised(story: StorySnapshot): TransactItem[];
};

/** What the other contexts may know of the story: as read, before the change. */
export type StorySnapshot = Pick<StoryRecord, 'id' | 'title' | 'exhibitionIds'>;

/** Why a story left publication; `erased`: its author deleted their account (and the story). */
export type LeaveCause = 'withdrawn' | 'hidden' | 'reports' | 'erased';

/** Why a story's media could not be attached; each is a 422 for the client. */
export type AttachProblem = 'media-not-found' | 'media-not-ready' | 'media-kind-mismatch';

export type MediaAttachment = {
  /** The story's media, in the author's order, with what processing measured. */
  media: StoredMedia[];
  /**
   * For the story's own transaction: each named medium becomes the story's (conditional on being
   * the caller's, ready, and not another story's); media the story no longer names expire again.
   */
  items: TransactItem[];
};

/**
 * The port for a story's photos and recording (DESIGN §9), implemented by the media context:
 * attaching what the author uploaded, and the short-lived private URLs of a story's media for its
 * author and moderators while it is not published (a published story's are public: toStory).
 */
export type MediaLibrary = {
  attach(
    ownerSub: string,
    storyId: string,
    inputs: StoryMediaInput[],
    previous?: StoredMedia[],
  ): Promise<Result<MediaAttachment, AttachProblem>>;
  signed(media: StoredMedia[] | undefined): Promise<StoryMedia[]>;
};

/** Why a story cannot answer the call it names: no call has the id, or it is not open now. */
export type CallRefused = 'call-not-found' | { callNotOpen: Exclude<CallState, 'open'> };

/**
 * The port for calls for stories (DESIGN §10), implemented by the curation context, whose calls
 * they are: whether a new story may answer a call, and the check that keeps it so until the
 * story's transaction commits.
 */
export type CallsForStories = {
  /** The call a new story answers (its id and title, which the story keeps), or why not. */
  answerable(callId: string, now: Date): Promise<Result<StoryCall, CallRefused>>;
  /** For the story's own transaction: holds only while the call is open at `at`. */
  openCheckItem(callId: string, at: string): TransactItem;
};
