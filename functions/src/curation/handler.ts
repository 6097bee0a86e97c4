import { curationContextOf } from '../composition';
import { lambdaHandler } from '../lambda-entry';
import { curationRoutes } from './routes';

/** Lambda entry of the curation context (API Gateway HTTP API, payload v2). */
export const handler = await lambdaHandler('curation', (deps) =>
  curationRoutes(deps, curationContextOf(deps)),
);
