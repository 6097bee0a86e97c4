import { describe, expect, it } from 'vitest';
import { newId } from '../core/ids';
import { commentKeyOf, parseCommentId } from './comment-keys';

const parent = newId();
const reply = newId();

describe('comment ids', () => {
  it('reads a top-level comment id and a reply id', () => {
    expect(parseCommentId(parent)).toEqual({ ownId: parent });
    expect(parseCommentId(`${parent}-${reply}`)).toEqual({ parentId: parent, ownId: reply });
  });
  it('knows no other spelling, so one comment has exactly one id', () => {
    for (const alias of [
      `${parent}-${reply}-x`,
      `${parent}-`,
      `-${reply}`,
      `${parent}-${reply}-${reply}`,
      parent.toLowerCase(),
      'x',
      '',
    ]) {
      expect(parseCommentId(alias)).toBeNull();
      expect(commentKeyOf('S', alias)).toBeNull();
    }
  });
  it('puts a reply beside its parent', () => {
    expect(commentKeyOf('S', `${parent}-${reply}`)).toEqual({
      pk: 'STORY#S',
      sk: `REPLY#${parent}#${reply}`,
    });
  });
});
