/**
 * Short links for stories (`/s/<code>`): six characters a gallery visitor can type from a printed
 * label or a kiosk screen. The code follows from the story id (a hash, so server and browser agree
 * without asking), and publication stores `SHORT#<code>` → story id. Two stories can share a code
 * (30 bits: about one pair in a million at a thousand stories); the link then lists both.
 */

/** Crockford's base-32 alphabet: no i, l, o or u, so nothing reads as another character. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const SHORT_CODE_LENGTH = 6;
export const SHORT_CODE_PATTERN = /^[0-9a-hjkmnp-tv-z]{6}$/;

/** The short code of a story id: FNV-1a over the id, its low 30 bits in six characters. */
export function shortCodeOf(storyId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < storyId.length; i++) {
    hash ^= storyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    code += ALPHABET[hash & 31];
    hash >>>= 5;
  }
  return code;
}

/**
 * A typed code as the link stores it: lower case, with the characters people confuse read the
 * way Crockford's alphabet does (o → 0, i and l → 1); undefined when it cannot be a code.
 */
export function normalizeShortCode(typed: string): string | undefined {
  const code = typed.trim().toLowerCase().replace(/o/g, '0').replace(/[il]/g, '1');
  return SHORT_CODE_PATTERN.test(code) ? code : undefined;
}

/** The path of a story's short link, e.g. `/s/k3m9qz`. */
export const shortLinkPath = (storyId: string) => `/s/${shortCodeOf(storyId)}`;
