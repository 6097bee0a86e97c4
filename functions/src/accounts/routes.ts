import { createRoute } from '@hono/zod-openapi';
import {
  DecisionsSeenSchema,
  isStaff,
  MeSchema,
  profilePatchSchema,
  ProfilePatchSchema,
  type Me,
  type ProfileLocale,
} from '../../../shared/schemas/account';
import { ConsentLedgerPageSchema } from '../../../shared/schemas/consent-ledger';
import {
  NotificationPageSchema,
  NotificationsReadSchema,
} from '../../../shared/schemas/notification';
import { PageQuerySchema } from '../../../shared/schemas/story';
import type { User } from '../core/auth';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import { fieldErrors, ProblemError } from '../core/problem-json';
import { requireUser } from '../core/require-user';
import { changeProfile } from './commands/change-profile';
import type { AccountsContext } from './context';
import type { ProfileRecord } from './repository';

const tags = ['accounts'];

/** The first of German and English the browser asks for (by q-value), else German. */
export function localeFromAcceptLanguage(header: string | undefined): ProfileLocale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return {
        language: tag.trim().toLowerCase().split('-')[0],
        q: Number.isNaN(q) ? 0 : q,
        index,
      };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((entry) => entry.language === 'de' || entry.language === 'en');
  return (found?.language as ProfileLocale | undefined) ?? 'de';
}

const toMe = (
  user: User,
  profile: ProfileRecord,
  notices: { unseenDecisions: number; unreadNotifications: number },
): Me => ({
  sub: user.sub,
  displayName: profile.displayName,
  groups: user.groups,
  locale: profile.locale,
  notifications: profile.notifications,
  unseenDecisions: notices.unseenDecisions,
  unreadNotifications: notices.unreadNotifications,
});

/** The accounts context: who the caller is, their profile, and what they have not seen yet. */
export function accountsRoutes(deps: Deps, context: AccountsContext) {
  const { accounts } = context;
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      operationId: 'getMe',
      description:
        'Who the caller is: subject, roles, their profile (display name, language, notification choice) and how many moderator decisions on their stories they have not seen yet. The first call makes the profile: no display name yet (`null`: the web app then asks for one), the language from `Accept-Language` (German or English, else German), no e-mails.',
      tags,
      ...access.signedIn,
      summary: 'The signed-in caller, their profile and the number of decisions not yet seen',
      responses: {
        200: jsonContent(MeSchema, 'The caller'),
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const found = await accounts.me(user.sub);
      const profile =
        found.profile ??
        (await accounts.ensureProfile(
          user.sub,
          { locale: localeFromAcceptLanguage(c.req.header('accept-language')) },
          context.now(),
        ));
      return c.json(toMe(user, profile, found), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/me',
      operationId: 'updateMe',
      description:
        'Changes the caller’s profile: display name, language, notification choice (any of them). A new display name is shown from now on on everything the caller wrote: their stories (under their name; an anonymous story stays anonymous), comments, feed cards, museum picks and exhibitions. Staff words (Museum, Moderation, Team, …) are kept for the museum’s staff (moderators, curators, researchers, admins): for anyone else they are a 400 with a field error.',
      tags,
      ...access.signedIn,
      summary: 'Changes the caller’s display name, language or notification choice',
      request: { body: jsonBody(ProfilePatchSchema) },
      responses: {
        200: jsonContent(MeSchema, 'The caller, with the changed profile'),
        ...problemResponses(400, 401, 413, 415),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      // The document's schema holds for everyone; a resident's name is checked again for staff words.
      const checked = profilePatchSchema({ staff: isStaff(user.groups) }).safeParse(
        c.req.valid('json'),
      );
      if (!checked.success)
        throw new ProblemError(400, 'validation-error', 'Some fields are not valid.', {
          errors: fieldErrors(checked.error),
        });
      const profile = await changeProfile(context, user, checked.data, {
        locale: localeFromAcceptLanguage(c.req.header('accept-language')),
      });
      return c.json(toMe(user, profile, await accounts.noticeCounts(user.sub)), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/consents',
      operationId: 'listMyConsents',
      description:
        'The caller’s consent ledger, newest first: every consent they gave or withdrew, per story and use (online, exhibition, research), with the licence and terms version it was given under and what made it (`source`): the submission, an edit, a consent change, the story’s withdrawal, or `migrated` for a story written before the ledger existed (its consent as it stood then, dated to its submission). Granting a withdrawn consent again is a new entry; no entry is ever changed.',
      tags,
      ...access.signedIn,
      summary: "The caller's consent ledger, newest first",
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(ConsentLedgerPageSchema, 'A page of the ledger'),
        ...problemResponses(400, 401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { limit, cursor } = c.req.valid('query');
      // Bound to the person: a cursor from someone else's ledger cannot page this one.
      const scope = `consents:${user.sub}`;
      const startKey = deps.cursors.startKey(scope, cursor);
      const page = await accounts.consents(user.sub, { limit, startKey });
      return c.json(
        { items: page.items, nextCursor: deps.cursors.encode(scope, page.lastKey) },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/notices/seen',
      operationId: 'markNoticesSeen',
      description:
        'Marks every moderator decision on the caller’s stories as seen; the count in `GET /api/me` becomes 0.',
      tags,
      ...access.signedIn,
      summary: "Marks every decision on the caller's stories as seen",
      responses: {
        200: jsonContent(DecisionsSeenSchema, 'Seen'),
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      await accounts.markDecisionsSeen(user.sub);
      return c.json({ unseenDecisions: 0 as const }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/notifications',
      operationId: 'listMyNotifications',
      description:
        'The caller’s notifications, newest first: each time a curator or researcher of the museum answered on one of their stories (`museum-answer`), with the story, the answer’s comment id and whether it is read. `unread` counts those not yet marked read. Only the person themselves can read their notifications; nothing in them names who answered.',
      tags,
      ...access.signedIn,
      summary: "The caller's notifications, newest first",
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(NotificationPageSchema, 'A page of notifications'),
        ...problemResponses(400, 401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { limit, cursor } = c.req.valid('query');
      // Bound to the person: a cursor from someone else's list cannot page this one.
      const scope = `notifications:${user.sub}`;
      const startKey = deps.cursors.startKey(scope, cursor);
      const page = await accounts.notifications(user.sub, { limit, startKey });
      return c.json(
        {
          items: page.items,
          nextCursor: deps.cursors.encode(scope, page.lastKey),
          unread: page.unread,
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/notifications/read',
      operationId: 'markNotificationsRead',
      description:
        'Marks every notification of the caller as read; `unreadNotifications` in `GET /api/me` becomes 0.',
      tags,
      ...access.signedIn,
      summary: "Marks the caller's notifications as read",
      responses: {
        200: jsonContent(NotificationsReadSchema, 'Read'),
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      await accounts.markNotificationsRead(user.sub, context.now().toISOString());
      return c.json({ unreadNotifications: 0 as const }, 200);
    },
  );
  return app;
}
