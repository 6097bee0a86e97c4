import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_HEADER } from '../functions/src/core/origin-guard';
import { TABLE_DEFINITION } from '../functions/src/core/table-definition';
import { EVENT_HANDLERS } from '../functions/src/events/catalogue';
import { PROJECT_ROOT } from './constructs/context-function';
import { DIRECTORY_ACTIONS } from './constructs/identity';
import { BACKUP_RETENTION } from './constructs/table-backup';
import { createApp } from './create-app';
import { RATE_LIMIT_PER_IP, type EdgeStack } from './edge-stack';
import type { RuhrStoriesStack } from './ruhr-stories-stack';

type Resource = { Type: string; Properties: Record<string, any> };
type NagReport = {
  pluginReports: { pluginName: string; violations: { ruleName: string; severity: string }[] }[];
};

// The same feature flags as `cdk synth`; and report validation findings instead of throwing, so
// the cdk-nag test below can name each one.
const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
// mailFrom as a museum's deployment sets it (README, "Deploying"): Cognito sends from SES.
const context = {
  ...cdkJson.context,
  '@aws-cdk/core:failSynthOnValidationErrors': false,
  mailFrom: 'noreply@ruhr-stories.example',
};

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
let edge: EdgeStack;
let template: Template;
let edgeTemplate: Template;
let report: NagReport;

// Bundles every function with esbuild, so it takes a few seconds.
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ruhr-stories-infra-'));
  // A stand-in web build, so the BucketDeployment (and its IAM) is synthesized and checked too.
  const webBuildDir = join(work, 'web-build');
  mkdirSync(webBuildDir);
  writeFileSync(join(webBuildDir, 'index.html'), '<!doctype html><title>Ruhr Stories</title>');
  const created = createApp({ context, outdir: join(work, 'cdk.out'), webBuildDir });
  stack = created.stack;
  edge = created.edge;
  const assembly = created.app.synth();
  report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  template = Template.fromStack(stack);
  edgeTemplate = Template.fromStack(edge);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);

const resourcesOf = (type: string) => template.findResources(type) as Record<string, Resource>;

