import { join } from 'node:path';
import { App, Tags, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from './constructs/context-function';
import { EdgeStack } from './edge-stack';
import { RuhrStoriesStack, type LogLevel } from './ruhr-stories-stack';

export const STACK_NAME = 'RuhrStories';
export const EDGE_STACK_NAME = 'RuhrStoriesEdge';
/** Where the data lives unless context `region` says otherwise: Frankfurt, in the EU. */
export const DEFAULT_REGION = 'eu-central-1';

const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export type CreateAppOptions = AppProps & {
  /** Defaults to web/build in the repository. */
  webBuildDir?: string;
};

/**
 * Builds the app exactly as `cdk synth` does, cdk-nag included, so the stack tests check what is
 * deployed. Context: `region` (default eu-central-1), `alarmEmail` (optional), `logLevel`
 * (default `info`) and `authOrigins` (optional, comma-separated: the identity provider's https
 * origins the web app calls, e.g. the managed-login domain and `https://cognito-idp.<region>.amazonaws.com`).
 */
export function createApp(options: CreateAppOptions = {}): {
  app: App;
  stack: RuhrStoriesStack;
  edge: EdgeStack;
} {
  const { webBuildDir = join(PROJECT_ROOT, 'web', 'build'), ...appProps } = options;
  const app = new App(appProps);
  // Cross-region references need the regions at synth; the account may stay open.
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = stringFrom(app.node.tryGetContext('region'), 'region') ?? DEFAULT_REGION;

  const edge = new EdgeStack(app, EDGE_STACK_NAME, {
    description: 'Ruhr Stories: the WAF web ACL of the CloudFront distribution (us-east-1 only)',
    env: { account, region: 'us-east-1' },
  });
  const stack = new RuhrStoriesStack(app, STACK_NAME, {
    description: 'Ruhr Stories: participatory platform of the Deutsches Bergbau-Museum Bochum',
    env: { account, region },
    crossRegionReferences: true,
    webBuildDir,
    logLevel: logLevelFrom(app.node.tryGetContext('logLevel')),
    webAclArn: edge.webAclArn,
    alarmEmail: alarmEmailFrom(app.node.tryGetContext('alarmEmail')),
    authOrigins: authOriginsFrom(app.node.tryGetContext('authOrigins')),
  });
  for (const each of [edge, stack]) Tags.of(each).add('project', 'ruhr-stories');

  // cdk-nag 3 is a policy validation plugin (no longer an Aspect): it runs at synth and fails it
  // on any finding that is not acknowledged with a reason.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, edge };
}

function stringFrom(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw new Error(`Context ${name} must be a string`);
  return value;
}

function alarmEmailFrom(value: unknown): string | undefined {
  const email = stringFrom(value, 'alarmEmail');
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new Error('Context alarmEmail must be an e-mail address');
  }
  return email;
}

function authOriginsFrom(value: unknown): string[] {
  const list = stringFrom(value, 'authOrigins');
  if (list === undefined) return [];
  return list.split(',').map((entry) => {
    const origin = entry.trim();
    if (!/^https:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`Context authOrigins must list https origins, not ${origin}`);
    }
    return origin;
  });
}

function logLevelFrom(value: unknown): LogLevel {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  if (!level) throw new Error(`Context logLevel must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}
