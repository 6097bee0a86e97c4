/** The part of @20minutes/s3rver's API the local stack uses (the package ships no types). */
declare module '@20minutes/s3rver' {
  type BucketConfig = { name: string; configs?: (string | Buffer)[] };
  export default class S3rver {
    constructor(options: {
      port?: number;
      address?: string;
      silent?: boolean;
      directory?: string;
      resetOnClose?: boolean;
      configureBuckets?: BucketConfig[];
    });
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
