import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EVENT_HANDLERS, type HandlerName } from '../functions/src/events/catalogue';
import { AppSecrets } from './constructs/app-secrets';
import { ContextFunction, type ContextFunctionProps } from './constructs/context-function';
import { EventHandlerFunction } from './constructs/event-handler-function';
import { ApiGateway, type ContextFunctions } from './constructs/http-api';
import { Identity, type LoginDomain } from './constructs/identity';
import { MALWARE_SCAN_MODE, MEDIA_PREFIXES, MediaBucket } from './constructs/media-bucket';
import { Monitoring } from './constructs/monitoring';
import { StoriesTable, type TableAccess } from './constructs/stories-table';
import { TableBackup } from './constructs/table-backup';
import { WebDistribution } from './constructs/web-distribution';
import { WEB_ACL_METRIC } from './edge-stack';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type RuhrStoriesStackProps = StackProps & {
  /** The SvelteKit build to upload; skipped when the folder does not exist. */
  webBuildDir: string;
  logLevel: LogLevel;
  /** The CloudFront web ACL (from the us-east-1 edge stack). */
  webAclArn: string;
  /** Receives the alarms; optional so that a first synth needs no address. */
  alarmEmail?: string;
  /** The site's own domain and its certificate (us-east-1); CloudFront's domain without one. */
  siteDomain?: { domainName: string; certificateArn: string };
  /** Where the managed login pages live (a sub-domain of the site's, e.g. anmelden.…). */
  loginDomain: LoginDomain;
  /** The verified SES address Cognito sends its codes from. */
  mailFrom?: string;
};

// What each context may do with the table. Accounts writes too: a new display name is copied onto
// the person's stories, feed cards, picks, exhibition items and comments (stories/commands/
// rename-author.ts, behind the accounts port), and the profile is read with BatchGetItem. Media
// keeps an item per upload in its owner's partition (functions/src/media/keys.ts). Opendata only
// reads: stories through the stories repository, statistics from the counters that the
// stats-counter event handler keeps.
const TABLE_ACCESS: Record<keyof ContextFunctions, TableAccess> = {
  stories: 'readWrite',
  moderation: 'readWrite',
  curation: 'readWrite',
  accounts: 'readWrite',
  media: 'readWrite',
  opendata: 'read',
};

// Reserved instances per context (120 in all): the public stories context gets most; no context
// can take the whole account's concurrency from the others. The account needs a concurrency
// quota of at least 220, since AWS keeps 100 unreserved. Media processing is the costly one
// (2 GB for up to a minute), so ten at a time is its cap.
const RESERVED_CONCURRENCY: Record<keyof typeof TABLE_ACCESS, number> = {
  stories: 50,
  moderation: 10,
  curation: 20,
  accounts: 20,
  media: 10,
  opendata: 10,
};

/**
 * The media context processes a photo (decode, orient, six variants) or checks a recording in
 * one request of `complete`: sharp is fast with 2 GB (Lambda's CPU grows with memory), and a
 * 20 MB HEIC photo still takes seconds, so a minute rather than an API request's ten seconds.
 */
export const MEDIA_FUNCTION = { memorySize: 2048, timeout: Duration.seconds(60) };

// Contexts whose pages show a story not yet public with its media: the author's own view
// (stories), the queue (moderation), the data export (accounts). They presign GETs of private/.
const PRIVATE_MEDIA_READERS = ['stories', 'moderation', 'accounts'] as const;

/**
 * Everything Ruhr Stories runs on in AWS: table and its backups, media bucket with its malware
 * scan, user pool, secrets, six context Lambdas, one Lambda per event handler on the table's
 * stream, HTTP API, site with the public media, alarms and dashboard. The WAF web ACL is in the
 * edge stack.
 */
