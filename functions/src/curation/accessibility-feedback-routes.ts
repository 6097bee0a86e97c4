import { AccountErasedError, createAccountRepository } from '../accounts/repository';
import { createRoute } from '@hono/zod-openapi';
import {
  AccessibilityFeedbackInputSchema,
  AccessibilityFeedbackReceiptSchema,
  AccessibilityFeedbackSchema,
} from '../../../shared/schemas/feedback';
import { PageQuerySchema } from '../../../shared/schemas/story';
import { rateLimitCaller } from '../core/caller-key';
import { rateLimitedError } from '../core/common-problems';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import {
  access,
  createdContent,
  jsonBody,
  jsonContent,
  pageOf,
  problemResponses,
} from '../core/openapi';
import { rateLimitItem } from '../core/rate-limit';
import { requireGroup } from '../core/require-user';
import { TransactionConditionError, transactWrite } from '../core/transact';
import type { CurationContext } from './context';

const LIST_PATH = '/curation/accessibility-feedback';

/**
 * The accessibility statement's feedback form (BITV 2.0 § 7): anyone reports a barrier, without
 * signing in; museum staff (curators) read the reports. E-mail to the museum comes later.
 */
export function accessibilityFeedbackRoutes(deps: Deps, context: CurationContext) {
  const { feedback } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/feedback/accessibility',
      operationId: 'sendAccessibilityFeedback',
      description:
        'Reports a barrier on the site to the museum. Anyone may send it, signed in or not; it is limited per person (or, without a sign-in, per network address) and hour. An optional contact detail is kept at most a year. `Location` names the curators’ list.',
      tags: ['curation'],
      ...access.anyone,
      summary: 'Report a barrier to the museum',
      request: { body: jsonBody(AccessibilityFeedbackInputSchema) },
      responses: {
        201: createdContent(AccessibilityFeedbackReceiptSchema, 'The feedback arrived'),
        ...problemResponses(400, 413, 415, 429),
      },
    }),
    async (c) => {
      const now = deps.now();
      const user = c.get('user');
      const accounts = createAccountRepository(context.db, deps.config.cursorSecret);
      const { item, stored } = feedback.newItem(c.req.valid('json'), now);
      try {
        await transactWrite(context.db, {
          feedback: item,
          rateLimit: rateLimitItem(
            context.db.tableName,
            rateLimitCaller(c, deps.config.cursorSecret),
            'feedback',
            now,
          ),
          // A signed-in sender's counter carries their sub: not for an erased account's token.
          erased: user ? accounts.notErasedItem(user.sub) : undefined,
        });
      } catch (error) {
        if (error instanceof TransactionConditionError && error.failed('erased'))
          throw new AccountErasedError();
        if (error instanceof TransactionConditionError && error.failed('rateLimit'))
          throw rateLimitedError(now, 'feedback');
        throw error;
      }
      c.header('location', `/api${LIST_PATH}`);
      return c.json({ id: stored.id, receivedAt: stored.receivedAt }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: LIST_PATH,
      operationId: 'listAccessibilityFeedback',
      description:
        'Feedback on barriers sent with the accessibility statement’s form, newest first, with the contact detail when one was given. Curators only.',
      tags: ['curation'],
      ...access.group('curators'),
      summary: 'Feedback on barriers, newest first',
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(pageOf(AccessibilityFeedbackSchema), 'A page of feedback'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { limit, cursor } = c.req.valid('query');
      const startKey = deps.cursors.startKey('accessibility-feedback', cursor);
      const page = await feedback.list(limit, startKey);
      return c.json(
        {
          items: page.items,
          nextCursor: deps.cursors.encode('accessibility-feedback', page.lastKey),
        },
        200,
      );
    },
  );

  return app;
}
