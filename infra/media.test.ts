import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_HANDLERS, type HandlerEntry } from '../functions/src/events/catalogue';
import { MEDIA_PATH } from '../shared/media-files';
import { PROJECT_ROOT } from './constructs/context-function';
import { EventHandlerFunction, KNOWN_NEEDS } from './constructs/event-handler-function';
import { Identity } from './constructs/identity';
import { MALWARE_SCAN_TAG, MediaBucket, UPLOAD_EXPIRY } from './constructs/media-bucket';
import { StoriesTable } from './constructs/stories-table';
import { createApp } from './create-app';
import { MEDIA_FUNCTION, type RuhrStoriesStack } from './ruhr-stories-stack';

type Resource = { Type: string; Properties: Record<string, any> };
type Grant = { action: string; resource: string };

// Managed CloudFront cache policy (fixed by AWS).
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

// As stack.test.ts, without bundling: these tests read the template (the bundle is checked there).
const cdkJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8'));
const context = {
  ...cdkJson.context,
  '@aws-cdk/core:failSynthOnValidationErrors': false,
  'aws:cdk:bundling-stacks': [],
  mailFrom: 'noreply@ruhr-stories.example',
};

let work: string;
let stack: RuhrStoriesStack;
let template: Template;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ruhr-stories-media-'));
  const created = createApp({
    context,
    outdir: join(work, 'cdk.out'),
    webBuildDir: join(work, 'no-such-build'),
  });
  stack = created.stack;
  template = Template.fromStack(stack);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const resourcesOf = (type: string, of: Template = template) =>
  of.findResources(type) as Record<string, Resource>;
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);
/** The media bucket: the one bucket with a malware protection plan on it. */
const bucketId = (of: Template = template) => {
  const [plan] = Object.values(resourcesOf('AWS::GuardDuty::MalwareProtectionPlan', of));
  return plan!.Properties.ProtectedResource.S3Bucket.BucketName.Ref as string;
};
const bucket = () => resourcesOf('AWS::S3::Bucket')[bucketId()]!.Properties;
const distribution = () =>
  Object.values(resourcesOf('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
const distributionId = () => Object.keys(resourcesOf('AWS::CloudFront::Distribution'))[0]!;

/** Every statement granted to the role of a Lambda function (by logical id). */
function statementsOfFunction(functionId: string, of: Template = template): any[] {
  const fn = resourcesOf('AWS::Lambda::Function', of)[functionId]!;
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(resourcesOf('AWS::IAM::Policy', of))
    .filter((policy) => policy.Properties.Roles.some((role: any) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

/** A media bucket resource as text: `<bucket>/private/*`, `<bucket>`; anything else as JSON. */
function bucketResource(resource: any, of: Template = template): string {
  const parts = resource?.['Fn::Join']?.[1];
  if (parts?.[0]?.['Fn::GetAtt']?.[0] === bucketId(of)) return `<bucket>${parts[1]}`;
  if (resource?.['Fn::GetAtt']?.[0] === bucketId(of)) return '<bucket>';
  return JSON.stringify(resource);
}

/** Each S3 action on each resource a function may use, one pair per line, sorted. */
function s3Grants(functionId: string, of: Template = template): string[] {
  const grants: Grant[] = statementsOfFunction(functionId, of).flatMap((statement) =>
    [statement.Action]
      .flat()
      .filter((action: string) => action.startsWith('s3:'))
      .flatMap((action: string) =>
        [statement.Resource].flat().map((resource) => ({
          action,
          resource: bucketResource(resource, of),
        })),
      ),
  );
  return grants.map((grant) => `${grant.action} ${grant.resource}`).sort();
}

const envOf = (functionId: string, of: Template = template) =>
  resourcesOf('AWS::Lambda::Function', of)[functionId]!.Properties.Environment.Variables;

const mediaFunctionId = () => logicalId(stack.functions.media);
// The catalogue as data of any entry: the media publisher's may not be in it yet.
const catalogue = EVENT_HANDLERS as readonly HandlerEntry[];
const handlerFunctionId = (name: string) =>
  logicalId((stack.eventHandlers as Record<string, EventHandlerFunction>)[name]!.fn);
/** Entries that say they need the bucket (the media publisher, and any later one). */
const needingMedia = () => catalogue.filter((entry) => (entry.needs as Needs).media);
type Needs = { media?: boolean };

describe('the media bucket', () => {
  it('is private, encrypted, TLS only and versioned', () => {
    expect(bucket()).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    const policy = Object.values(resourcesOf('AWS::S3::BucketPolicy')).find(
      (each) => each.Properties.Bucket.Ref === bucketId(),
    )!;
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    // Contributors' photos and voices outlive the stack.
    expect(resourcesOf('AWS::S3::Bucket')[bucketId()]).toMatchObject({
      DeletionPolicy: 'Retain',
    });
  });

  it('lets unprocessed uploads, deleted files and broken uploads go after a day', () => {
    const rules = bucket().LifecycleConfiguration.Rules;
    expect(UPLOAD_EXPIRY.toDays()).toBe(1);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' }),
        expect.objectContaining({
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
          ExpiredObjectDeleteMarker: true,
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          Status: 'Enabled',
        }),
      ]),
    );
    // The rule for deleted files covers the whole bucket, public/ and private/ included.
    const everywhere = rules.find((rule: any) => rule.NoncurrentVersionExpiration);
    expect(everywhere.Prefix).toBeUndefined();
    expect(everywhere.Filter).toBeUndefined();
    expect(rules).toHaveLength(2);
  });

  it("answers the site's uploads and private views (CORS: GET, HEAD, POST), and no more", () => {
    const [rule, ...others] = bucket().CorsConfiguration.CorsRules;
    expect(others).toEqual([]);
    expect([...rule.AllowedMethods].sort()).toEqual(['GET', 'HEAD', 'POST']);
    // Without a domain of its own, the site is somewhere under cloudfront.net.
    expect(rule.AllowedOrigins).toEqual(['https://*.cloudfront.net']);
  });

  it("names the site's own domain as the only CORS origin once it has one", () => {
    const { stack: withDomain } = createApp({
      context: {
        ...context,
        siteDomain: 'ruhr-stories.de',
        siteCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      },
      outdir: join(work, 'cdk.out.domain'),
      webBuildDir: join(work, 'no-such-build'),
    });
    const buckets = Template.fromStack(withDomain).findResources('AWS::S3::Bucket');
    const cors = Object.values(buckets).flatMap(
      (each: any) => each.Properties.CorsConfiguration?.CorsRules ?? [],
    );
    expect(cors.map((rule: any) => rule.AllowedOrigins)).toEqual([['https://ruhr-stories.de']]);
  }, 60_000);
});

describe('the malware scan', () => {
  const plan = () =>
    Object.values(resourcesOf('AWS::GuardDuty::MalwareProtectionPlan'))[0]!.Properties;
  const scanRole = () => resourcesOf('AWS::IAM::Role')[plan().Role['Fn::GetAtt'][0]]!.Properties;

  it('scans uploads/ only, with GuardDuty Malware Protection for S3, and tags each object', () => {
    template.resourceCountIs('AWS::GuardDuty::MalwareProtectionPlan', 1);
    expect(plan()).toMatchObject({
      ProtectedResource: {
        S3Bucket: { BucketName: { Ref: bucketId() }, ObjectPrefixes: ['uploads/'] },
      },
      Actions: { Tagging: { Status: 'ENABLED' } },
    });
    expect(MALWARE_SCAN_TAG).toBe('GuardDutyMalwareScanStatus');
  });

  it("runs as a role only GuardDuty's plans of this account assume, reading and tagging uploads", () => {
    const role = scanRole();
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({
        Principal: { Service: 'malware-protection-plan.guardduty.amazonaws.com' },
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    ]);
    const statements: any[] = role.Policies.flatMap((p: any) => p.PolicyDocument.Statement);
    const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
    expect(bucketResource(bySid.AllowMalwareScan.Resource)).toBe('<bucket>/uploads/*');
    expect(bucketResource(bySid.AllowPostScanTag.Resource)).toBe('<bucket>/uploads/*');
    expect(bySid.AllowPostScanTag.Action).toContain('s3:PutObjectTagging');
    expect(bucketResource(bySid.AllowPutValidationObject.Resource)).toBe(
      '<bucket>/malware-protection-resource-validation-object',
    );
    expect(JSON.stringify(bySid.AllowManagedRuleToSendS3EventsToGuardDuty.Resource)).toContain(
      'rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*',
    );
    expect(JSON.stringify(statements)).not.toMatch(/"s3:\*"|"\*"/);
  });

  it('gates processing on the scan: the media function runs with MALWARE_SCAN=guardduty', () => {
    expect(envOf(mediaFunctionId()).MALWARE_SCAN).toBe('guardduty');
  });
});

describe('the media function', () => {
  it('is an arm64 function with 2 GB and a minute, and reaches the table and the bucket', () => {
    const fn = resourcesOf('AWS::Lambda::Function')[mediaFunctionId()]!.Properties;
    expect(fn).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 2048,
      Timeout: 60,
      TracingConfig: { Mode: 'Active' },
      ReservedConcurrentExecutions: 10,
    });
    expect(MEDIA_FUNCTION.memorySize).toBe(2048);
    const env = envOf(mediaFunctionId());
    expect(env.TABLE_NAME).toEqual({ Ref: Object.keys(resourcesOf('AWS::DynamoDB::Table'))[0] });
    expect(env.MEDIA_BUCKET).toEqual({ Ref: bucketId() });
    expect(env.AUTH_MODE).toBe('jwks');
    expect(env).not.toHaveProperty('S3_ENDPOINT');
  });

  it('signs uploads into uploads/ and writes private/, and never touches public/', () => {
    // ListBucket, so that a GET of an upload not there yet is a 404, not a 403 (media-bucket.ts).
    expect(s3Grants(mediaFunctionId())).toEqual(
      [
        's3:ListBucket <bucket>',
        's3:DeleteObject <bucket>/uploads/*',
        's3:GetObject <bucket>/uploads/*',
        's3:GetObjectTagging <bucket>/uploads/*',
        's3:PutObject <bucket>/private/*',
        's3:PutObject <bucket>/uploads/*',
      ].sort(),
    );
  });

  it('answers /api/media/* on the HTTP API', () => {
    const integrations = resourcesOf('AWS::ApiGatewayV2::Integration');
    const route = Object.values(resourcesOf('AWS::ApiGatewayV2::Route')).find(
      (each) => each.Properties.RouteKey === 'ANY /api/media/{proxy+}',
    )!;
    const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref;
    expect(integrations[integrationId]!.Properties.IntegrationUri['Fn::GetAtt'][0]).toBe(
      mediaFunctionId(),
    );
  });

  it('alarms on its errors and throttles', () => {
    for (const metric of ['Errors', 'Throttles']) {
      const alarms = Object.values(resourcesOf('AWS::CloudWatch::Alarm')).filter(
        (alarm) =>
          alarm.Properties.MetricName === metric &&
          alarm.Properties.Dimensions?.[0]?.Value?.Ref === mediaFunctionId(),
      );
      expect(alarms, metric).toHaveLength(1);
    }
  });
});

