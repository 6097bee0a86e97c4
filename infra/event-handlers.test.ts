import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVENT_HANDLERS,
  type HandlerEntry,
  type HandlerName,
} from '../functions/src/events/catalogue';
import { PROJECT_ROOT } from './constructs/context-function';
import {
  DEAD_LETTER_RETENTION,
  EVENT_HANDLER_TIMEOUT,
  EventHandlerFunction,
  STREAM_READING,
} from './constructs/event-handler-function';
import { DIRECTORY_ACTIONS, Identity } from './constructs/identity';
import { MediaBucket } from './constructs/media-bucket';
import { StoriesTable } from './constructs/stories-table';
import { ITERATOR_AGE_THRESHOLD } from './constructs/monitoring';
import { createApp } from './create-app';
import type { RuhrStoriesStack } from './ruhr-stories-stack';

type Resource = { Type: string; Properties: Record<string, any> };
type NagReport = {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string }[] }[];
};

const MAIL_FROM = 'noreply@ruhr-stories.example';
// As stack.test.ts, but without bundling: these tests read the template, not the bundles.
const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
const context = {
  ...cdkJson.context,
  '@aws-cdk/core:failSynthOnValidationErrors': false,
  'aws:cdk:bundling-stacks': [],
  mailFrom: MAIL_FROM,
};

let work: string;
let stack: RuhrStoriesStack;
let template: Template;
let report: NagReport;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ruhr-stories-events-'));
  const created = createApp({
    context,
    outdir: join(work, 'cdk.out'),
    webBuildDir: join(work, 'no-such-build'),
  });
  stack = created.stack;
  const assembly = created.app.synth();
  report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  template = Template.fromStack(stack);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const resourcesOf = (type: string) => template.findResources(type) as Record<string, Resource>;
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);
const tableId = () => Object.keys(resourcesOf('AWS::DynamoDB::Table'))[0]!;

const handlerFunctionId = (name: HandlerName) => logicalId(stack.eventHandlers[name].fn);
const handlerFunction = (name: HandlerName) =>
  resourcesOf('AWS::Lambda::Function')[handlerFunctionId(name)]!;
const queueId = (name: HandlerName) => logicalId(stack.eventHandlers[name].deadLetterQueue);

/** The event source mappings that invoke one handler's function. */
const mappingsOf = (name: HandlerName) =>
  Object.values(resourcesOf('AWS::Lambda::EventSourceMapping')).filter(
    (mapping) => mapping.Properties.FunctionName.Ref === handlerFunctionId(name),
  );

