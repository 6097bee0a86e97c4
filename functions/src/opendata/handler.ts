import { opendataContextOf } from '../composition';
import { lambdaHandler } from '../lambda-entry';
import { opendataRoutes } from './routes';

/** Lambda entry of the opendata context (API Gateway HTTP API, payload v2). */
export const handler = await lambdaHandler('opendata', (deps) =>
  opendataRoutes(deps, opendataContextOf(deps)),
);