describe('the contexts that show private views', () => {
  it('may read private/ (to presign GETs) and nothing else of the bucket', () => {
    for (const context of ['stories', 'moderation', 'accounts'] as const) {
      const id = logicalId(stack.functions[context]);
      expect(s3Grants(id), context).toEqual(['s3:GetObject <bucket>/private/*']);
      expect(envOf(id).MEDIA_BUCKET, context).toEqual({ Ref: bucketId() });
    }
    expect(s3Grants(logicalId(stack.functions.curation))).toEqual([]);
  });
});

const invalidationsOf = (functionId: string, of: Template = template) =>
  statementsOfFunction(functionId, of).filter((statement) =>
    [statement.Action].flat().some((action: string) => action.startsWith('cloudfront:')),
  );

/** One statement: CreateInvalidation on the one distribution, whose id is in the env. */
function expectInvalidationOf(functionId: string, distribution: unknown, of: Template = template) {
  expect(envOf(functionId, of).CDN_DISTRIBUTION_ID).toEqual(distribution);
  const [statement, ...others] = invalidationsOf(functionId, of);
  expect(others).toEqual([]);
  expect(statement.Action).toBe('cloudfront:CreateInvalidation');
  const resource = JSON.stringify(statement.Resource);
  expect(resource).toContain(
    typeof distribution === 'string'
      ? `:distribution/${distribution}`
      : `:distribution/",${JSON.stringify(distribution)}`,
  );
  expect(resource).not.toContain('*');
}

