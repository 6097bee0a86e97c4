import { lambdaHandler } from '../core/lambda-entry';

/**
 * Lambda entry of the accounts context. It is also the API's default route, so it serves health,
 * the OpenAPI document and the reference, and the problem+json 404 for unknown paths.
 */
export const handler = await lambdaHandler('accounts', { withDocs: true });
