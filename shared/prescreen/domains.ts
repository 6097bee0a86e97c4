import { LINK_TLDS } from '../prescreen-words';

/** Pattern pieces for domain names, shared by the email and link detectors. */

/** A domain label: letters or digits, hyphens inside, at most 63 characters. */
export const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
/** Not in the middle of an address, a word or a domain. */
export const ADDRESS_START = String.raw`(?<![\p{L}\p{N}._%+\-@/])`;
export const DOMAIN_END = String.raw`(?![\p{L}\p{N}_\-@])`;
export const TLD_ALTERNATIVES = [...LINK_TLDS].sort((a, b) => b.length - a.length).join('|');
