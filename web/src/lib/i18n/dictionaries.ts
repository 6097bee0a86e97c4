import * as deParts from './de/index';
import * as enParts from './en/index';

type Part = Record<string, string>;
type Combined<Parts> = (
  Parts[keyof Parts] extends infer P ? (P extends unknown ? (part: P) => void : never) : never
) extends (part: infer All) => void
  ? All
  : never;

/** One language's parts as one dictionary; dictionaries.test.ts checks that no key is in two parts. */
const combine = <Parts extends Record<string, Part>>(parts: Parts): Combined<Parts> =>
  Object.assign({}, ...Object.values(parts));

/**
 * Each language's dictionary in parts, one per key-prefix group (de/story.ts, en/story.ts, …).
 * Every user-visible string lives in them. Placeholders are `{name}`; plural pairs end in `.one` /
 * `.other` (used through `tn`).
 */
export const parts = { de: deParts, en: enParts } as const;

/** German, the site's first language; its keys define `MessageKey`. */
export const de = combine(deParts);
/** English. Each part is typed by its German part: a missing or an extra key is a compile error. */
export const en: Dictionary = combine(enParts);

export type MessageKey = keyof typeof de;
/** A complete dictionary: every key of the German one, and no other. */
export type Dictionary = Record<MessageKey, string>;
