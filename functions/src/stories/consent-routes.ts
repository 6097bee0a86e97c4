import { createRoute } from '@hono/zod-openapi';
import { ConsentPatchSchema } from '../../../shared/schemas/curation';
import { StorySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, IdParams, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import { notFoundError, ProblemError } from '../core/problem-json';
import { requireUser } from '../core/require-user';
import { changeConsent } from './commands/change-consent';
import type { StoriesContext } from './context';
import { storyWithMedia } from './private-view';

const tags = ['stories'];

/** Consent after publication: the author narrows (or widens) how a story may be used. */
export function consentRoutes(deps: Deps, context: StoriesContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/stories/{id}/consent',
      operationId: 'changeConsent',
      description:
        'The author changes exhibition or research consent at any time. Withdrawing exhibition consent takes the story out of every exhibition and tells the curators; `online: false` (sent alone) withdraws the story.',
      tags,
      ...access.signedIn,
      summary:
        'The author changes exhibition or research consent at any time; online: false withdraws the story',
      request: { params: IdParams, body: jsonBody(ConsentPatchSchema) },
      responses: {
        200: jsonContent(StorySchema, 'The story with its consent as it is now'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const result = await changeConsent(context, user, id, c.req.valid('json'));
      if (result.ok)
        return c.json(await storyWithMedia(context.mediaLibrary, result.value, user), 200);
      if (result.reason === 'not-found') throw notFoundError('story');
      if (result.reason === 'forbidden') {
        throw new ProblemError(403, 'forbidden', 'Only the author can change consent for a story.');
      }
      if (result.reason === 'withdrawn') {
        throw new ProblemError(409, 'withdrawn', 'This story is withdrawn: it is used nowhere.');
      }
      throw new ProblemError(
        409,
        'state-conflict',
        'The story changed meanwhile. Please try again.',
      );
    },
  );

  return app;
}
