/** What a command answers: a value, or the business reason it could not do it. */
export type Result<T, R> = { ok: true; value: T } | { ok: false; reason: R };

export const ok = <T>(value: T) => ({ ok: true, value }) as const;
export const fail = <const R>(reason: R) => ({ ok: false, reason }) as const;
