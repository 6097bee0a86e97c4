import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import type { Config } from '../core/config';

/**
 * The CDN in front of the media bucket's `public/` prefix (DESIGN §9): when a public copy goes,
 * its cached copies must go too, or a withdrawn photo would stay visible until the cache expires
 * (a year: ids never change). `reference` makes a retry of the same change the same request, so
 * CloudFront answers with the invalidation it already has instead of making a second one.
 */
export type CdnInvalidator = {
  invalidate(paths: string[], reference: string): Promise<void>;
};

/** Locally the web server's proxy reads the bucket directly: there is no cache to clear. */
export const noCdn: CdnInvalidator = { invalidate: async () => {} };

/** CloudFront's CreateInvalidation on AWS (CDN_DISTRIBUTION_ID set), else none. */
export function createCdnInvalidator(
  config: Pick<Config, 'cdnDistributionId' | 'awsRegion'>,
): CdnInvalidator {
  const distributionId = config.cdnDistributionId;
  if (!distributionId) return noCdn;
  const client = new CloudFrontClient({ region: config.awsRegion });
  return {
    async invalidate(paths, reference) {
      if (!paths.length) return;
      await client.send(
        new CreateInvalidationCommand({
          DistributionId: distributionId,
          InvalidationBatch: {
            // CloudFront allows 128 characters; a stream record's event id is far shorter.
            CallerReference: reference.slice(0, 128),
            Paths: { Quantity: paths.length, Items: paths },
          },
        }),
      );
    },
  };
}
