import { moderationContextOf } from '../composition';
import { lambdaHandler } from '../lambda-entry';
import { moderationRoutes } from './routes';

/** Lambda entry of the moderation context (API Gateway HTTP API, payload v2). */
export const handler = await lambdaHandler('moderation', (deps) =>
  moderationRoutes(deps, moderationContextOf(deps)),
);
