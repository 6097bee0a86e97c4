import { describe, expect, it } from 'vitest';
import {
  failedNames,
  flattenNamed,
  TransactionConditionError,
  type TransactItem,
} from './transact';

const put = (sk: string): TransactItem => ({ Put: { TableName: 'T', Item: { pk: 'P', sk } } });

describe('named transaction items', () => {
  it('sends every item of every name, a group under its one name, and skips absent ones', () => {
    const { names, list } = flattenNamed({
      story: put('a'),
      parent: undefined,
      feed: [put('f0'), put('f1')],
      exhibitions: [],
      rateLimit: put('r'),
    });
    expect(names).toEqual(['story', 'feed', 'feed', 'rateLimit']);
    expect(list.map((item) => item.Put?.Item?.sk)).toEqual(['a', 'f0', 'f1', 'r']);
  });

  it('names the items whose condition failed, and only those', () => {
    const { names } = flattenNamed({
      vote: put('v'),
      story: put('s'),
      feed: [put('f0'), put('f1')],
    });
    const failed = failedNames(names, [
      { Code: 'None' },
      { Code: 'TransactionConflict' },
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed' },
    ]);
    expect([...failed]).toEqual(['feed']);
    const error = new TransactionConditionError(failed);
    expect(error.failed('feed')).toBe(true);
    expect(error.failed('story')).toBe(false);
    expect(error.failed('vote')).toBe(false);
    expect(error.message).toContain('feed');
  });
});
