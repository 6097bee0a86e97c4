import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import type { OpendataContext } from './context';

/** Public statistics (DESIGN §10), read from the counters of the stats-counter event handler. */
export function statsRoutes(_deps: Deps, _context: OpendataContext) {
  const app = createRouter();
  return app;
}
