import type { Call, CallDetail, CallExhibition, CallInput, CallPatch } from '$shared';
import { api, enc } from './client';

/** Calls for stories (DESIGN §10): curators ask, everyone reads, residents answer. */

/** Published calls, open ones first; curators also get drafts and waiting counts. */
export const listCalls = () => api<{ items: Call[] }>('GET', '/calls');

/** One call with its published answers; 404 for a draft unless the caller is a curator. */
export const getCall = (id: string) => api<CallDetail>('GET', `/calls/${enc(id)}`);

export const createCall = (input: CallInput) => api<Call>('POST', '/calls', input);

export const updateCall = (id: string, patch: CallPatch) =>
  api<Call>('PATCH', `/calls/${enc(id)}`, patch);

export const publishCall = (id: string) => api<Call>('POST', `/calls/${enc(id)}/publish`);

/** A draft exhibition from the call's published, consented answers. */
export const buildCallExhibition = (id: string) =>
  api<CallExhibition>('POST', `/calls/${enc(id)}/exhibition`);