/** Every IAM statement granted to the role of one function. */
function statementsOf(context: keyof RuhrStoriesStack['functions']): any[] {
  const fn = resourcesOf('AWS::Lambda::Function')[logicalId(stack.functions[context])]!;
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(resourcesOf('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: any) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

/** All DynamoDB actions granted to the role of one function. */
function tableActions(context: keyof RuhrStoriesStack['functions']): string[] {
  return statementsOf(context)
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
  it('are arm64 Node 22 functions with tracing, 512 MB and 10 s: five contexts, one trigger', () => {
    // The event handlers are the same kind of function, with a longer timeout
    // (event-handlers.test.ts); the media context has more memory and time (media.test.ts).
    const handlerIds = new Set([
      ...Object.values(stack.eventHandlers).map((handler) => logicalId(handler.fn)),
      logicalId(stack.functions.media),
    ]);
    const node = Object.entries(resourcesOf('AWS::Lambda::Function'))
      .filter(
        ([id, fn]) => String(fn.Properties.Runtime).startsWith('nodejs') && !handlerIds.has(id),
      )
      .map(([, fn]) => fn);
    expect(handlerIds.size).toBe(EVENT_HANDLERS.length + 1);
    expect(node).toHaveLength(6);
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

  it('verify Cognito access tokens of the web client and never use the local dev settings', () => {
    for (const fn of Object.values(stack.functions)) {
      const env =
        resourcesOf('AWS::Lambda::Function')[logicalId(fn)]!.Properties.Environment.Variables;
      expect(env.AUTH_MODE).toBe('jwks');
      expect(env).not.toHaveProperty('DYNAMODB_ENDPOINT');
      expect(Object.keys(env)).toEqual(
        expect.arrayContaining(['TABLE_NAME', 'AUTH_JWKS_URL', 'AUTH_ISSUER', 'CURSOR_SECRET_ARN']),
      );
      expect(JSON.stringify(env.AUTH_ISSUER)).toContain('https://cognito-idp.');
      expect(JSON.stringify(env.AUTH_JWKS_URL)).toContain('/.well-known/jwks.json');
      expect(env.AUTH_CLIENT_ID).toEqual({ Ref: expect.stringMatching(/WebClient/) });
      expect(JSON.stringify(env.AUTH_LOGOUT_ENDPOINT)).toMatch(/LoginDomain.*\/logout/);
      expect(env).not.toHaveProperty('AUTH_AUDIENCE');
    }
  });

  it("give every context the public site's address for links in exports and e-mails", () => {
    for (const fn of Object.values(stack.functions)) {
      const env =
        resourcesOf('AWS::Lambda::Function')[logicalId(fn)]!.Properties.Environment.Variables;
      expect(JSON.stringify(env.SITE_URL)).toMatch(/Distribution.*DomainName/);
    }
  });

  it('let only accounts find people and set their groups, in the one user pool', () => {
    const directory = (context: keyof RuhrStoriesStack['functions']) =>
      statementsOf(context).filter((statement: any) =>
        [statement.Action].flat().some((a: string) => a.startsWith('cognito-idp:')),
      );
    const [statement, ...others] = directory('accounts');
    expect(others).toEqual([]);
    expect([statement.Action].flat().sort()).toEqual([...DIRECTORY_ACTIONS].sort());
    expect(statement.Resource).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/UserPool/), 'Arn'],
    });
    for (const context of ['stories', 'moderation', 'curation'] as const) {
      expect(directory(context)).toEqual([]);
    }
    const accountsEnv =
      resourcesOf('AWS::Lambda::Function')[logicalId(stack.functions.accounts)]!.Properties
        .Environment.Variables;
    expect(accountsEnv.USER_POOL_ID).toEqual({ Ref: expect.stringMatching(/UserPool/) });
  });

  it('grant each context only the table actions it needs', () => {
    expect(tableActions('stories')).toEqual([...READ, ...WRITE].sort());
    expect(tableActions('moderation')).toEqual([...READ, ...WRITE].sort());
    expect(tableActions('curation')).toEqual([...READ, ...WRITE].sort());
    // Accounts copies a new display name onto what the person wrote, across partitions.
    expect(tableActions('accounts')).toEqual([...READ, ...WRITE].sort());
    // Opendata only reads: stories, and the counters the stats-counter handler keeps.
    expect(tableActions('opendata')).toEqual([...READ].sort());
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
      'ANY /api/s/{code}': 'stories',
      'ANY /api/moderation/{proxy+}': 'moderation',
      'ANY /api/curation/{proxy+}': 'curation',
      'ANY /api/picks': 'curation',
      'ANY /api/exhibitions': 'curation',
      'ANY /api/exhibitions/{proxy+}': 'curation',
      'ANY /api/feedback/{proxy+}': 'curation',
      'ANY /api/media/{proxy+}': 'media',
      'ANY /api/research/{proxy+}': 'opendata',
      'ANY /api/stats': 'opendata',
      'ANY /api/oai': 'opendata',
      'ANY /api/me': 'accounts',
      'ANY /api/config': 'accounts',
      'ANY /api/admin/{proxy+}': 'accounts',
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
  const pool = () => Object.values(resourcesOf('AWS::Cognito::UserPool'))[0]!.Properties;
  const client = () => Object.values(resourcesOf('AWS::Cognito::UserPoolClient'))[0]!.Properties;

  it('lets residents sign up by e-mail and has the four role groups', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      // "Anna@Example.org" signs in as "anna@example.org".
      UsernameConfiguration: { CaseSensitive: false },
      // A new address counts only once confirmed.
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    });
    const groups = Object.values(resourcesOf('AWS::Cognito::UserPoolGroup'));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([
      'admins',
      'curators',
      'moderators',
      'researchers',
    ]);
  });

  it('offers a password, an e-mail code and passkeys as first factors', () => {
    expect(pool().Policies.SignInPolicy.AllowedFirstAuthFactors.sort()).toEqual([
      'EMAIL_OTP',
      'PASSWORD',
      'WEB_AUTHN',
    ]);
    expect(pool().UserPoolTier).toBe('ESSENTIALS');
    expect(pool().WebAuthnRelyingPartyID).toBeDefined();
  });

  it('sends its e-mails through SES, worded by the person’s language in a trigger', () => {
    expect(pool().EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      From: expect.stringContaining('Ruhr Stories'),
    });
    const triggerId = pool().LambdaConfig.CustomMessage['Fn::GetAtt'][0];
    const trigger = resourcesOf('AWS::Lambda::Function')[triggerId]!;
    expect(trigger.Properties.Runtime).toBe('nodejs22.x');
    // The trigger reads no table and no secret: it only words messages.
    expect(JSON.stringify(trigger.Properties.Environment.Variables)).not.toMatch(/TABLE|SECRET/);
  });

  it('has a managed login domain with the newer managed login and its branding', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  it('gives the SPA a public client: code grant with PKCE, back to the site, tokens rotated', () => {
    expect(client()).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
    });
    expect(JSON.stringify(client().CallbackURLs)).toMatch(
      /Distribution.*DomainName.*\/auth\/callback/,
    );
    expect(JSON.stringify(client().LogoutURLs)).toMatch(/Distribution.*DomainName/);
    expect(client().WriteAttributes).toEqual(['locale']);
    // No implicit grant and no password flows from the browser.
    expect(client().ExplicitAuthFlows ?? []).not.toContain('ALLOW_USER_PASSWORD_AUTH');
  });

  it('lets the site fetch tokens from the login domain and from no other origin', () => {
    const policies = Object.values(resourcesOf('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp = JSON.stringify(
      policies[0]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig
        .ContentSecurityPolicy.ContentSecurityPolicy,
    );
    expect(csp).toMatch(/connect-src 'self' https:\/\/.*LoginDomain/);
  });
});

