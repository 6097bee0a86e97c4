import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { accessibilityFeedbackRoutes } from './accessibility-feedback-routes';
import { callRoutes } from './call-routes';
import { curatorNoticeRoutes } from './curator-notice-routes';
import type { CurationContext } from './context';
import { exhibitionItemRoutes } from './exhibition-item-routes';
import { exhibitionRoutes } from './exhibition-routes';
import { exportRoutes } from './export-routes';
import { pickRoutes } from './pick-routes';
import { storyConsentRoutes } from './story-consent-routes';

/**
 * The curation context: museum picks, exhibitions and their stories (the kiosk's data), calls for
 * stories, exports,
 * notices for curators, and
 * feedback on barriers (the accessibility statement's form). Stories are read and changed only through the stories repository.
 */
export function curationRoutes(deps: Deps, context: CurationContext) {
  const app = createRouter();
  app.route('/', pickRoutes(deps, context));
  app.route('/', exhibitionRoutes(deps, context));
  app.route('/', exhibitionItemRoutes(deps, context));
  app.route('/', exportRoutes(deps, context));
  app.route('/', callRoutes(deps, context));
  app.route('/', curatorNoticeRoutes(deps, context));
  app.route('/', storyConsentRoutes(deps, context));
  app.route('/', accessibilityFeedbackRoutes(deps, context));
  return app;
}
