import { openApiDocument } from '../all-contexts';
import { lambdaHandler } from '../lambda-entry';
import { accountsContextRoutes } from './context-routes';

/**
 * Lambda entry of the accounts context (the caller, `/api/config`, the admins' people). It is also
 * the API's default route, so it serves health, the OpenAPI document and the reference (which
 * describe every context, so this bundle carries the other contexts' route declarations), and
 * the problem+json 404 for unknown paths.
 */
export const handler = await lambdaHandler('accounts', accountsContextRoutes, openApiDocument);
