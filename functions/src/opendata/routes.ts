import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import type { OpendataContext } from './context';
import { oaiRoutes } from './oai/routes';
import { researchRoutes } from './research-routes';
import { statsRoutes } from './stats-routes';

/**
 * The opendata context: data for people outside the platform. Research exports (group
 * `researchers`), public statistics (everyone) and harvesting (OAI-PMH, aggregators) are each a
 * sub-router, mounted here.
 */
export function opendataRoutes(deps: Deps, context: OpendataContext) {
  const app = createRouter();
  app.route('/', researchRoutes(deps, context));
  app.route('/', statsRoutes(deps, context));
  app.route('/', oaiRoutes(deps, context));
  return app;
}
