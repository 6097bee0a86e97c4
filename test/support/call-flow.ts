import type { Call, CallInput } from '../../shared/schemas/calls';
import { PERSONAS, type Persona, type TestApp } from './test-app';

const DAY = 24 * 60 * 60 * 1000;
/** An ISO time `days` from now (negative: in the past). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A valid new call, open from yesterday for a month; overrides are applied as they are. */
export function makeCallInput(overrides: Partial<CallInput> = {}): Partial<CallInput> {
  return {
    title: { de: 'Ihr letzter Arbeitstag', en: 'Your last working day' },
    question: {
      de: 'Wie war Ihr letzter Tag auf der Zeche?',
      en: 'What was your last day at the colliery like?',
    },
    intro: {
      de: 'Mit der letzten Schicht endete für viele ein Leben unter Tage.',
      en: 'For many, the last shift ended a life underground.',
    },
    prompts: [
      { de: 'Wer war an dem Tag bei Ihnen?', en: 'Who was with you that day?' },
      { de: 'Was haben Sie mitgenommen?' },
    ],
    themes: ['colliery', 'structural-change'],
    opensAt: daysFromNow(-1),
    closesAt: daysFromNow(30),
    ...overrides,
  };
}

async function expectStatus(
  res: Awaited<ReturnType<TestApp['call']>>,
  status: number,
  what: string,
) {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.json;
}

/** Kai (a curator) drafts a call. */
export async function createCall(
  t: TestApp,
  overrides: Partial<CallInput> = {},
  curator: Persona = PERSONAS.kai,
): Promise<Call> {
  const res = await t.call('POST', '/api/calls', { as: curator, body: makeCallInput(overrides) });
  return expectStatus(res, 201, 'create call');
}

/** Kai drafts a call and publishes it. */
export async function publishedCall(t: TestApp, overrides: Partial<CallInput> = {}): Promise<Call> {
  const { id } = await createCall(t, overrides);
  const res = await t.call('POST', `/api/calls/${id}/publish`, { as: PERSONAS.kai });
  return expectStatus(res, 200, 'publish call');
}
