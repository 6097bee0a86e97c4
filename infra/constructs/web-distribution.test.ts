import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebDistribution } from './web-distribution';

// Managed CloudFront policy ids (fixed by AWS).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

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
    writeFileSync(join(webBuildDir, 'index.html'), '<!doctype html><title>Ruhr Stories</title>');
  }
  const app = new App({ outdir: join(work, `cdk.out.${withBuild}`) });
  const stack = new Stack(app, 'Site');
  new WebDistribution(stack, 'Web', {
    apiDomainName: 'abc123.execute-api.eu-central-1.amazonaws.com',
    webBuildDir,
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
    expect(patterns).toEqual(['/api/docs/assets/*', '/api/*']);
    const [assets] = config.CacheBehaviors;
    expect(assets.TargetOriginId).toBe(config.DefaultCacheBehavior.TargetOriginId);
    expect(config.Origins).toHaveLength(2);
    expect(assets.AllowedMethods ?? ['GET', 'HEAD']).toEqual(['GET', 'HEAD']);
    expect(assets.ResponseHeadersPolicyId).toEqual(
      config.DefaultCacheBehavior.ResponseHeadersPolicyId,
    );
    expect(assets.FunctionAssociations).toBeUndefined();
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