/** Every IAM statement granted to the role of one Lambda function (by logical id). */
function statementsOfFunction(functionId: string): any[] {
  const fn = resourcesOf('AWS::Lambda::Function')[functionId]!;
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(resourcesOf('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: any) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
const actionsOf = (statements: any[], prefix: string) =>
  statements
    .flatMap((statement) => [statement.Action].flat() as string[])
    .filter((action) => action.startsWith(prefix))
    .sort();

/** Every Lambda function of the stack that is ours (Node), by logical id. */
const ourFunctionIds = () =>
  Object.entries(resourcesOf('AWS::Lambda::Function'))
    .filter(([, fn]) => String(fn.Properties.Runtime).startsWith('nodejs'))
    .map(([id]) => id);

const names = EVENT_HANDLERS.map((handler) => handler.name);

describe('the table stream', () => {
  it('carries new and old images of every change', () => {
    expect(resourcesOf('AWS::DynamoDB::Table')[tableId()]!.Properties.StreamSpecification).toEqual({
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
  });
});

describe('one function per catalogue entry', () => {
  it('exists for every entry of EVENT_HANDLERS, and for no other name', () => {
    expect(Object.keys(stack.eventHandlers).sort()).toEqual([...names].sort());
    const ids = new Set(names.map(handlerFunctionId));
    expect(ids.size).toBe(names.length);
  });

  it('refuses an entry outside functions/src/events, before anything is bundled', () => {
    const bare = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Bare', {
      env: { region: 'eu-central-1' },
    });
    const identity = new Identity(bare, 'Identity', {
      loginDomain: { kind: 'prefix', prefix: 'ruhr-stories' },
      mailFrom: MAIL_FROM,
      customMessage: LambdaFunction.fromFunctionName(bare, 'Trigger', 'trigger'),
    });
    const table = new StoriesTable(bare, 'Table');
    const media = {
      bucket: new MediaBucket(bare, 'Media', { siteOrigins: ['https://ruhr-stories.example'] }),
      distribution: Distribution.fromDistributionAttributes(bare, 'Cdn', {
        distributionId: 'E2EXAMPLE',
        domainName: 'd111111abcdef8.cloudfront.net',
      }),
    };
    let made = 0;
    const make =
      (entry: string, needs: Record<string, boolean> = {}) =>
      () =>
        new EventHandlerFunction(bare, `Handler${(made += 1)}`, {
          handler: { name: 'stray', entry, filters: [], needs },
          table,
          identity,
          media,
          environment: {},
        });
    expect(make('functions/src/stories/handler.ts')).toThrow(/must be a file in functions/);
    expect(make('functions/src/events/nested/x.ts')).toThrow(/must be a file in functions/);
    // A need the stack cannot grant (a misspelt or new flag) is no handler without its rights.
    expect(make('functions/src/events/retention-lambda.ts', { bucket: true })).toThrow(
      /stray needs bucket: the stack grants only ses, directory, media/,
    );
  });

  it('names each handler and its dead-letter queue in the stack outputs, for a replay', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    for (const name of names) {
      // `media-publisher` → `MediaPublisher`: an output's logical id is letters and digits only.
      const capitalized = name.replace(/(^|-)(.)/g, (_, __, letter: string) =>
        letter.toUpperCase(),
      );
      expect(outputs[`${capitalized}HandlerFunctionName`]?.Value).toEqual({
        Ref: handlerFunctionId(name),
      });
      expect(outputs[`${capitalized}DeadLetterQueueUrl`]?.Value).toEqual({ Ref: queueId(name) });
    }
  });

  it("has the project's defaults: arm64, Node 22, traced, source maps, a month of logs", () => {
    for (const name of names) {
      const fn = handlerFunction(name);
      expect(fn.Properties, name).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 512,
        Timeout: EVENT_HANDLER_TIMEOUT.toSeconds(),
        TracingConfig: { Mode: 'Active' },
      });
      expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
      const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref;
      expect(resourcesOf('AWS::Logs::LogGroup')[logGroupId]!.Properties.RetentionInDays).toBe(30);
    }
  });

  it('get the table, the site, and the pool and sender only where needed; no secret', () => {
    for (const entry of EVENT_HANDLERS) {
      const env = handlerFunction(entry.name).Properties.Environment.Variables;
      expect(env.TABLE_NAME).toEqual({ Ref: tableId() });
      expect(env.LOG_LEVEL).toBe('info');
      expect(JSON.stringify(env.SITE_URL)).toMatch(/Distribution.*DomainName/);
      // It verifies no tokens and serves no requests: no sign-in settings, no secrets.
      for (const name of Object.keys(env)) expect(name, entry.name).not.toMatch(/^AUTH_|SECRET/);
      expect(env).not.toHaveProperty('DYNAMODB_ENDPOINT');
      const secretReads = actionsOf(
        statementsOfFunction(handlerFunctionId(entry.name)),
        'secretsmanager:',
      );
      expect(secretReads, entry.name).toEqual([]);
      const needs: HandlerEntry['needs'] = entry.needs;
      if (needs.directory) {
        expect(env.USER_POOL_ID, entry.name).toEqual({ Ref: expect.stringMatching(/UserPool/) });
      } else {
        expect(env, entry.name).not.toHaveProperty('USER_POOL_ID');
      }
      if (needs.ses) expect(env.MAIL_FROM, entry.name).toBe(`Ruhr Stories <${MAIL_FROM}>`);
      else expect(env, entry.name).not.toHaveProperty('MAIL_FROM');
    }
  });
});

