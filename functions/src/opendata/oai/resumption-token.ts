import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { THEMES } from '../../../../shared/vocabulary';

/** How long a token may be used: a day, ample for a harvester to ask for the next page. */
export const TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * What a resumption token carries: the list request it continues (verb, format, set, range),
 * where the last page ended (`after`, a list entry's sort key: `<datestamp>#<id>`), how many
 * records came before the next page (the protocol's `cursor`) and when it expires.
 */
const TokenSchema = z
  .object({
    verb: z.enum(['ListIdentifiers', 'ListRecords']),
    metadataPrefix: z.literal('oai_dc'),
    set: z.enum(THEMES).optional(),
    from: z.string().max(25).optional(),
    until: z.string().max(25).optional(),
    after: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z#[0-9A-Z]{26}$/),
    cursor: z.number().int().min(0).max(1e9),
    expires: z.number().int(),
  })
  .strict();
export type ResumptionState = z.infer<typeof TokenSchema>;

const MAC_BYTES = 16;

/**
 * Opaque resumption tokens: the state as base64url JSON, then an HMAC-SHA256 of it (cut to
 * 128 bits) under a key derived from the deployment's cursor secret. A token that was altered,
 * forged, made for another verb or is past its expiry is refused (badResumptionToken); the state
 * names only public records, so it needs no encryption.
 */
export function createResumptionTokens(secret: string) {
  const key = createHmac('sha256', 'ruhr-stories oai resumption v1').update(secret).digest();
  const mac = (body: string) =>
    createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);

  return {
    encode(state: ResumptionState): string {
      const body = Buffer.from(JSON.stringify(state)).toString('base64url');
      return `${body}.${mac(body).toString('base64url')}`;
    },
    /** The state, or null for a token this repository did not issue, or issued for another verb. */
    decode(token: string, verb: string, now: Date): ResumptionState | null {
      const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{22})$/.exec(token);
      if (!match) return null;
      const [, body = '', signature = ''] = match;
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== MAC_BYTES || !timingSafeEqual(given, mac(body))) return null;
      try {
        const parsed = TokenSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString()));
        if (!parsed.success || parsed.data.verb !== verb) return null;
        if (parsed.data.expires * 1000 < now.getTime()) return null;
        return parsed.data;
      } catch {
        return null;
      }
    },
  };
}
export type ResumptionTokens = ReturnType<typeof createResumptionTokens>;