describe('the media publisher', () => {
  // ListBucket, so that a copy of a missing file is a NoSuchKey, not a 403 (media-bucket.ts).
  const PUBLISHING = [
    's3:ListBucket <bucket>',
    's3:DeleteObject <bucket>/private/*',
    's3:DeleteObject <bucket>/public/*',
    's3:DeleteObject <bucket>/uploads/*',
    's3:GetObject <bucket>/private/*',
    's3:PutObject <bucket>/public/*',
  ];

  it('knows every need of the catalogue, so no handler is deployed without its rights', () => {
    for (const entry of catalogue) {
      for (const need of Object.keys(entry.needs)) {
        expect(KNOWN_NEEDS as readonly string[], `${entry.name} needs ${need}`).toContain(need);
      }
    }
    const media = catalogue.find((entry) => entry.name === 'media-publisher');
    if (media) {
      expect(media.needs, 'the media-publisher entry').toMatchObject({ media: true });
    }
  });

  it('copies private/ to public/ and deletes files, and can never write private/', () => {
    for (const entry of needingMedia()) {
      const id = handlerFunctionId(entry.name);
      expect(s3Grants(id), entry.name).toEqual(PUBLISHING.sort());
      expect(envOf(id).MEDIA_BUCKET, entry.name).toEqual({ Ref: bucketId() });
    }
    // A handler that does not say it needs the bucket gets none of it.
    for (const entry of catalogue.filter((each) => !needingMedia().includes(each))) {
      const id = handlerFunctionId(entry.name);
      expect(s3Grants(id), entry.name).toEqual([]);
      expect(envOf(id), entry.name).not.toHaveProperty('MEDIA_BUCKET');
    }
  });

  it('invalidates the cache of this one distribution, where it needs media', () => {
    for (const entry of catalogue) {
      const id = handlerFunctionId(entry.name);
      if ((entry.needs as Needs).media) {
        expectInvalidationOf(id, { Ref: distributionId() });
      } else {
        expect(invalidationsOf(id), entry.name).toEqual([]);
        expect(envOf(id), entry.name).not.toHaveProperty('CDN_DISTRIBUTION_ID');
      }
    }
  });

  // The wiring itself, with an entry that needs media, whether or not the catalogue has one yet.
  it('grants an entry that needs media exactly its prefixes and the invalidation, and its env', () => {
    const bare = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Bare', {
      env: { region: 'eu-central-1' },
    });
    const identity = new Identity(bare, 'Identity', {
      loginDomain: { kind: 'prefix', prefix: 'ruhr-stories' },
      mailFrom: 'noreply@ruhr-stories.example',
      customMessage: LambdaFunction.fromFunctionName(bare, 'Trigger', 'trigger'),
    });
    const media = new MediaBucket(bare, 'Media', { siteOrigins: ['https://ruhr-stories.de'] });
    const distribution = Distribution.fromDistributionAttributes(bare, 'Cdn', {
      distributionId: 'E2EXAMPLE',
      domainName: 'd111111abcdef8.cloudfront.net',
    });
    const handler = new EventHandlerFunction(bare, 'Publisher', {
      handler: {
        name: 'media-publisher',
        // Any file of functions/src/events will do: the template is read, nothing is bundled.
        entry: 'functions/src/events/retention-lambda.ts',
        filters: [],
        needs: { media: true } as HandlerEntry['needs'],
      },
      table: new StoriesTable(bare, 'Table'),
      identity,
      media: { bucket: media, distribution },
      environment: {},
    });
    const bareTemplate = Template.fromStack(bare);
    const id = bare.getLogicalId(handler.fn.node.defaultChild as CfnElement);
    expect(s3Grants(id, bareTemplate)).toEqual(PUBLISHING.sort());
    expect(envOf(id, bareTemplate).MEDIA_BUCKET).toEqual({ Ref: bucketId(bareTemplate) });
    expectInvalidationOf(id, 'E2EXAMPLE', bareTemplate);
  });
});