describe('the event source mappings', () => {
  it('read the table stream, one mapping per handler, with its filter patterns', () => {
    expect(Object.keys(resourcesOf('AWS::Lambda::EventSourceMapping'))).toHaveLength(names.length);
    for (const entry of EVENT_HANDLERS) {
      const [mapping, ...others] = mappingsOf(entry.name);
      expect(others, entry.name).toEqual([]);
      expect(mapping!.Properties.EventSourceArn).toEqual({
        'Fn::GetAtt': [tableId(), 'StreamArn'],
      });
      // One filter per pattern, the pattern as JSON: Lambda delivers a record matching any one.
      const patterns = mapping!.Properties.FilterCriteria.Filters.map((filter: any) =>
        JSON.parse(filter.Pattern),
      );
      expect(patterns, entry.name).toEqual(entry.filters);
    }
  });

  it('bisect a failing batch, retry it a bounded number of times, then send it to the DLQ', () => {
    for (const name of names) {
      expect(mappingsOf(name)[0]!.Properties, name).toMatchObject({
        StartingPosition: 'LATEST',
        BatchSize: STREAM_READING.batchSize,
        MaximumBatchingWindowInSeconds: STREAM_READING.maxBatchingWindow.toSeconds(),
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: STREAM_READING.retryAttempts,
        MaximumRecordAgeInSeconds: STREAM_READING.maxRecordAge.toSeconds(),
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [queueId(name), 'Arn'] } },
        },
      });
      // Bounded, and well inside the stream's 24 hours so a failed batch can still be replayed.
      expect(STREAM_READING.retryAttempts).toBeGreaterThan(0);
      expect(STREAM_READING.maxRecordAge.toHours()).toBeLessThan(24);
      // Changes to one item arrive in order: one batch per shard at a time.
      expect(mappingsOf(name)[0]!.Properties.ParallelizationFactor ?? 1).toBe(1);
    }
  });

  it('have each its own dead-letter queue: encrypted, TLS only, kept 14 days', () => {
    const queues = resourcesOf('AWS::SQS::Queue');
    expect(new Set(names.map(queueId)).size).toBe(names.length);
    for (const name of names) {
      expect(queues[queueId(name)]!.Properties, name).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: DEAD_LETTER_RETENTION.toSeconds(),
      });
      expect(DEAD_LETTER_RETENTION.toDays()).toBe(14);
      const policies = Object.values(resourcesOf('AWS::SQS::QueuePolicy')).filter((policy) =>
        policy.Properties.Queues.some((queue: any) => queue.Ref === queueId(name)),
      );
      const statements = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
      expect(statements, name).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });
});

describe('the alarms of the event handlers', () => {
  const alarms = () => Object.values(resourcesOf('AWS::CloudWatch::Alarm'));
  const topicId = () => Object.keys(resourcesOf('AWS::SNS::Topic'))[0]!;
  /** Alarms on one metric whose dimension is the given resource (a Ref or a GetAtt of its id). */
  const alarmsOn = (namespace: string, metric: string, resourceId: string) =>
    alarms().filter(
      (alarm) =>
        alarm.Properties.Namespace === namespace &&
        alarm.Properties.MetricName === metric &&
        alarm.Properties.Dimensions?.some(
          (d: any) => d.Value?.Ref === resourceId || d.Value?.['Fn::GetAtt']?.[0] === resourceId,
        ),
    );
  const toTheTopic = () => ({
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    EvaluationPeriods: 1,
    // No changes, no data: that is no alarm.
    TreatMissingData: 'notBreaching',
    AlarmActions: [{ Ref: topicId() }],
    OKActions: [{ Ref: topicId() }],
  });

  it('fire when a handler falls behind the stream', () => {
    for (const name of names) {
      const [alarm, ...others] = alarmsOn('AWS/Lambda', 'IteratorAge', handlerFunctionId(name));
      expect(others, name).toEqual([]);
      expect(alarm?.Properties, name).toMatchObject({
        Statistic: 'Maximum',
        Threshold: ITERATOR_AGE_THRESHOLD.toMilliseconds(),
        ...toTheTopic(),
      });
    }
  });

  it('fire on the first batch in a dead-letter queue', () => {
    for (const name of names) {
      const [alarm, ...others] = alarmsOn(
        'AWS/SQS',
        'ApproximateNumberOfMessagesVisible',
        queueId(name),
      );
      expect(others, name).toEqual([]);
      expect(alarm?.Properties, name).toMatchObject({
        Statistic: 'Maximum',
        Threshold: 1,
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId(name), 'QueueName'] } }],
        ...toTheTopic(),
      });
      expect(alarm!.Properties.AlarmDescription).toMatch(/dead-letter queue/);
    }
  });

  it('include errors and throttles, as for every function', () => {
    for (const name of names) {
      for (const metric of ['Errors', 'Throttles']) {
        expect(
          alarmsOn('AWS/Lambda', metric, handlerFunctionId(name)),
          `${metric} ${name}`,
        ).toHaveLength(1);
      }
    }
  });
});

