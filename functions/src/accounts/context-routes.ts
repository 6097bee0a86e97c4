import { accountsContextOf, adminContextOf, personalDataContextOf } from '../composition';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { adminRoutes } from './admin-routes';
import { clientConfigRoutes } from './config-routes';
import { erasureRoutes } from './erasure-routes';
import { personalDataRoutes } from './export-routes';
import { accountsRoutes } from './routes';

/**
 * Every route of the accounts context: the caller, the run-time config, the admins' people, and
 * the caller's data export.
 */
export function accountsContextRoutes(deps: Deps) {
  const app = createRouter();
  const accounts = accountsContextOf(deps);
  app.route('/', accountsRoutes(deps, accounts));
  app.route('/', erasureRoutes(accounts, accounts.directory));
  app.route('/', clientConfigRoutes(deps));
  app.route('/', adminRoutes(adminContextOf(deps)));
  app.route('/', personalDataRoutes(personalDataContextOf(deps)));
  return app;
}
