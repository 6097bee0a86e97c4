import type { Comment } from '$shared';
import { createContext } from 'svelte';

/**
 * How a comment form deep in the conversation (a reply sits three components down) tells the story
 * page that a comment was posted, so the page's comment count follows without a reload.
 */
export const [commentPostedHandler, provideCommentPosted] =
  createContext<(comment: Comment) => void>();