describe('the deployment context', () => {
  // createApp reads the context before it builds the main stack, so these fail fast.
  const build = (values: Record<string, string>) => () =>
    createApp({ context: { ...context, ...values }, outdir: join(work, 'cdk.out.context') });

  it('takes a custom domain only together with its us-east-1 certificate', () => {
    expect(build({ siteDomain: 'ruhr-stories.de' })).toThrow(/set both or neither/);
    expect(
      build({
        loginDomain: 'anmelden.ruhr-stories.de',
        loginCertificateArn: 'arn:aws:acm:eu-central-1:123456789012:certificate/abc',
      }),
    ).toThrow(/us-east-1/);
    expect(
      build({ siteDomain: 'Ruhr Stories', siteCertificateArn: 'arn:aws:acm:us-east-1:1:x' }),
    ).toThrow(/domain name/);
  });

  it('refuses a mailFrom that is no address and a login prefix Cognito would refuse', () => {
    expect(build({ mailFrom: 'museum' })).toThrow(/mailFrom must be an e-mail address/);
    expect(build({ loginDomainPrefix: 'Ruhr_Stories' })).toThrow(/loginDomainPrefix/);
  });
});

describe('the secrets', () => {
  const secretIds = () => Object.keys(resourcesOf('AWS::SecretsManager::Secret'));
  const envOf = (fn: RuhrStoriesStack['functions'][keyof RuhrStoriesStack['functions']]) =>
    resourcesOf('AWS::Lambda::Function')[logicalId(fn)]!.Properties.Environment.Variables;

  it('are generated by Secrets Manager: the cursor key and the origin header value', () => {
    const secrets = Object.values(resourcesOf('AWS::SecretsManager::Secret'));
    expect(secrets).toHaveLength(2);
    for (const secret of secrets) {
      expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 48 });
      expect(secret.Properties).not.toHaveProperty('SecretString');
    }
  });

  it('reach each function by ARN only, and each function may read both', () => {
    const [cursorId, originId] = ['CursorSecret', 'OriginSecret'].map((name) =>
      secretIds().find((id) => id.includes(name))!,
    );
    for (const [context, fn] of Object.entries(stack.functions)) {
      const env = envOf(fn);
      expect(env.CURSOR_SECRET_ARN).toEqual({ Ref: cursorId });
      expect(env.ORIGIN_SECRET_ARN).toEqual({ Ref: originId });
      expect(env).not.toHaveProperty('CURSOR_SECRET');
      expect(env).not.toHaveProperty('ORIGIN_SECRET');
      const reads = statementsOf(context as keyof RuhrStoriesStack['functions'])
        .filter((statement) => [statement.Action].flat().includes('secretsmanager:GetSecretValue'))
        .flatMap((statement) => [statement.Resource].flat());
      expect(reads).toEqual(expect.arrayContaining([{ Ref: cursorId }, { Ref: originId }]));
    }
  });

  it('never appear as plain values in the template', () => {
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toMatch(/"CURSOR_SECRET"|"ORIGIN_SECRET"/);
    // The only use of a secret's value is CloudFront's origin header, as a dynamic reference.
    expect(json.match(/resolve:secretsmanager/g)).toHaveLength(1);
  });
});

