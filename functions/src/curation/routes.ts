import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import type { CurationContext } from './context';
import { exhibitionRoutes } from './exhibition-routes';
import { exportRoutes } from './export-routes';
import { itemRoutes } from './item-routes';
import { noticeRoutes } from './notice-routes';
import { pickRoutes } from './pick-routes';

/**
 * The curation context: museum picks, exhibitions and their stories (the kiosk's data), exports,
 * and notices for curators. Stories are read and changed only through the stories repository.
 */
export function curationRoutes(deps: Deps, context: CurationContext) {
  const app = createRouter();
  app.route('/', pickRoutes(deps, context));
  app.route('/', exhibitionRoutes(deps, context));
  app.route('/', itemRoutes(deps, context));
  app.route('/', exportRoutes(deps, context));
  app.route('/', noticeRoutes(deps, context));
  return app;
}