describe('the CDN', () => {
  const mediaBehavior = () =>
    distribution().CacheBehaviors.find(
      (behavior: any) => behavior.PathPattern === `${MEDIA_PATH}/*`,
    );
  const mediaOrigin = () =>
    distribution().Origins.find((origin: any) => origin.Id === mediaBehavior().TargetOriginId);

  it('serves /media/* from public/ of the media bucket through Origin Access Control', () => {
    const origin = mediaOrigin();
    expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [bucketId(), 'RegionalDomainName'] });
    expect(origin.OriginPath).toBe('/public');
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    const oac = resourcesOf('AWS::CloudFront::OriginAccessControl')[
      origin.OriginAccessControlId['Fn::GetAtt'][0]
    ]!;
    expect(oac.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
  });

  it('caches media, compresses none of it, and strips /media with a viewer-request function', () => {
    expect(mediaBehavior()).toMatchObject({
      CachePolicyId: CACHING_OPTIMIZED,
      Compress: false,
      ViewerProtocolPolicy: 'redirect-to-https',
      FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: expect.anything() }],
    });
    expect(mediaBehavior().AllowedMethods ?? ['GET', 'HEAD']).toEqual(['GET', 'HEAD']);
    const functionId = mediaBehavior().FunctionAssociations[0].FunctionARN['Fn::GetAtt'][0];
    expect(resourcesOf('AWS::CloudFront::Function')[functionId]!.Properties.FunctionCode).toContain(
      '/^\\/media(',
    );
  });

  it('is the only reader of the bucket, and of public/ only', () => {
    const policy = Object.values(resourcesOf('AWS::S3::BucketPolicy')).find(
      (each) => each.Properties.Bucket.Ref === bucketId(),
    )!;
    const allows = policy.Properties.PolicyDocument.Statement.filter(
      (statement: any) => statement.Effect === 'Allow',
    );
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
    });
    expect(bucketResource(allows[0].Resource)).toBe('<bucket>/public/*');
    expect(JSON.stringify(allows[0].Condition)).toContain(distributionId());
  });

  it("lets the site's pages reach the bucket's own origin for uploads and private views", () => {
    const [headers] = Object.values(resourcesOf('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp = JSON.stringify(
      headers!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
        .ContentSecurityPolicy,
    );
    // `https://` + the bucket's regional domain, once in each of img-src, media-src, connect-src.
    const origin = `{"Fn::GetAtt":["${bucketId()}","RegionalDomainName"]}`;
    expect(csp.split(origin)).toHaveLength(4);
    for (const directive of ['img-src', 'media-src', 'connect-src']) {
      expect(csp).toMatch(new RegExp(`${directive} 'self'[^;]* https://"`));
    }
  });
});

describe('no media grant is broad', () => {
  it('never grants s3:* or a whole bucket to a function', () => {
    const policies = JSON.stringify(resourcesOf('AWS::IAM::Policy'));
    expect(policies).not.toMatch(/"s3:\*"|"s3:Get\*"|"s3:Put\*"|"s3:Delete\*"/);
    for (const id of [
      mediaFunctionId(),
      ...Object.values(stack.functions).map(logicalId),
      ...Object.values(stack.eventHandlers).map((handler) => logicalId(handler.fn)),
    ]) {
      // On the bucket itself, only listing, and only to the media function and the publisher.
      const onBucket = s3Grants(id).filter((grant) => grant.endsWith(' <bucket>'));
      const lists =
        id === mediaFunctionId() || needingMedia().some((e) => handlerFunctionId(e.name) === id);
      expect(onBucket).toEqual(lists ? ['s3:ListBucket <bucket>'] : []);
      expect(s3Grants(id).filter((grant) => grant.endsWith('<bucket>/*'))).toEqual([]);
    }
  });
});
