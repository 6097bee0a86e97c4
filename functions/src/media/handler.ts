import { mediaContextOf } from '../composition';
import { lambdaHandler } from '../lambda-entry';
import { mediaRoutes } from './routes';

/** Lambda entry of the media context (API Gateway HTTP API, payload v2). */
export const handler = await lambdaHandler('media', (deps) =>
  mediaRoutes(deps, mediaContextOf(deps)),
);
