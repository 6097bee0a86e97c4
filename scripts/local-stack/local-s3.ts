import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';

export type LocalS3 = {
  /** The S3 API endpoint (S3_ENDPOINT). */
  endpoint: string;
  stop: () => Promise<void>;
};

/**
 * The bucket's CORS rules: the web app uploads with a presigned POST from its own origin and
 * shows private photos and recordings by presigned GET (DESIGN §9). The AWS bucket has the same
 * rules (infra).
 */
const corsRules = (origins: string[]) => `<CORSConfiguration>
${origins
  .map(
    (origin) => `  <CORSRule>
    <AllowedOrigin>${origin}</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>`,
  )
  .join('\n')}
</CORSConfiguration>`;

/**
 * Starts an S3-compatible server from npm (@20minutes/s3rver, DESIGN §4, §5) in this process, with
 * the media bucket created (by `configureBuckets`: the server refuses the SDK's signature on
 * CreateBucket). Files live under `directory`, or in a temporary directory removed at stop.
 */
export async function startLocalS3(options: {
  port: number;
  bucket: string;
  /** The web app's origins, allowed to upload and read by CORS. */
  origins: string[];
  directory?: string;
}): Promise<LocalS3> {
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'ruhr-stories-s3-')));
  const server = new S3rver({
    port: options.port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [
      { name: options.bucket, configs: options.origins.length ? [corsRules(options.origins)] : [] },
    ],
  });
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    async stop() {
      await server.close();
      if (!options.directory) await rm(directory, { recursive: true, force: true });
    },
  };
}