describe('only CloudFront reaches the API', () => {
  it('sends the origin secret in a header, resolved by CloudFormation at deploy', () => {
    const [distribution] = Object.values(resourcesOf('AWS::CloudFront::Distribution'));
    const apiOrigin = distribution!.Properties.DistributionConfig.Origins.find(
      (origin: any) => origin.CustomOriginConfig,
    );
    const originId = Object.keys(resourcesOf('AWS::SecretsManager::Secret')).find((id) =>
      id.includes('OriginSecret'),
    );
    expect(apiOrigin.OriginCustomHeaders).toEqual([
      {
        HeaderName: ORIGIN_HEADER,
        HeaderValue: {
          'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: originId }, ':SecretString:::}}']],
        },
      },
    ]);
  });

  it('puts the WAF web ACL of the us-east-1 edge stack in front of the distribution', () => {
    expect(edge.region).toBe('us-east-1');
    const [distribution] = Object.values(resourcesOf('AWS::CloudFront::Distribution'));
    expect(JSON.stringify(distribution!.Properties.DistributionConfig.WebACLId)).toMatch(
      /RuhrStoriesEdge.*us-east-1/,
    );
    edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Statement: {
            RateBasedStatement: {
              Limit: RATE_LIMIT_PER_IP,
              AggregateKeyType: 'IP',
              EvaluationWindowSec: 300,
            },
          },
          Action: {
            Block: { CustomResponse: Match.objectLike({ ResponseCode: 429 }) },
          },
        }),
      ],
    });
  });
});

