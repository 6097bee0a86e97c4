import { identityDirectoryOf } from '../composition';
import { createAccountRepository } from '../accounts/repository';
import type { IdentityDirectory } from '../accounts/identity-directory';
import type { Config } from '../core/config';
import { createDocumentClient, type Db } from '../core/dynamo';
import { createLogger, type Logger } from '../core/logger';
import { createMailer, type Mailer } from '../core/mailer';
import { createS3Client } from '../core/s3';
import { createCdnInvalidator } from './cdn-invalidator';
import { EVENT_HANDLERS, type HandlerEntry, type HandlerName } from './catalogue';
import type { EventHandler } from './change-record';
import { createMediaPublisher } from './media-publisher';
import { createAnswerNotifier } from './answer-notifier';
import { createNotifier } from './notifier';
import { createStoryRepository } from '../stories/repository';
import { createOaiRecordsHandler } from './oai-records';
import { createOaiRepository } from '../opendata/oai/repository';
import { createRetentionHandler } from './retention';
import { createStatsCounter } from './stats-counter';

/** What the stream handlers are built from: the table, the mail, the identity provider. */
export type EventDeps = {
  config: Config;
  db: Db;
  log: Logger;
  now: () => Date;
  mailer: Mailer;
  directory: IdentityDirectory | null;
};

/** The clients, made once per process (a Lambda's cold start, `npm start`, a test). */
export function createEventDeps(config: Config, service: string): EventDeps {
  return {
    config,
    db: { doc: createDocumentClient(config), tableName: config.tableName },
    log: createLogger(service, config.logLevel),
    now: () => new Date(),
    mailer: createMailer(config),
    directory: identityDirectoryOf(config),
  };
}

function siteUrlOf(config: Config): string {
  if (!config.siteUrl) throw new Error('SITE_URL is required: decision e-mails link to the site');
  return config.siteUrl;
}

/**
 * Each catalogue entry's handler, from the deps. A handler registers itself with one line here;
 * an entry without one is not run locally (and its Lambda entry cannot build it).
 */
const FACTORIES: { [Name in HandlerName]?: (deps: EventDeps) => EventHandler } = {
  notifier: (deps) => {
    const shared = {
      db: deps.db,
      accounts: createAccountRepository(deps.db),
      directory: deps.directory,
      mailer: deps.mailer,
      siteUrl: siteUrlOf(deps.config),
      log: deps.log,
      now: deps.now,
    };
    // One Lambda, two kinds of news for a story's author: decisions, and the museum's answers.
    const decisions = createNotifier(shared);
    const answers = createAnswerNotifier({ ...shared, stories: createStoryRepository(deps.db) });
    return async (changes) => {
      await decisions(changes);
      await answers(changes);
    };
  },
  retention: (deps) => createRetentionHandler({ db: deps.db, log: deps.log }),
  'stats-counter': (deps) => createStatsCounter({ db: deps.db, log: deps.log, now: deps.now }),
  'media-publisher': (deps) =>
    createMediaPublisher({
      bucket: { s3: createS3Client(deps.config), bucket: deps.config.mediaBucket },
      cdn: createCdnInvalidator(deps.config),
      log: deps.log,
    }),
  'oai-records': (deps) =>
    createOaiRecordsHandler({
      records: createOaiRepository(deps.db),
      now: deps.now,
      log: deps.log,
    }),
};

/** The handler of one entry (a Lambda entry builds its own). */
export function eventHandler(name: HandlerName, deps: EventDeps): EventHandler {
  const factory = FACTORIES[name];
  if (!factory) throw new Error(`No event handler is registered for "${name}" (handlers.ts)`);
  return factory(deps);
}

/** Every registered entry with its filters and handler: what the local poller runs. */
export function eventHandlers(
  deps: EventDeps,
): { name: HandlerName; filters: HandlerEntry['filters']; handle: EventHandler }[] {
  return EVENT_HANDLERS.flatMap((entry) =>
    FACTORIES[entry.name]
      ? [{ name: entry.name, filters: entry.filters, handle: eventHandler(entry.name, deps) }]
      : [],
  );
}
