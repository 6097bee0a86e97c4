import { WORD_LIKE_TLDS } from '../prescreen-words';
import { ADDRESS_START, DOMAIN_END, LABEL, TLD_ALTERNATIVES } from './domains';
import { matchSpan, type Span } from './spans';

/** Links: http(s)/ftp URLs, www.… addresses and bare domains with a known top-level domain. */

const URL_CHARS = String.raw`[^\s<>"«»“”„]`;
const SCHEME_URL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:https?|ftp):\/\/${URL_CHARS}+`, 'giu');
const PORT_AND_PATH = String.raw`(?::\d{1,5})?(?:[/?#]${URL_CHARS}*)?`;
const WWW_URL = new RegExp(
  String.raw`${ADDRESS_START}www\.(?:${LABEL}\.)+\p{L}{2,63}${DOMAIN_END}${PORT_AND_PATH}`,
  'giu',
);
const BARE_DOMAIN = new RegExp(
  String.raw`${ADDRESS_START}((?:${LABEL}\.)+)(${TLD_ALTERNATIVES})${DOMAIN_END}(${PORT_AND_PATH})`,
  'giu',
);
const WORD_LIKE = new Set(WORD_LIKE_TLDS);
const TRAILING_PUNCTUATION = new Set([...'.,;:!?\'"*«»“”‘’…']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Where a URL ends once trailing punctuation and unbalanced closing brackets are cut off. */
function trimUrlEnd(text: string, start: number, end: number): number {
  let balance: Record<string, number> | undefined;
  while (end > start) {
    const last = text[end - 1] ?? '';
    if (TRAILING_PUNCTUATION.has(last)) {
      end -= 1;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener === undefined) break;
    // Closers minus openers in text[start, end), counted once and then kept up to date.
    balance ??= countBrackets(text.slice(start, end));
    if ((balance[last] ?? 0) <= 0) break;
    balance[last] = (balance[last] ?? 0) - 1;
    end -= 1;
  }
  return end;
}

function countBrackets(url: string): Record<string, number> {
  const balance: Record<string, number> = { ')': 0, ']': 0, '}': 0 };
  for (const char of url) {
    if (char in balance) balance[char] = (balance[char] ?? 0) + 1;
    else if (char === '(') balance[')'] = (balance[')'] ?? 0) - 1;
    else if (char === '[') balance[']'] = (balance[']'] ?? 0) - 1;
    else if (char === '{') balance['}'] = (balance['}'] ?? 0) - 1;
  }
  return balance;
}

export function findLinks(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    const trimmed = trimUrlEnd(text, start, end);
    if (trimmed > start) spans.push({ kind: 'link', start, end: trimmed });
  };
  for (const m of text.matchAll(SCHEME_URL)) {
    const span = matchSpan('link', m);
    // "https://" alone is not a link.
    if (trimUrlEnd(text, span.start, span.end) > span.start + m[0].indexOf('//') + 2) {
      push(span.start, span.end);
    }
  }
  for (const m of text.matchAll(WWW_URL)) push(m.index, m.index + m[0].length);
  for (const m of text.matchAll(BARE_DOMAIN)) {
    const host = m[1] ?? '';
    const tld = m[2] ?? '';
    const rest = m[3] ?? '';
    const labels = host.split('.').filter(Boolean);
    const name = labels[labels.length - 1] ?? '';
    // Domains are written in lower case; "Ende.De" or "Bochum.It" is a missing space.
    if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) continue;
    // The name before the top-level domain needs a letter: "1.de" is not a site.
    if (!/\p{L}/u.test(name) || name.length < 2) continue;
    if (
      WORD_LIKE.has(tld.toLowerCase()) &&
      rest.length <= 1 &&
      labels.length < 2 &&
      !/[\p{N}\-]/u.test(host)
    ) {
      continue;
    }
    const span = matchSpan('link', m);
    push(span.start, span.end);
  }
  return spans;
}
