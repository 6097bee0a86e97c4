import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import type { OpendataContext } from './context';

/** Research data (DESIGN §10): the export of consented stories and its data dictionary. */
export function researchRoutes(_deps: Deps, _context: OpendataContext) {
  const app = createRouter();
  return app;
}
