import { openApiDocument } from '../all-contexts';
import { accountsContextOf } from '../composition';
import { lambdaHandler } from '../lambda-entry';
import { accountsRoutes } from './routes';

/**
 * Lambda entry of the accounts context. It is also the API's default route, so it serves health,
 * the OpenAPI document and the reference (which describe every context, so this bundle carries
 * the other contexts' route declarations), and the problem+json 404 for unknown paths.
 */
export const handler = await lambdaHandler(
  'accounts',
  (deps) => accountsRoutes(deps, accountsContextOf(deps)),
  openApiDocument,
);
