import { existsSync } from 'node:fs';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  type IDistribution,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  S3OriginAccessControl,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Construct } from 'constructs';
import { ORIGIN_HEADER } from '../../functions/src/core/origin-guard';
import { buildHashes, contentSecurityPolicy } from '../content-security-policy';
import { MEDIA_PATH } from '../../shared/media-files';
import { MEDIA_ROUTING_CODE } from './media-routing';
import { SiteDeployment } from './site-deployment';
import { SPA_ROUTING_CODE } from './spa-routing';

export type WebDistributionProps = {
  /** Host name of the HTTP API, the origin for /api/*. */
  apiDomainName: string;
  /** The SvelteKit adapter-static output; deployed only if it exists at synth time. */
  webBuildDir: string;
  /**
   * What CloudFront sends in the origin header to the API: a Secrets Manager dynamic reference
   * (`{{resolve:secretsmanager:…}}`), so the value never appears in the template.
   */
  originHeaderValue: string;
  /** ARN of the CloudFront-scoped WAF web ACL (created in us-east-1, see infra/edge-stack.ts). */
  webAclArn: string;
  /** The museum's own domain for the site, with its certificate (in us-east-1); else CloudFront's. */
  customDomain?: { domainName: string; certificateArn: string };
  /** Origins the SPA calls besides its own (the sign-in service), for the CSP's connect-src. */
  connectOrigins: string[];
  /**
   * The media bucket (./media-bucket): its public/ copies are served at /media/*, and the browser
   * reaches the bucket itself for uploads and private views (the CSP names its origin). Its
   * policy lets this distribution read public/ (MediaBucket.allowCdnRead).
   */
  mediaBucket: IBucket;
};

/** A distribution's ARN (CloudFront is global: no region in it). */
export function distributionArn(distribution: IDistribution): string {
  return Stack.of(distribution).formatArn({
    service: 'cloudfront',
    region: '',
    resource: 'distribution',
    resourceName: distribution.distributionId,
  });
}

/** The media bucket's origin as the SDK presigns for it: virtual-hosted, regional. */
export const mediaBucketOrigin = (bucket: IBucket) => `https://${bucket.bucketRegionalDomainName}`;

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
      // A deploy replaces and prunes files; earlier versions allow a rollback by hand for a month.
      versioned: true,
      lifecycleRules: [
        {
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    const spaRouting = new CloudFrontFunction(this, 'SpaRouting', {
      code: FunctionCode.fromInline(SPA_ROUTING_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves /index.html for client-side routes of the SPA',
    });
    // The policy allows exactly the inline code of the build being deployed.
    const csp = contentSecurityPolicy(buildHashes(props.webBuildDir), props.connectOrigins, [
      mediaBucketOrigin(props.mediaBucket),
    ]);
    const siteHeaders = securityHeadersPolicy(this, 'SiteHeaders', csp, true);
    // /api/docs may bring a policy of its own (the hashes of its own scripts); every other API
    // answer has none, and gets the site's.
    const apiHeaders = securityHeadersPolicy(this, 'ApiHeaders', csp, false);
    const site = S3BucketOrigin.withOriginAccessControl(this.bucket);
    // Its own access control and a bucket policy of the media bucket's, which allows public/
    // only: withOriginAccessControl would allow every object of the bucket, private/ included.
    const mediaAccess = new S3OriginAccessControl(this, 'MediaAccess', {
      description: 'Ruhr Stories: CloudFront reads the public copies of the media bucket',
    });
    const media = S3BucketOrigin.withBucketDefaults(props.mediaBucket, {
      originPath: '/public',
      originAccessControlId: mediaAccess.originAccessControlId,
    });
    const mediaRouting = new CloudFrontFunction(this, 'MediaRouting', {
      code: FunctionCode.fromInline(MEDIA_ROUTING_CODE),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Maps /media/<id>/<file> to the key public/<id>/<file> of the media bucket',
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Ruhr Stories',
      webAclId: props.webAclArn,
      ...(props.customDomain && {
        domainNames: [props.customDomain.domainName],
        certificate: Certificate.fromCertificateArn(
          this,
          'SiteCertificate',
          props.customDomain.certificateArn,
        ),
      }),
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: site,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: siteHeaders,
        functionAssociations: [
          { function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // A published story's photos and recordings (DESIGN §9). Its files never change under
        // one name (a new photo is a new id), and the media publisher invalidates /media/<id>/*
        // when a story leaves view. Photos and audio are compressed already: no compression.
        [`${MEDIA_PATH}/*`]: {
          origin: media,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          compress: false,
          responseHeadersPolicy: siteHeaders,
          functionAssociations: [
            { function: mediaRouting, eventType: FunctionEventType.VIEWER_REQUEST },
          ],
        },
        // Before /api/*, as CloudFront takes the first pattern that matches: the API reference's
        // assets are files of the site (functions/src/service/api-docs.ts), kept out of the Lambdas.
        '/api/docs/assets/*': {
          origin: site,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          responseHeadersPolicy: siteHeaders,
        },
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            // The functions answer 403 without it: the execute-api URL alone is of no use.
            customHeaders: { [ORIGIN_HEADER]: props.originHeaderValue },
          }),
          // A redirect would turn a POST into a GET; the API answers over HTTPS only.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // API Gateway routes on its own Host header, so everything else is passed through.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
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

/**
 * The security headers of every answer: the CSP, HSTS for two years with subdomains, nosniff,
 * no framing, and no referrer to other sites (nothing tracks visitors, DESIGN.md section 6).
 * `overrideCsp: false` keeps a policy the origin sent itself.
 */
function securityHeadersPolicy(
  scope: Construct,
  id: string,
  csp: string,
  overrideCsp: boolean,
): ResponseHeadersPolicy {
  return new ResponseHeadersPolicy(scope, id, {
    comment: `Ruhr Stories security headers (${id})`,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: csp, override: overrideCsp },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
    },
  });
}
