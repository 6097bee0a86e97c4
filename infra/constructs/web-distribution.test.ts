import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { App, SecretValue, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../content-security-policy';
import { WebDistribution } from './web-distribution';

// Managed CloudFront policy ids (fixed by AWS).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const BOOTSTRAP = '{ __sveltekit_abc = { base: "" }; import("/_app/immutable/entry/start.js"); }';
const BOOTSTRAP_HASH = `sha256-${createHash('sha256').update(BOOTSTRAP).digest('base64')}`;
const WEB_ACL_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/RuhrStories/abc';
const MEDIA_DOMAIN = 'ruhr-stories-media.s3.eu-central-1.amazonaws.com';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ruhr-stories-web-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A stack with only the site in it; `withBuild` creates a stand-in web build. */
function synthesizeSite(withBuild: boolean) {
  const webBuildDir = join(work, withBuild ? 'build' : 'missing');
  if (withBuild) {
    mkdirSync(webBuildDir, { recursive: true });
    writeFileSync(
      join(webBuildDir, 'index.html'),
      `<!doctype html><title>Ruhr Stories</title><script>${BOOTSTRAP}</script>`,
    );
  }
  const app = new App({ outdir: join(work, `cdk.out.${withBuild}`) });
  const stack = new Stack(app, 'Site');
  new WebDistribution(stack, 'Web', {
    apiDomainName: 'abc123.execute-api.eu-central-1.amazonaws.com',
    webBuildDir,
    originHeaderValue: SecretValue.secretsManager('OriginSecret').unsafeUnwrap(),
    webAclArn: WEB_ACL_ARN,
    connectOrigins: ['https://anmelden.ruhr-stories.example'],
    // The media bucket itself is tested with the whole stack (infra/media.test.ts).
    mediaBucket: Bucket.fromBucketAttributes(stack, 'Media', {
      bucketName: 'ruhr-stories-media',
      bucketRegionalDomainName: MEDIA_DOMAIN,
    }),
  });
  const template = Template.fromStack(stack);
  return { app, template };
}

// Each test synthesizes a small stack; generous, because a busy machine makes that slow.
describe('WebDistribution', { timeout: 60_000 }, () => {
  it('sends /api/* uncached to the API, with every viewer header but Host', () => {
    const { template } = synthesizeSite(false);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([
          Match.objectLike({
            PathPattern: '/api/*',
            CachePolicyId: CACHING_DISABLED,
            OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
            AllowedMethods: Match.arrayWith(['PUT', 'PATCH', 'POST', 'DELETE']),
            ViewerProtocolPolicy: 'https-only',
            ResponseHeadersPolicyId: Match.anyValue(),
          }),
        ]),
      }),
    });
  });

  it('serves a private bucket through OAC, with SPA routing on the web behaviour only', () => {
    const { template } = synthesizeSite(false);
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    expect(config.Origins.some((origin: any) => origin.OriginAccessControlId)).toBe(true);
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: expect.anything() },
    ]);
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toBeDefined();
    // Distribution-wide error responses would turn the API's problem+json 404s into HTML 200s.
    expect(config.CustomErrorResponses).toBeUndefined();
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('serves the API reference assets from the bucket, matched before /api/*', () => {
    const { template } = synthesizeSite(false);
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    const patterns = config.CacheBehaviors.map((behavior: any) => behavior.PathPattern);
    expect(patterns).toEqual(['/media/*', '/api/docs/assets/*', '/api/*']);
    const [, assets] = config.CacheBehaviors;
    expect(assets.TargetOriginId).toBe(config.DefaultCacheBehavior.TargetOriginId);
    // The site's bucket, the media bucket and the API.
    expect(config.Origins).toHaveLength(3);
    expect(assets.AllowedMethods ?? ['GET', 'HEAD']).toEqual(['GET', 'HEAD']);
    expect(assets.ResponseHeadersPolicyId).toEqual(
      config.DefaultCacheBehavior.ResponseHeadersPolicyId,
    );
    expect(assets.FunctionAssociations).toBeUndefined();
  });

  it("sends the build's CSP on the site, and on API answers that bring none of their own", () => {
    const { template } = synthesizeSite(true);
    const csp = contentSecurityPolicy(
      { scripts: [BOOTSTRAP_HASH], styles: [] },
      ['https://anmelden.ruhr-stories.example'],
      [`https://${MEDIA_DOMAIN}`],
    );
    expect(csp).toContain(`'${BOOTSTRAP_HASH}'`);
    // The SPA fetches its tokens from the sign-in service, and talks to the media bucket for
    // uploads and private views; to no other origin.
    expect(csp).toContain(
      `connect-src 'self' https://anmelden.ruhr-stories.example https://${MEDIA_DOMAIN};`,
    );
    expect(csp).toContain(`img-src 'self' blob: https://${MEDIA_DOMAIN};`);
    expect(csp).toContain(`media-src 'self' blob: https://${MEDIA_DOMAIN};`);
    const policies = Object.values(
      template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    ).map((policy) => policy.Properties.ResponseHeadersPolicyConfig);
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.SecurityHeadersConfig).toEqual({
        ContentSecurityPolicy: { ContentSecurityPolicy: csp, Override: expect.any(Boolean) },
        StrictTransportSecurity: {
          AccessControlMaxAgeSec: 63_072_000,
          IncludeSubdomains: true,
          Override: true,
        },
        ContentTypeOptions: { Override: true },
        FrameOptions: { FrameOption: 'DENY', Override: true },
        ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
      });
    }
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    const policyIds = Object.keys(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const overrideOf = (ref: { Ref: string }) =>
      template.toJSON().Resources[ref.Ref].Properties.ResponseHeadersPolicyConfig
        .SecurityHeadersConfig.ContentSecurityPolicy.Override;
    expect(policyIds).toContain(config.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref);
    expect(overrideOf(config.DefaultCacheBehavior.ResponseHeadersPolicyId)).toBe(true);
    const api = config.CacheBehaviors.find((behavior: any) => behavior.PathPattern === '/api/*');
    expect(overrideOf(api.ResponseHeadersPolicyId)).toBe(false);
  });

  it('is protected by the web ACL and keeps earlier versions of the site', () => {
    const { template } = synthesizeSite(false);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: WEB_ACL_ARN }),
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } })],
      },
    });
  });

  it('uploads nothing when there is no web build yet', () => {
    synthesizeSite(false).template.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });

  it('uploads the web build and invalidates the cache when there is one', () => {
    synthesizeSite(true).template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DistributionPaths: ['/*'],
    });
  });

  it('uploads the API reference assets beside the web build, under api/docs/assets/', () => {
    const { app, template } = synthesizeSite(true);
    const [upload] = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    expect(upload!.Properties.SourceObjectKeys).toHaveLength(4);
    const out = app.synth().directory;
    const staged = readdirSync(out)
      .filter((name) => name.startsWith('asset.'))
      .flatMap((asset) => {
        const dir = join(out, asset, 'api', 'docs', 'assets');
        return existsSync(dir) ? readdirSync(dir) : [];
      })
      .sort();
    expect(staged).toEqual(['init.js', 'swagger-ui-bundle.js', 'swagger-ui.css']);
  });

  it('leaves no cdk-nag finding unacknowledged, upload handler included', () => {
    const { app } = synthesizeSite(true);
    const result = new AwsSolutionsChecks().validateScope(app);
    expect(result.violations.map((v) => v.ruleName)).toEqual([]);
  });
});
