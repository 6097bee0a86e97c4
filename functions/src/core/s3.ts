import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from './config';

type S3ClientConfig = Pick<Config, 's3Endpoint' | 'awsRegion'>;

/**
 * The one way to make an S3 client. With a configured endpoint (the local S3-compatible server,
 * DESIGN §5) it signs for `us-east-1`, the only region that server verifies, addresses buckets by
 * path, uses fixed dummy credentials, and sends checksums only where S3 requires them (the server
 * does not know the SDK's newer checksum headers). Real AWS uses the default provider chain.
 */
export function createS3Client(config: S3ClientConfig): S3Client {
  if (!config.s3Endpoint) return new S3Client({ region: config.awsRegion });
  return new S3Client({
    endpoint: config.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export type MediaBucket = { s3: S3Client; bucket: string };

/**
 * Creates the bucket if it does not exist yet, for an S3_ENDPOINT given from outside (DESIGN §4:
 * the table and the bucket are created if missing). `npm start`'s own server creates it at start.
 */
export async function ensureBucket({ s3, bucket }: MediaBucket): Promise<'existing' | 'created'> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return 'existing';
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== 404) {
      throw error;
    }
  }
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  return 'created';
}
