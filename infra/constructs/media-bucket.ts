import { Duration, RemovalPolicy, Stack, Token, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import {
  PolicyDocument,
  PolicyStatement,
  Role,
  ServicePrincipal,
  type IGrantable,
} from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { distributionArn } from './web-distribution';

/**
 * The bucket's prefixes (shared/media-files.ts): `uploads/<id>` as uploaded, `private/<id>/<file>`
 * the processed files, `public/<id>/<file>` the copies of a published story's media.
 */
export const MEDIA_PREFIXES = { uploads: 'uploads/', private: 'private/', public: 'public/' };

/** How long an upload that was never processed stays (DESIGN §9: "expire after a day"). */
export const UPLOAD_EXPIRY = Duration.days(1);

/** The tag GuardDuty writes on each scanned object; the media context waits for NO_THREATS_FOUND. */
export const MALWARE_SCAN_TAG = 'GuardDutyMalwareScanStatus';

/** What the media context reads for MALWARE_SCAN (functions/src/core/config.ts). */
export const MALWARE_SCAN_MODE = 'guardduty';

export type MediaBucketProps = {
  /**
   * Origins whose pages may upload (presigned POST) and fetch private views (presigned GET)
   * from the bucket itself, in the browser: the site's.
   */
  siteOrigins: string[];
};

/**
 * The media bucket of DESIGN §9: private, encrypted, TLS only, versioned for a day; uploads scanned
 * by GuardDuty Malware Protection for S3 before the media context processes them; the public copies
 * read by CloudFront only (allowCdnRead). Every grant names its prefix: nothing gets `s3:*`, and
 * no function gets the bucket as a whole.
 */
export class MediaBucket extends Construct {
  readonly bucket: Bucket;
  readonly malwareProtection: CfnMalwareProtectionPlan;
  /** The role GuardDuty assumes to scan and tag uploads. */
  readonly scanRole: Role;

  constructor(scope: Construct, id: string, props: MediaBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3-managed keys, as the rest of the stack (the table and the site bucket use AWS-owned
      // keys): CloudFront's OAC reads them without a key policy.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // A bug that overwrites or deletes a file can be undone by hand for a day.
      versioned: true,
      lifecycleRules: [
        {
          id: 'UnprocessedUploads',
          prefix: MEDIA_PREFIXES.uploads,
          expiration: UPLOAD_EXPIRY,
        },
        {
          id: 'DeletedFilesGoForGood',
          // With versioning, a DeleteObject only hides a file behind a delete marker. Hiding,
          // withdrawal, erasure and a withdrawn consent delete the public (and private) copies,
          // and that must really remove the photo or the voice: the older version expires a
          // day later, its delete marker after it.
          noncurrentVersionExpiration: Duration.days(1),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // The browser talks to the bucket itself for two things only: the presigned POST of an
      // upload (from the site's pages, with progress, so CORS) and presigned GETs of a story's
      // private view. Public copies come through CloudFront under the site's own origin.
      cors: [
        {
          allowedOrigins: props.siteOrigins,
          allowedMethods: [HttpMethods.GET, HttpMethods.HEAD, HttpMethods.POST],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 3600,
        },
      ],
      // The photos and recordings of contributors are kept when the stack goes away.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.scanRole = this.createScanRole();
    this.malwareProtection = new CfnMalwareProtectionPlan(this, 'MalwareProtection', {
      role: this.scanRole.roleArn,
      protectedResource: {
        s3Bucket: {
          bucketName: this.bucket.bucketName,
          // Only what a browser uploaded: processed files are written by the media context.
          objectPrefixes: [MEDIA_PREFIXES.uploads],
        },
      },
      // GuardDuty tags each scanned upload with MALWARE_SCAN_TAG; processing waits for it.
      actions: { tagging: { status: 'ENABLED' } },
    });

    this.acknowledgeFindings();
  }

  /** The media context: it signs the presigned POST, and processes uploads into private/. */
  grantProcessing(grantee: IGrantable): void {
    this.allow(grantee, ['s3:PutObject'], [MEDIA_PREFIXES.uploads, MEDIA_PREFIXES.private]);
    this.allow(
      grantee,
      ['s3:GetObject', 's3:GetObjectTagging', 's3:DeleteObject'],
      [MEDIA_PREFIXES.uploads],
    );
    // `complete` before the file arrived must be told apart (409 upload-missing) from a failure.
    this.allowNotFound(grantee);
  }

  /**
   * S3 answers a GET (or a copy) of a key that does not exist with 403 AccessDenied rather than
   * 404 NoSuchKey unless the caller may list the bucket. The functions never list; a listing
   * would show keys (ids), not what they hold.
   */
  private allowNotFound(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
  }

  /** A context that shows a story's private view: it presigns GETs of the processed files. */
  grantPrivateRead(grantee: IGrantable): void {
    this.allow(grantee, ['s3:GetObject'], [MEDIA_PREFIXES.private]);
  }

  /**
   * The media publisher: copies private files to public/ at publication, deletes the public copies
   * when a story leaves view, and a person's files at erasure. It never writes private/.
   */
  grantPublishing(grantee: IGrantable): void {
    this.allow(grantee, ['s3:GetObject'], [MEDIA_PREFIXES.private]);
    this.allow(grantee, ['s3:PutObject'], [MEDIA_PREFIXES.public]);
    this.allow(
      grantee,
      ['s3:DeleteObject'],
      [MEDIA_PREFIXES.public, MEDIA_PREFIXES.private, MEDIA_PREFIXES.uploads],
    );
    // A copy whose private file is missing is logged and skipped, not retried (NoSuchKey).
    this.allowNotFound(grantee);
  }

  /** Lets exactly this distribution read public/, through its Origin Access Control. */
  allowCdnRead(distribution: IDistribution): void {
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudFrontReadsPublicCopies',
        principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${MEDIA_PREFIXES.public}*`)],
        conditions: {
          StringEquals: { 'AWS:SourceArn': distributionArn(distribution) },
        },
      }),
    );
  }

  private allow(grantee: IGrantable, actions: string[], prefixes: string[]): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions,
        resources: prefixes.map((prefix) => this.bucket.arnForObjects(`${prefix}*`)),
      }),
    );
  }

  /**
   * The role of Malware Protection for S3, as the GuardDuty guide's "Create or update IAM role
   * policy" lists it, narrowed to uploads/ where it reads and tags: the EventBridge managed rule
   * that tells GuardDuty of new objects, the bucket's EventBridge notifications, its validation
   * object, and the bucket ownership check.
   */
  private createScanRole(): Role {
    const stack = Stack.of(this);
    const managedRule = stack.formatArn({
      service: 'events',
      resource: 'rule',
      resourceName: 'DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*',
    });
    const uploads = this.bucket.arnForObjects(`${MEDIA_PREFIXES.uploads}*`);
    const policy = new PolicyDocument({
      statements: [
        new PolicyStatement({
          sid: 'AllowManagedRuleToSendS3EventsToGuardDuty',
          actions: [
            'events:PutRule',
            'events:DeleteRule',
            'events:PutTargets',
            'events:RemoveTargets',
          ],
          resources: [managedRule],
          conditions: {
            StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' },
          },
        }),
        new PolicyStatement({
          sid: 'AllowGuardDutyToMonitorEventBridgeManagedRule',
          actions: ['events:DescribeRule', 'events:ListTargetsByRule'],
          resources: [managedRule],
        }),
        new PolicyStatement({
          sid: 'AllowPostScanTag',
          actions: [
            's3:PutObjectTagging',
            's3:GetObjectTagging',
            's3:PutObjectVersionTagging',
            's3:GetObjectVersionTagging',
          ],
          resources: [uploads],
        }),
        new PolicyStatement({
          sid: 'AllowEnableS3EventBridgeEvents',
          actions: ['s3:PutBucketNotification', 's3:GetBucketNotification'],
          resources: [this.bucket.bucketArn],
        }),
        new PolicyStatement({
          sid: 'AllowPutValidationObject',
          actions: ['s3:PutObject'],
          resources: [this.bucket.arnForObjects('malware-protection-resource-validation-object')],
        }),
        new PolicyStatement({
          sid: 'AllowCheckBucketOwnership',
          actions: ['s3:ListBucket'],
          resources: [this.bucket.bucketArn],
        }),
        new PolicyStatement({
          sid: 'AllowMalwareScan',
          actions: ['s3:GetObject', 's3:GetObjectVersion'],
          resources: [uploads],
        }),
      ],
    });
    // Inline, so the plan (which names the role) is created only once the role can do its work.
    return new Role(this, 'ScanRole', {
      assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
      description: 'GuardDuty Malware Protection for S3 scans and tags uploads of Ruhr Stories',
      inlinePolicies: { MalwareProtection: policy },
    });
  }

  private acknowledgeFindings(): void {
    const stack = Stack.of(this);
    const bucketId = stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnElement));
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'No server access logs: they would record the IP address of every contributor who ' +
        'uploads and every visitor behind CloudFront, and the platform tracks no visitors ' +
        '(DESIGN.md section 6). The stack has no log bucket; API access logs without IPs exist.',
    });
    Validations.of(this.scanRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${MEDIA_PREFIXES.uploads}*]`,
      reason: 'GuardDuty reads and tags every upload, and only uploads (the plan’s one prefix).',
    });
    // cdk-nag names a pseudo parameter as <AWS::…>, and a value fixed at synth as itself.
    const named = (value: string, pseudo: string) => (Token.isUnresolved(value) ? pseudo : value);
    const partition = named(stack.partition, '<AWS::Partition>');
    const region = named(stack.region, '<AWS::Region>');
    const account = named(stack.account, '<AWS::AccountId>');
    Validations.of(this.scanRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:events:${region}:${account}:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*]`,
      reason:
        'The EventBridge rule GuardDuty manages for the plan; AWS names it with this prefix and a ' +
        'suffix of its own (GuardDuty guide, "Create or update IAM role policy").',
    });
  }

  /** Acknowledges the prefix wildcards of a function's media grants, with why it needs them. */
  acknowledgeGrants(fn: IFunction, prefixes: string[], reason: string): void {
    // The grants are in the policy of the function's role, which is not inside the function.
    const scope = fn.role ?? fn;
    const stack = Stack.of(this);
    const bucketId = stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnElement));
    for (const prefix of prefixes) {
      Validations.of(scope).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${prefix}*]`,
        reason,
      });
    }
  }
}
