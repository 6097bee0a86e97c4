import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { createStoryRepository } from '../stories/repository';
import { curatorNoticeRoutes } from './curator-notice-routes';
import { exhibitionItemRoutes } from './exhibition-item-routes';
import { createExhibitionRepository } from './exhibition-repository';
import { exhibitionRoutes } from './exhibition-routes';
import { exportRoutes } from './export-routes';
import { pickRoutes } from './pick-routes';

/**
 * The curation context: museum picks, exhibitions and their stories (the kiosk's data), exports,
 * and notices for curators. Stories are read and changed only through the stories repository.
 */
export function curationRoutes(deps: Deps) {
  const stories = createStoryRepository(deps.db);
  const exhibitions = createExhibitionRepository(deps.db);
  const app = createRouter();
  app.route('/', pickRoutes(deps, stories));
  app.route('/', exhibitionRoutes(deps, exhibitions));
  app.route('/', exhibitionItemRoutes(deps, stories, exhibitions));
  app.route('/', exportRoutes(deps, exhibitions));
  app.route('/', curatorNoticeRoutes(deps));
  return app;
}
