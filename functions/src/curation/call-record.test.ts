import { describe, expect, it } from 'vitest';
import { callState, type Call } from '../../../shared/schemas/calls';
import { orderCalls } from './call-record';

const NOW = new Date('2026-06-15T12:00:00Z');
const call = (id: string, fields: Partial<Call>): Call => ({
  id,
  status: 'published',
  state: 'open',
  title: { de: id },
  question: { de: '?' },
  intro: { de: '…' },
  prompts: [],
  themes: [],
  opensAt: '2026-06-01T00:00:00.000Z',
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  ...fields,
});

describe('callState', () => {
  it('is draft until published, then upcoming, open and closed by its period', () => {
    const period = { opensAt: '2026-06-10T00:00:00Z', closesAt: '2026-06-20T00:00:00Z' };
    expect(callState({ status: 'draft', ...period }, NOW)).toBe('draft');
    expect(callState({ status: 'published', ...period }, new Date('2026-06-09T23:59:59Z'))).toBe(
      'upcoming',
    );
    expect(callState({ status: 'published', ...period }, NOW)).toBe('open');
    // The closing moment itself no longer takes answers.
    expect(callState({ status: 'published', ...period }, new Date(period.closesAt))).toBe('closed');
    expect(callState({ status: 'published', opensAt: period.opensAt }, NOW)).toBe('open');
  });
});

describe('orderCalls', () => {
  it('puts open calls first (closing soonest first), then upcoming, closed, drafts', () => {
    const ordered = orderCalls([
      call('draft', { status: 'draft', state: 'draft' }),
      call('closed-long-ago', { state: 'closed', closesAt: '2025-01-01T00:00:00Z' }),
      call('closed-lately', { state: 'closed', closesAt: '2026-06-01T00:00:00Z' }),
      call('open-endless', { state: 'open' }),
      call('open-closing-soon', { state: 'open', closesAt: '2026-06-16T00:00:00Z' }),
      call('upcoming', { state: 'upcoming', opensAt: '2026-07-01T00:00:00Z' }),
    ]);
    expect(ordered.map((c) => c.id)).toEqual([
      'open-closing-soon',
      'open-endless',
      'upcoming',
      'closed-lately',
      'closed-long-ago',
      'draft',
    ]);
  });
});
