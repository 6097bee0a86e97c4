import type {
  DecisionsSeen,
  Notification,
  NotificationPage,
  NotificationsRead,
  Page,
} from '$shared';
import type { ConsentEntry } from '$shared/schemas/consent-ledger';
import { api, query } from './client';

/** The accounts context's calls (DESIGN §7): the caller's profile, and the admins' people. */

export type Locale = 'de' | 'en';
export type DecisionMail = 'email' | 'none';

/** `GET /api/me`: the caller's profile; `displayName` is null until they chose one. */
export type Profile = {
  sub: string;
  displayName: string | null;
  groups: string[];
  locale: Locale;
  notifications: { decisions: DecisionMail; answers: DecisionMail };
  unseenDecisions: number;
  unreadNotifications: number;
};

/** What `PATCH /api/me` may change; every field is optional. */
export type ProfileChange = {
  displayName?: string;
  locale?: Locale;
  notifications?: { decisions?: DecisionMail; answers?: DecisionMail };
};

/** A person as the admins see them (`GET /api/admin/people`). */
export type Person = { sub: string; email: string; groups: string[]; displayName: string | null };

/** Who the token belongs to, with the number of decisions on their stories not yet seen. */
export const getMe = () => api<Profile>('GET', '/me');

/** Changes the caller's display name, language or e-mail choice; a 400 names the bad fields. */
export const updateMe = (change: ProfileChange) => api<Profile>('PATCH', '/me', change);

/** Marks every decision on the caller's stories as seen. */
export const markDecisionsSeen = () => api<DecisionsSeen>('POST', '/me/notices/seen');

/** A page of the caller's notifications (the museum's answers on their stories), newest first. */
export const getMyNotifications = (cursor: string | null = null) =>
  api<NotificationPage>('GET', `/me/notifications${query({ cursor })}`);

/** Marks every notification of the caller as read. */
export const markNotificationsRead = () => api<NotificationsRead>('POST', '/me/notifications/read');

export type { Notification };

/** A page of the caller's consent ledger, newest first. */
export const getMyConsents = (cursor: string | null = null) =>
  api<Page<ConsentEntry>>('GET', `/me/consents${query({ cursor })}`);

/** The people with exactly this e-mail address (admins only). */
export const findPeople = (email: string) =>
  api<{ items: Person[] }>('GET', `/admin/people${query({ email })}`);

/** Sets a person's staff groups (admins only); it shows from their next token. */
export const setGroups = (sub: string, groups: string[]) =>
  api<{ sub: string; email: string; groups: string[] }>(
    'PUT',
    `/admin/people/${encodeURIComponent(sub)}/groups`,
    { groups },
  );
