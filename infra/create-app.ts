import { join } from 'node:path';
import { App, Tags, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from './constructs/context-function';
import { EdgeStack } from './edge-stack';
import type { LoginDomain } from './constructs/identity';
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
 * deployed. Context: `region` (default eu-central-1), `alarmEmail` (optional), `logLevel` (default
 * `info`), `siteDomain` + `siteCertificateArn`, `loginDomain` + `loginCertificateArn` or
 * `loginDomainPrefix`, and `mailFrom` (README, "Deploying").
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
    siteDomain: domainFrom(app, 'siteDomain', 'siteCertificateArn'),
    loginDomain: loginDomainFrom(app),
    mailFrom: emailFrom(app.node.tryGetContext('mailFrom'), 'mailFrom'),
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

function emailFrom(value: unknown, name: string): string | undefined {
  const email = stringFrom(value, name);
  if (email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new Error(`Context ${name} must be an e-mail address`);
  }
  return email;
}

const alarmEmailFrom = (value: unknown) => emailFrom(value, 'alarmEmail');

/** A custom domain and its ACM certificate (in us-east-1, as CloudFront wants): both or neither. */
function domainFrom(
  app: App,
  domainKey: string,
  certificateKey: string,
): { domainName: string; certificateArn: string } | undefined {
  const domainName = stringFrom(app.node.tryGetContext(domainKey), domainKey);
  const certificateArn = stringFrom(app.node.tryGetContext(certificateKey), certificateKey);
  if (!domainName && !certificateArn) return undefined;
  if (!domainName || !certificateArn) {
    throw new Error(`Context ${domainKey} and ${certificateKey} go together: set both or neither`);
  }
  if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domainName)) {
    throw new Error(
      `Context ${domainKey} must be a lower-case domain name such as ruhr-stories.de`,
    );
  }
  if (!/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn)) {
    throw new Error(`Context ${certificateKey} must be an ACM certificate ARN in us-east-1`);
  }
  return { domainName, certificateArn };
}

/**
 * The managed login's domain: `loginDomain` + `loginCertificateArn` for the museum's own (a
 * sub-domain of the site's, e.g. anmelden.ruhr-stories.de); else a Cognito prefix domain.
 */
function loginDomainFrom(app: App): LoginDomain {
  const custom = domainFrom(app, 'loginDomain', 'loginCertificateArn');
  if (custom) return { kind: 'custom', ...custom };
  const prefix = stringFrom(app.node.tryGetContext('loginDomainPrefix'), 'loginDomainPrefix');
  if (prefix !== undefined && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix)) {
    throw new Error('Context loginDomainPrefix must be lower-case letters, digits and hyphens');
  }
  return { kind: 'prefix', prefix: prefix ?? 'ruhr-stories' };
}

function logLevelFrom(value: unknown): LogLevel {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  if (!level) throw new Error(`Context logLevel must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}