export class RuhrStoriesStack extends Stack {
  /** The context Lambdas, exposed for the stack tests. */
  readonly functions: ContextFunctions;
  /** The event handlers (functions/src/events/catalogue.ts), by name. */
  readonly eventHandlers: Record<HandlerName, EventHandlerFunction>;

  constructor(scope: Construct, id: string, props: RuhrStoriesStackProps) {
    super(scope, id, props);
    const table = new StoriesTable(this, 'Data');
    const media = new MediaBucket(this, 'Media', {
      // The site's origin for uploads and private views. Without a domain of its own the site
      // is at CloudFront's generated domain, which the bucket cannot name: the distribution
      // reads the bucket, so the bucket naming it back would be a cycle. Any *.cloudfront.net
      // page may then make its browser send to the bucket; it still needs a URL our function
      // presigned, so CORS here decides only who may read the answer.
      siteOrigins: props.siteDomain
        ? [`https://${props.siteDomain.domainName}`]
        : ['https://*.cloudfront.net'],
    });
    const secrets = new AppSecrets(this, 'Secrets');
    const customMessage = new ContextFunction(this, 'CognitoMessagesFunction', {
      context: 'accounts',
      entry: 'cognito-custom-message.ts',
      environment: {},
    }).fn;
    const identity = new Identity(this, 'Identity', {
      loginDomain: props.loginDomain,
      mailFrom: props.mailFrom,
      customMessage,
    });

    // Env shared by every context. Never DYNAMODB_ENDPOINT or AUTH_MODE=local here: those belong
    // to the local stack only. The client id follows below, once the site's address is known.
    const environment = {
      TABLE_NAME: table.table.tableName,
      AUTH_MODE: 'jwks',
      // Names, not values: the functions read both at cold start (functions/src/core/secrets.ts).
      CURSOR_SECRET_ARN: secrets.cursor.secretArn,
      ORIGIN_SECRET_ARN: secrets.origin.secretArn,
      LOG_LEVEL: props.logLevel,
    };
    const fn = (context: keyof typeof TABLE_ACCESS, extra: Partial<ContextFunctionProps> = {}) =>
      new ContextFunction(this, `${capitalize(context)}Function`, {
        context,
        table: { table, access: TABLE_ACCESS[context] },
        environment,
        reservedConcurrency: RESERVED_CONCURRENCY[context],
        secrets: [secrets.cursor, secrets.origin],
        ...extra,
      }).fn;
    const functions = {
      stories: fn('stories'),
      moderation: fn('moderation'),
      curation: fn('curation'),
      accounts: fn('accounts'),
      opendata: fn('opendata'),
      media: fn('media', {
        ...MEDIA_FUNCTION,
        // sharp's native build for Lambda's linux-arm64 beside the bundle (ContextFunction).
        nativeModules: ['sharp'],
        environment: {
          ...environment,
          MEDIA_BUCKET: media.bucket.bucketName,
          // An upload is processed only once GuardDuty tagged it clean.
          MALWARE_SCAN: MALWARE_SCAN_MODE,
        },
      }),
    };
    this.functions = functions;
    media.grantProcessing(functions.media);
    media.acknowledgeGrants(
      functions.media,
      [MEDIA_PREFIXES.uploads, MEDIA_PREFIXES.private],
      'The media context writes and reads the files of any upload: each key is <prefix><id>' +
        '(/<file>), with ids made at run time.',
    );
    for (const context of PRIVATE_MEDIA_READERS) {
      functions[context].addEnvironment('MEDIA_BUCKET', media.bucket.bucketName);
      media.grantPrivateRead(functions[context]);
      media.acknowledgeGrants(
        functions[context],
        [MEDIA_PREFIXES.private],
        'Presigns GETs of the processed files of the media of stories not yet public: each key ' +
          'is private/<id>/<file>, with ids known only at run time.',
      );
    }

    const api = new ApiGateway(this, 'Api', this.functions);
    const web = new WebDistribution(this, 'Web', {
      apiDomainName: api.domainName,
      webBuildDir: props.webBuildDir,
      originHeaderValue: secrets.origin.secretValue.unsafeUnwrap(),
      webAclArn: props.webAclArn,
      customDomain: props.siteDomain,
      // The SPA fetches the issuer's discovery document (cognito-idp) and the managed-login
      // domain's token and revoke endpoints (web/src/lib/auth/oidc.ts).
      connectOrigins: [
        identity.domain.baseUrl(),
        `https://cognito-idp.${this.region}.${this.urlSuffix}`,
      ],
      mediaBucket: media.bucket,
    });
    media.allowCdnRead(web.distribution);
    const siteUrl = props.siteDomain
      ? `https://${props.siteDomain.domainName}`
      : `https://${web.distribution.distributionDomainName}`;

    // The SPA's client needs the site's address for its callback; no cycle, since the distribution
    // needs the API, not its routes or functions.
    identity.addWebClient(siteUrl);
    const token = identity.tokenVerification();
    for (const each of Object.values(functions)) {
      each.addEnvironment('AUTH_ISSUER', token.issuer);
      each.addEnvironment('AUTH_JWKS_URL', token.jwksUrl);
      each.addEnvironment('AUTH_CLIENT_ID', token.clientId);
      each.addEnvironment('AUTH_LOGOUT_ENDPOINT', token.logoutEndpoint);
      // Links in exports and e-mails go to the public site; behind CloudFront the functions only
      // see the API's own host name.
      each.addEnvironment('SITE_URL', siteUrl);
    }
    // Only the accounts context finds people, sets their roles and language, and deletes them.
    functions.accounts.addEnvironment('USER_POOL_ID', identity.userPool.userPoolId);
    identity.grantDirectory(functions.accounts);

    // The stream handlers serve no requests and verify no tokens: they get the table, the log
    // level and the site's address (plus the pool and the sender where their entry needs them),
    // and no secret.
    this.eventHandlers = Object.fromEntries(
      EVENT_HANDLERS.map((handler) => [
        handler.name,
        new EventHandlerFunction(this, `${capitalize(handler.name)}EventHandler`, {
          handler,
          table,
          identity,
          media: { bucket: media, distribution: web.distribution },
          environment: {
            TABLE_NAME: table.table.tableName,
            LOG_LEVEL: props.logLevel,
            SITE_URL: siteUrl,
          },
        }),
      ]),
    ) as Record<HandlerName, EventHandlerFunction>;

    new TableBackup(this, 'Backup', table.table);
    new Monitoring(this, 'Monitoring', {
      api: api.api,
      functions: this.functions,
      streamHandlers: this.eventHandlers,
      table: table.table,
      alarmEmail: props.alarmEmail,
      webAclMetricName: WEB_ACL_METRIC,
    });

    new CfnOutput(this, 'SiteUrl', { value: siteUrl });
    new CfnOutput(this, 'LoginUrl', { value: identity.domain.baseUrl() });
    new CfnOutput(this, 'ApiEndpoint', { value: api.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: token.clientId });
    new CfnOutput(this, 'TableName', { value: table.table.tableName });
    new CfnOutput(this, 'MediaBucketName', { value: media.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: web.distribution.distributionId });
    // What a replay of a dead-letter batch needs (README, "Operations").
    for (const handler of Object.values(this.eventHandlers)) {
      const name = capitalize(handler.name);
      new CfnOutput(this, `${name}HandlerFunctionName`, { value: handler.fn.functionName });
      new CfnOutput(this, `${name}DeadLetterQueueUrl`, { value: handler.deadLetterQueue.queueUrl });
    }
  }
}

/** `notifier` → `Notifier`, `media-publisher` → `MediaPublisher` (logical ids: letters, digits). */
function capitalize(word: string): string {
  return word.replace(/(^|-)(.)/g, (_, __, letter: string) => letter.toUpperCase());
}
