import { existsSync } from 'node:fs';
import { Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { SiteDeployment } from './site-deployment';
import { SPA_ROUTING_CODE } from './spa-routing';

export type WebDistributionProps = {
  /** Host name of the HTTP API, the origin for /api/*. */
  apiDomainName: string;
  /** The SvelteKit adapter-static output; deployed only if it exists at synth time. */
  webBuildDir: string;
};

/**
 * The site: a private bucket read by CloudFront through Origin Access Control, and the API under
 * the same origin (/api/*), so the browser needs no CORS and the SPA calls relative URLs.
 */
export class WebDistribution extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: WebDistributionProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });
    const spaRouting = new CloudFrontFunction(this, 'SpaRouting', {
      code: FunctionCode.fromInline(SPA_ROUTING_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves /index.html for client-side routes of the SPA',
    });
    const securityHeaders = ResponseHeadersPolicy.SECURITY_HEADERS;
    const site = S3BucketOrigin.withOriginAccessControl(this.bucket);

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Ruhr Stories',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: site,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          { function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // Before /api/*, as CloudFront takes the first pattern that matches: the API reference's
        // assets are files of the site (functions/src/service/api-docs.ts), kept out of the Lambdas.
        '/api/docs/assets/*': {
          origin: site,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          responseHeadersPolicy: securityHeaders,
        },
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
          }),
          // A redirect would turn a POST into a GET; the API answers over HTTPS only.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // API Gateway routes on its own Host header, so everything else is passed through.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
      // Deliberately no errorResponses: they would apply to /api/* too (see spa-routing.ts).
    });

    if (existsSync(props.webBuildDir)) {
      new SiteDeployment(this, 'Site', {
        webBuildDir: props.webBuildDir,
        bucket: this.bucket,
        distribution: this.distribution,
      });
    }
    // Otherwise there is nothing to upload yet (`cdk synth` before `npm run build`): the stack
    // still synthesizes, and a deploy after a web build fills the bucket.

    this.acknowledgeFindings();
  }

  private acknowledgeFindings(): void {
    const onDistribution = Validations.of(this.distribution);
    onDistribution.acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: the Ruhr and its mining migration reach far beyond Germany ' +
        '(Turkey, Poland, Italy, Greece, Korea), and those families are meant to contribute.',
    });
    onDistribution.acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'No WAF for now (cost for a museum budget); the API stage is throttled, every write needs ' +
        'a signed-in user, and every story is pre-moderated.',
    });
    onDistribution.acknowledge({
      id: 'AwsSolutions-CFR3',
      reason:
        'No CloudFront access logs: they record visitor IP addresses, and the platform tracks no ' +
        'visitors (DESIGN.md section 6). API access logs without IPs exist for operations.',
    });
    onDistribution.acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate allows no minimum TLS version to be set; set ' +
        'TLSv1.2_2021 together with the custom domain and its certificate.',
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'The bucket holds only the public build of the web app and is read solely by CloudFront ' +
        'via OAC; server access logs would add cost and visitor data without a use.',
    });
  }
}