describe('the grants', () => {
  it('let each handler read and write table items, never scan, and read the stream', () => {
    for (const name of names) {
      const statements = statementsOfFunction(handlerFunctionId(name));
      const items = actionsOf(statements, 'dynamodb:').filter(
        (action) => !/Stream|Shard|Records/.test(action),
      );
      expect(items, name).toEqual(
        [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ].sort(),
      );
      const streamReads = statements.filter((statement) =>
        [statement.Action].flat().includes('dynamodb:GetRecords'),
      );
      expect(
        streamReads.flatMap((statement) => [statement.Resource].flat()),
        name,
      ).toEqual([{ 'Fn::GetAtt': [tableId(), 'StreamArn'] }]);
    }
  });

  it('let the stats counter write only its counters and markers', () => {
    const statements = statementsOfFunction(handlerFunctionId('stats-counter'));
    const writes = statements.filter((statement) =>
      [statement.Action].flat().includes('dynamodb:PutItem'),
    );
    expect(writes).toHaveLength(1);
    expect(writes[0].Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['STATS', 'STATS#RECORD#*'] },
    });
  });

  it('let only handlers that need SES send, from mailFrom on its identity only', () => {
    const senders = ourFunctionIds().filter(
      (id) => actionsOf(statementsOfFunction(id), 'ses:').length > 0,
    );
    const needing = EVENT_HANDLERS.filter((entry) => (entry.needs as { ses?: boolean }).ses);
    expect(senders.sort()).toEqual(needing.map((entry) => handlerFunctionId(entry.name)).sort());
    expect(needing.map((entry) => entry.name)).toContain('notifier');
    for (const entry of needing) {
      const [statement, ...others] = statementsOfFunction(handlerFunctionId(entry.name)).filter(
        (each) => actionsOf([each], 'ses:').length > 0,
      );
      expect(others).toEqual([]);
      expect(statement.Action).toBe('ses:SendEmail');
      expect(statement.Condition).toEqual({ StringEquals: { 'ses:FromAddress': MAIL_FROM } });
      const resources = JSON.stringify(statement.Resource);
      expect(resources).toContain(':identity/ruhr-stories.example');
      expect(resources).toContain(`:identity/${MAIL_FROM}`);
      expect(resources).not.toContain('*');
    }
  });

  it('let a handler that needs the directory read one person, and nothing more', () => {
    for (const entry of EVENT_HANDLERS) {
      const statements = statementsOfFunction(handlerFunctionId(entry.name));
      const cognito = actionsOf(statements, 'cognito-idp:');
      if ((entry.needs as { directory?: boolean }).directory) {
        // IdentityDirectory.get reads the person and their groups; it changes nothing.
        expect(cognito, entry.name).toEqual([
          'cognito-idp:AdminGetUser',
          'cognito-idp:AdminListGroupsForUser',
        ]);
        const statement = statements.find((each) => actionsOf([each], 'cognito-idp:').length);
        expect(statement.Resource).toEqual({
          'Fn::GetAtt': [expect.stringMatching(/UserPool/), 'Arn'],
        });
      } else {
        expect(cognito, entry.name).toEqual([]);
      }
    }
  });

  it('let only the accounts function delete people and set their language at the pool', () => {
    const accountsId = logicalId(stack.functions.accounts);
    for (const action of ['cognito-idp:AdminDeleteUser', 'cognito-idp:AdminUpdateUserAttributes']) {
      expect(DIRECTORY_ACTIONS).toContain(action);
      const holders = ourFunctionIds().filter((id) =>
        actionsOf(statementsOfFunction(id), 'cognito-idp:').includes(action),
      );
      expect(holders, action).toEqual([accountsId]);
    }
  });
});

describe('cdk-nag (AwsSolutions) with the event handlers', () => {
  it('has no finding left without a written acknowledgement', () => {
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((v) => `${plugin.pluginName} ${v.severity} ${v.ruleName}`),
    );
    expect(findings).toEqual([]);
  });
});
