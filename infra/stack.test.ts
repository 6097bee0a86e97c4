import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_DEFINITION } from '../functions/src/core/table-definition';
import { PROJECT_ROOT } from './constructs/context-function';
import { createApp } from './create-app';
import type { RuhrStoriesStack } from './ruhr-stories-stack';

type Resource = { Type: string; Properties: Record<string, any> };
type NagReport = {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string }[] }[];
};

// The same feature flags as `cdk synth`; and report validation findings instead of throwing, so
// the cdk-nag test below can name each one.
const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
const context = { ...cdkJson.context, '@aws-cdk/core:failSynthOnValidationErrors': false };

const READ = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'];
const WRITE = [
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DeleteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
];

let work: string;
let stack: RuhrStoriesStack;
let template: Template;
let report: NagReport;

// Bundles the four functions with esbuild, so it takes a few seconds.
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ruhr-stories-infra-'));
  // A stand-in web build, so the BucketDeployment (and its IAM) is synthesized and checked too.
  const webBuildDir = join(work, 'web-build');
  mkdirSync(webBuildDir);
  writeFileSync(join(webBuildDir, 'index.html'), '<!doctype html><title>Ruhr Stories</title>');
  const created = createApp({ context, outdir: join(work, 'cdk.out'), webBuildDir });
  stack = created.stack;
  const assembly = created.app.synth();
  report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  template = Template.fromStack(stack);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);

const resourcesOf = (type: string) => template.findResources(type) as Record<string, Resource>;

/** All DynamoDB actions granted to the role of one function. */
function tableActions(context: keyof RuhrStoriesStack['functions']): string[] {
  const fn = resourcesOf('AWS::Lambda::Function')[logicalId(stack.functions[context])]!;
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  const statements = Object.values(resourcesOf('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: any) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
  return statements
    .flatMap((statement: any) => [statement.Action].flat())
    .filter((action: string) => action.startsWith('dynamodb:'))
    .sort();
}

describe('the table', () => {
  it('is built from TABLE_DEFINITION', () => {
    const def = TABLE_DEFINITION;
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: def.partitionKey, KeyType: 'HASH' },
        { AttributeName: def.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: def.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      AttributeDefinitions: Match.arrayWith(
        def.indexes.map((index) => ({
          AttributeName: index.sortKey,
          AttributeType: index.sortKeyType,
        })),
      ),
      TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
    });
  });

  it('is on-demand, recoverable, streamed and retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    });
  });
});

describe('the context functions', () => {
  it('are four arm64 Node 22 functions with tracing, 512 MB and 10 s', () => {
    const node = Object.values(resourcesOf('AWS::Lambda::Function')).filter((fn) =>
      String(fn.Properties.Runtime).startsWith('nodejs'),
    );
    expect(node).toHaveLength(4);
    for (const fn of node) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 512,
        Timeout: 10,
        TracingConfig: { Mode: 'Active' },
      });
    }
  });

  it('verify Cognito ID tokens and never use the local dev settings', () => {
    for (const fn of Object.values(stack.functions)) {
      const env =
        resourcesOf('AWS::Lambda::Function')[logicalId(fn)]!.Properties.Environment.Variables;
      expect(env.AUTH_MODE).toBe('jwks');
      expect(env).not.toHaveProperty('DYNAMODB_ENDPOINT');
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'CURSOR_SECRET']),
      );
      expect(JSON.stringify(env.AUTH_ISSUER)).toContain('https://cognito-idp.');
      expect(JSON.stringify(env.AUTH_JWKS_URL)).toContain('/.well-known/jwks.json');
      expect(env.AUTH_AUDIENCE).toEqual({ Ref: expect.stringMatching(/WebClient/) });
    }
  });

  it("give curation the public site's address for the links in its exports", () => {
    const env = (context: keyof RuhrStoriesStack['functions']) =>
      resourcesOf('AWS::Lambda::Function')[logicalId(stack.functions[context])]!.Properties
        .Environment.Variables;
    expect(JSON.stringify(env('curation').SITE_URL)).toMatch(/Distribution.*DomainName/);
    expect(env('stories')).not.toHaveProperty('SITE_URL');
  });

  it('grant each context only the table actions it needs', () => {
    expect(tableActions('stories')).toEqual([...READ, ...WRITE].sort());
    expect(tableActions('moderation')).toEqual([...READ, ...WRITE].sort());
    expect(tableActions('curation')).toEqual([...READ, ...WRITE].sort());
    expect(tableActions('accounts')).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
  });

  it('let accounts touch only account items', () => {
    const fn = resourcesOf('AWS::Lambda::Function')[logicalId(stack.functions.accounts)]!;
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    const statements = Object.values(resourcesOf('AWS::IAM::Policy'))
      .filter((policy) => policy.Properties.Roles.some((role: any) => role.Ref === roleId))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: any) =>
        [statement.Action].flat().some((a: string) => a.startsWith('dynamodb:')),
      );
    expect(statements).toHaveLength(1);
    expect(statements[0].Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['USER#*'] },
    });
  });

  it('never grant a DynamoDB wildcard, a Scan or every index', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toMatch(/dynamodb:\*|dynamodb:Scan|\/index\/\*/);
  });
});

