import { join } from 'node:path';
import { App, Tags, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from './constructs/context-function';
import { RuhrStoriesStack, type LogLevel } from './ruhr-stories-stack';

export const STACK_NAME = 'RuhrStories';

const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export type CreateAppOptions = AppProps & {
  /** Defaults to web/build in the repository. */
  webBuildDir?: string;
};

/**
 * Builds the app exactly as `cdk synth` does, cdk-nag included, so the stack tests check what is
 * deployed. Context: `cursorSecret` (16+ characters, optional) and `logLevel` (default `info`).
 */
export function createApp(options: CreateAppOptions = {}): { app: App; stack: RuhrStoriesStack } {
  const { webBuildDir = join(PROJECT_ROOT, 'web', 'build'), ...appProps } = options;
  const app = new App(appProps);

  const stack = new RuhrStoriesStack(app, STACK_NAME, {
    description: 'Ruhr Stories: participatory platform of the Deutsches Bergbau-Museum Bochum',
    webBuildDir,
    cursorSecret: cursorSecretFrom(app.node.tryGetContext('cursorSecret')),
    logLevel: logLevelFrom(app.node.tryGetContext('logLevel')),
  });
  Tags.of(stack).add('project', 'ruhr-stories');

  // cdk-nag 3 is a policy validation plugin (no longer an Aspect): it runs at synth and fails it
  // on any finding that is not acknowledged with a reason.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

function cursorSecretFrom(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length < 16) {
    throw new Error('Context cursorSecret must be a string of at least 16 characters');
  }
  return value;
}

function logLevelFrom(value: unknown): LogLevel {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  if (!level) throw new Error(`Context logLevel must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}
