import type { Authenticator } from './auth';
import type { Config } from './config';
import type { CursorCodec } from './cursor';
import type { Db } from './dynamo';
import type { Logger } from './logger';
import type { MediaBucket } from './s3';
import type { DevIssuer } from '../dev-auth/dev-issuer';

/** Everything a context's routes need, created once per process by the entry point. */
export type Deps = {
  config: Config;
  db: Db;
  /** The media bucket (DESIGN §9); the client makes no request until one is sent. */
  media: MediaBucket;
  auth: Authenticator;
  cursors: CursorCodec;
  log: Logger;
  now: () => Date;
  /** Only with AUTH_MODE=local. */
  devIssuer?: DevIssuer;
};
