import { storiesContextOf } from '../composition';
import { lambdaHandler } from '../lambda-entry';
import { storiesRoutes } from './routes';

/** Lambda entry of the stories context (API Gateway HTTP API, payload v2). */
export const handler = await lambdaHandler('stories', (deps) =>
  storiesRoutes(deps, storiesContextOf(deps)),
);
