import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** The web ACL's metric name: the WebACL dimension of its CloudWatch metrics. */
export const WEB_ACL_METRIC = 'RuhrStoriesWebAcl';

/** Requests one IP address may make in five minutes, across the whole site and API. */
export const RATE_LIMIT_PER_IP = 2000;

// WAF's answer to a blocked request, in the API's problem+json shape (WAF can only call the type
// application/json). The SPA treats any 429 as "try again later" (web/src/lib/api.ts).
const TOO_MANY_REQUESTS = JSON.stringify({
  type: '/problems/rate-limited',
  title: 'Too Many Requests',
  status: 429,
  detail: 'Too many requests from this network. Please try again in a few minutes.',
});

/**
 * The WAF web ACL in front of CloudFront. A CloudFront-scoped web ACL can only be created in
 * us-east-1, while the platform lives in the region that keeps its data (eu-central-1 by
 * default). HTTP APIs take no web ACL of their own, so this small stack is deployed to us-east-1
 * and the main stack reads the ACL's ARN through CDK's cross-region references. One code path
 * whatever the main region, us-east-1 included.
 */
export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    // No sampled requests: they keep visitors' IP addresses (DESIGN.md section 6); the counts in
    // CloudWatch are enough to see an attack.
    const visibility = (metricName: string) => ({
      metricName,
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: false,
    });
    const acl = new CfnWebACL(this, 'WebAcl', {
      description: 'Ruhr Stories: per-IP rate limit in front of the site and its API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(WEB_ACL_METRIC),
      customResponseBodies: {
        'too-many-requests': { contentType: 'APPLICATION_JSON', content: TOO_MANY_REQUESTS },
      },
      rules: [
        {
          name: 'PerIpRateLimit',
          priority: 0,
          // Generous: a school class or a museum's visitor Wi-Fi shares one address.
          statement: {
            rateBasedStatement: {
              limit: RATE_LIMIT_PER_IP,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
          action: {
            block: {
              customResponse: { responseCode: 429, customResponseBodyKey: 'too-many-requests' },
            },
          },
          visibilityConfig: visibility('RuhrStoriesPerIpRateLimit'),
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
