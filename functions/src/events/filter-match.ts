import type { FilterPattern } from './catalogue';

/**
 * Lambda's event filtering (the event source mapping's FilterCriteria), for the local poller: the
 * same patterns over the same raw stream records, so a handler sees here what it sees on AWS.
 * Covered: nested objects, arrays of exact values (strings, numbers, booleans, null), and the
 * `prefix`, `exists` and `anything-but` (values or a prefix) operators. An operator it does not
 * know is an error, not a silent mismatch, so a new pattern in the catalogue cannot quietly hold
 * back every record locally.
 */

type Matcher = unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Does one leaf value of the record match one matcher of a pattern's array? */
function leafMatches(matcher: Matcher, value: unknown, present: boolean): boolean {
  if (!isObject(matcher)) return present && value === matcher;
  const [operator, ...more] = Object.keys(matcher);
  if (!operator || more.length) throw new Error(`Filter matcher ${JSON.stringify(matcher)}`);
  const operand = matcher[operator];
  switch (operator) {
    case 'exists':
      return operand === present;
    case 'prefix':
      return present && typeof value === 'string' && value.startsWith(String(operand));
    case 'anything-but': {
      if (!present) return false;
      if (isObject(operand) && typeof operand.prefix === 'string')
        return !(typeof value === 'string' && value.startsWith(operand.prefix));
      const excluded = Array.isArray(operand) ? operand : [operand];
      return !excluded.includes(value);
    }
    default:
      throw new Error(`Filter operator "${operator}" is not supported by the local poller`);
  }
}

/** A pattern's array against a field: any matcher against the value (or any element of it). */
function fieldMatches(matchers: Matcher[], value: unknown, present: boolean): boolean {
  // An array in the record matches when any one of its elements does (as Lambda's rules say).
  const values = Array.isArray(value) ? value : [value];
  return matchers.some((matcher) =>
    isObject(matcher) && 'exists' in matcher
      ? leafMatches(matcher, value, present)
      : values.some((v) => leafMatches(matcher, v, present)),
  );
}

function objectMatches(pattern: Record<string, unknown>, record: unknown): boolean {
  const fields = isObject(record) ? record : {};
  return Object.entries(pattern).every(([key, sub]) => {
    const present = key in fields && fields[key] !== undefined;
    if (Array.isArray(sub)) return fieldMatches(sub, fields[key], present);
    if (isObject(sub)) {
      // `{ exists: false }` on a nested object is written as an array; a nested pattern needs
      // the object to be there.
      return present && objectMatches(sub, fields[key]);
    }
    throw new Error(`Filter pattern value for "${key}" must be an array or an object`);
  });
}

/** Whether `record` (a raw stream record, as Lambda filters it) matches `pattern`. */
export const matchesPattern = (pattern: FilterPattern, record: unknown): boolean =>
  objectMatches(pattern, record);

/** Lambda delivers a record when any one filter matches; no filters deliver everything. */
export const matchesAnyFilter = (filters: readonly FilterPattern[], record: unknown): boolean =>
  filters.length === 0 || filters.some((pattern) => matchesPattern(pattern, record));
