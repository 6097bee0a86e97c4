import type { MeWithUnseenDecisions, DecisionsSeen } from '$shared';
import { api } from './client';

/** The accounts context's calls (DESIGN §7): who the caller is, and what they have not seen. */

/** Who the token belongs to, with the number of decisions on their stories not yet seen. */
export const getMe = () => api<MeWithUnseenDecisions>('GET', '/me');

/** Marks every decision on the caller's stories as seen. */
export const markDecisionsSeen = () => api<DecisionsSeen>('POST', '/me/notices/seen');
