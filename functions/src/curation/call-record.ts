import { callState, type Call, type CallStatus } from '../../../shared/schemas/calls';

/** A call for stories as stored; the API shape adds its state at the time of reading. */
export type CallRecord = Omit<Call, 'state' | 'waitingCount' | 'status'> & {
  status: CallStatus;
  createdBy: string;
  /** Optimistic-concurrency version: two curators editing at once cannot overwrite each other. */
  version: number;
};

/** The call as the API shows it at `now`; `waitingCount` only for curators. */
export function toCall(record: CallRecord, now: Date, waitingCount?: number): Call {
  const { createdBy, version, ...call } = record;
  return {
    ...call,
    state: callState(record, now),
    ...(waitingCount === undefined ? {} : { waitingCount }),
  };
}

const ORDER = { open: 0, upcoming: 1, closed: 2, draft: 3 } as const;

/**
 * The public order of calls: open ones first (closing soonest first), then those not open yet
 * (opening soonest first), then closed ones (most recently closed first), drafts last.
 */
export function orderCalls(calls: Call[]): Call[] {
  const closing = (c: Call) => (c.closesAt ? Date.parse(c.closesAt) : Number.MAX_SAFE_INTEGER);
  return [...calls].sort((a, b) => {
    if (a.state !== b.state) return ORDER[a.state] - ORDER[b.state];
    if (a.state === 'open') return closing(a) - closing(b);
    if (a.state === 'upcoming') return Date.parse(a.opensAt) - Date.parse(b.opensAt);
    if (a.state === 'closed') return closing(b) - closing(a);
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}