describe('operations', () => {
  const alarms = () => Object.values(resourcesOf('AWS::CloudWatch::Alarm'));
  const topicId = () => Object.keys(resourcesOf('AWS::SNS::Topic'))[0]!;

  it('reserves concurrency for every function', () => {
    const reserved = Object.fromEntries(
      Object.entries(stack.functions).map(([context, fn]) => [
        context,
        resourcesOf('AWS::Lambda::Function')[logicalId(fn)]!.Properties
          .ReservedConcurrentExecutions,
      ]),
    );
    expect(reserved).toEqual({
      stories: 50,
      moderation: 10,
      curation: 20,
      accounts: 20,
      media: 10,
      opendata: 10,
    });
  });

  it('alarms on errors and throttles of every function', () => {
    for (const fn of Object.values(stack.functions)) {
      for (const metric of ['Errors', 'Throttles']) {
        const matching = alarms().filter(
          (alarm) =>
            alarm.Properties.MetricName === metric &&
            alarm.Properties.Namespace === 'AWS/Lambda' &&
            alarm.Properties.Dimensions?.[0]?.Value?.Ref === logicalId(fn),
        );
        expect(matching, `${metric} of ${fn.node.path}`).toHaveLength(1);
      }
    }
  });

  it("alarms on the API's 5xx rate and on DynamoDB throttled requests", () => {
    const expressions = alarms().flatMap((alarm) => alarm.Properties.Metrics ?? []);
    const rate = expressions.find((m: any) => /100 \* errors \/ requests/.test(m.Expression));
    expect(rate).toBeDefined();
    const names = expressions.map((m: any) => m.MetricStat?.Metric?.MetricName).filter(Boolean);
    expect(names).toEqual(expect.arrayContaining(['5xx', 'Count', 'ThrottledRequests']));
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Metrics: Match.arrayWith([
        Match.objectLike({
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({
              Namespace: 'AWS/DynamoDB',
              MetricName: 'ThrottledRequests',
            }),
          }),
        }),
      ]),
    });
  });

  it('sends every alarm to the one SNS topic, and has one dashboard', () => {
    // Errors and throttles per function, iterator age and dead letters per event handler, the
    // API's 5xx rate and the table's throttles.
    expect(alarms()).toHaveLength(
      2 * (Object.keys(stack.functions).length + EVENT_HANDLERS.length) +
        2 * EVENT_HANDLERS.length +
        2,
    );
    for (const alarm of alarms()) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId() }]);
    }
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    // Without context alarmEmail, nobody is subscribed yet.
    template.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('subscribes the alarmEmail from context to the topic', () => {
    const { stack: withEmail } = createApp({
      context: { ...context, 'aws:cdk:bundling-stacks': [], alarmEmail: 'ops@example.org' },
      outdir: join(work, 'cdk.out.email'),
      webBuildDir: join(work, 'no-such-build'),
    });
    Template.fromStack(withEmail).hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
  }, 60_000);

  it('backs the table up every day with AWS Backup', () => {
    template.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: {
        BackupPlanRule: [
          Match.objectLike({
            ScheduleExpression: 'cron(0 3 * * ? *)',
            Lifecycle: { DeleteAfterDays: BACKUP_RETENTION.toDays() },
          }),
        ],
      },
    });
    const tableId = Object.keys(resourcesOf('AWS::DynamoDB::Table'))[0];
    template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: Match.objectLike({
        Resources: [{ 'Fn::GetAtt': [tableId, 'Arn'] }],
      }),
    });
  });

  it('keeps earlier versions of the site bucket and of the media bucket', () => {
    for (const bucket of Object.values(resourcesOf('AWS::S3::Bucket'))) {
      expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    }
  });
});

describe('the site', () => {
  it('is served by CloudFront, with the web build uploaded when there is one', () => {
    // The behaviours are tested in constructs/web-distribution.test.ts.
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    template.resourceCountIs('Custom::CDKBucketDeployment', 1);
  });
});

describe('the media function’s bundle', () => {
  it("carries sharp at the project's version, built for Lambda's linux-arm64", () => {
    const fn = resourcesOf('AWS::Lambda::Function')[logicalId(stack.functions.media)]!;
    const hash = String(fn.Properties.Code.S3Key).replace(/\.zip$/, '');
    const asset = join(work, 'cdk.out', `asset.${hash}`);
    const modules = join(asset, 'node_modules');
    const version = (name: string) =>
      JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
    const project = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(version('sharp')).toBe(project.dependencies.sharp);
    expect(readdirSync(join(modules, '@img')).filter((name) => name.startsWith('sharp-'))).toEqual([
      'sharp-libvips-linux-arm64',
      'sharp-linux-arm64',
    ]);
    // Left out of the bundle, which imports it (on first use) from node_modules beside it.
    const bundle = readFileSync(join(asset, 'index.mjs'), 'utf8');
    expect(bundle).toMatch(/import\(\s*["']sharp["']\s*\)/);
    expect(bundle).not.toContain('libvips');
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
