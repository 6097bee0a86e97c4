import { describe, expect, it } from 'vitest';
import { commentDecisionsFor, nextCommentStatus } from './comment-transitions';

describe('nextCommentStatus', () => {
  it('approves or hides a held comment, and nothing restores it', () => {
    expect(nextCommentStatus('held', 'approve', false)).toBe('published');
    expect(nextCommentStatus('held', 'hide', false)).toBe('hidden');
    expect(nextCommentStatus('held', 'restore', false)).toBeNull();
  });
  it('hides a published comment and restores a hidden one', () => {
    expect(nextCommentStatus('published', 'hide', false)).toBe('hidden');
    expect(nextCommentStatus('hidden', 'restore', false)).toBe('published');
    expect(nextCommentStatus('published', 'approve', false)).toBeNull();
    expect(nextCommentStatus('hidden', 'hide', false)).toBeNull();
    expect(nextCommentStatus('published', 'restore', false)).toBeNull();
  });
  it('confirms reports with hide and dismisses them with restore, whichever state they left', () => {
    expect(nextCommentStatus('published', 'restore', true)).toBe('published');
    expect(nextCommentStatus('hidden', 'hide', true)).toBe('hidden');
    expect(nextCommentStatus('hidden', 'approve', true)).toBeNull();
  });
});

describe('commentDecisionsFor', () => {
  it('lists the decisions in the API order', () => {
    expect(commentDecisionsFor('held', false)).toEqual(['approve', 'hide']);
    expect(commentDecisionsFor('held', true)).toEqual(['approve', 'hide']);
    expect(commentDecisionsFor('published', false)).toEqual(['hide']);
    expect(commentDecisionsFor('hidden', false)).toEqual(['restore']);
    expect(commentDecisionsFor('published', true)).toEqual(['hide', 'restore']);
    expect(commentDecisionsFor('hidden', true)).toEqual(['hide', 'restore']);
  });
});