describe('the HTTP API', () => {
  /** `ANY /path` (or `$default`) → the context whose function the route invokes. */
  function routeTable(): Record<string, string> {
    const contextOf = Object.fromEntries(
      Object.entries(stack.functions).map(([context, fn]) => [logicalId(fn), context]),
    );
    const integrations = resourcesOf('AWS::ApiGatewayV2::Integration');
    return Object.fromEntries(
      Object.values(resourcesOf('AWS::ApiGatewayV2::Route')).map((route) => {
        const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref;
        const uri = integrations[integrationId]!.Properties.IntegrationUri;
        return [route.Properties.RouteKey, contextOf[uri['Fn::GetAtt'][0]]];
      }),
    );
  }

  it('routes each path to the context that owns it', () => {
    expect(routeTable()).toEqual({
      'ANY /api/stories': 'stories',
      'ANY /api/stories/{proxy+}': 'stories',
      'ANY /api/me/stories': 'stories',
      'ANY /api/moderation/{proxy+}': 'moderation',
      'ANY /api/curation/{proxy+}': 'curation',
      'ANY /api/picks': 'curation',
      'ANY /api/exhibitions': 'curation',
      'ANY /api/exhibitions/{proxy+}': 'curation',
      'ANY /api/me': 'accounts',
      'ANY /api/health': 'accounts',
      'ANY /api/openapi.json': 'accounts',
      'ANY /api/docs': 'accounts',
      $default: 'accounts',
    });
  });

  it('throttles and logs the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('requestId'),
      },
    });
  });
});

describe('sign-in', () => {
  it('lets residents sign up by e-mail and has the three role groups', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    });
    const groups = Object.values(resourcesOf('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([
      'admins',
      'curators',
      'moderators',
    ]);
  });
});

describe('the site', () => {
  it('is served by CloudFront, with the web build uploaded when there is one', () => {
    // The behaviours are tested in constructs/web-distribution.test.ts.
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
  });
});

describe('cdk-nag (AwsSolutions)', () => {
  it('has no finding left without a written acknowledgement', () => {
    const findings = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((v) => `${plugin.pluginName} ${v.severity} ${v.ruleName}`),
    );
    expect(findings).toEqual([]);
  });

  it('runs on every synth of the app, and reports what is not acknowledged', () => {
    // The report above is empty when all is well, so prove the checks are wired in: a bare app
    // (no bundling) with one careless bucket must come back with findings.
    const { app } = createApp({
      context: { ...context, 'aws:cdk:bundling-stacks': [] },
      outdir: join(work, 'cdk.out.canary'),
      webBuildDir: join(work, 'no-such-build'),
    });
    new Bucket(new Stack(app, 'Canary'), 'Careless');
    const assembly = app.synth();
    const canary: NagReport = JSON.parse(
      readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
    );
    const nag = canary.pluginReports.find((plugin) => plugin.pluginName === 'AwsSolutions');
    expect(nag?.violations.map((v) => v.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-S1', 'AwsSolutions-S10']),
    );
  }, 60_000);
});
