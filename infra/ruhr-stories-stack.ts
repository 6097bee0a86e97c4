import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AppSecrets } from './constructs/app-secrets';
import { ContextFunction } from './constructs/context-function';
import { ApiGateway, type ContextFunctions } from './constructs/http-api';
import { Identity } from './constructs/identity';
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
  /** The identity provider's origins the web app fetches from (its CSP's connect-src). */
  authOrigins?: readonly string[];
};

// What each context may do with the table. Accounts reads and updates only the person's own
// account items (partition `USER#…`: the unseen-decision count); the stack test pins this so that
// widening it is a visible change.
const TABLE_ACCESS: Record<'stories' | 'moderation' | 'curation' | 'accounts', TableAccess> = {
  stories: 'readWrite',
  moderation: 'readWrite',
  curation: 'readWrite',
  accounts: 'accountItems',
};

// Reserved instances per context (100 in all): the public stories context gets most; no context
// can take the whole account's concurrency from the others. The account needs a concurrency
// quota of at least 200, since AWS keeps 100 unreserved.
const RESERVED_CONCURRENCY: Record<keyof typeof TABLE_ACCESS, number> = {
  stories: 50,
  moderation: 10,
  curation: 20,
  accounts: 20,
};

/**
 * Everything Ruhr Stories runs on in AWS: table and its backups, user pool, secrets, four
 * Lambdas, HTTP API, site, alarms and dashboard. The WAF web ACL is in the edge stack.
 */
export class RuhrStoriesStack extends Stack {
  /** The context Lambdas, exposed for the stack tests. */
  readonly functions: ContextFunctions;

  constructor(scope: Construct, id: string, props: RuhrStoriesStackProps) {
    super(scope, id, props);
    const table = new StoriesTable(this, 'Data');
    const identity = new Identity(this, 'Identity');
    const token = identity.tokenVerification();
    const secrets = new AppSecrets(this, 'Secrets');

    // Env shared by every context. Never DYNAMODB_ENDPOINT or AUTH_MODE=local here: those belong
    // to the local stack only.
    const environment = {
      TABLE_NAME: table.table.tableName,
      AUTH_MODE: 'jwks',
      AUTH_JWKS_URL: token.jwksUrl,
      AUTH_ISSUER: token.issuer,
      AUTH_AUDIENCE: token.audience,
      // Names, not values: the functions read both at cold start (functions/src/core/secrets.ts).
      CURSOR_SECRET_ARN: secrets.cursor.secretArn,
      ORIGIN_SECRET_ARN: secrets.origin.secretArn,
      LOG_LEVEL: props.logLevel,
    };
    const fn = (context: keyof typeof TABLE_ACCESS) =>
      new ContextFunction(this, `${capitalize(context)}Function`, {
        context,
        table,
        tableAccess: TABLE_ACCESS[context],
        environment,
        reservedConcurrency: RESERVED_CONCURRENCY[context],
        secrets: [secrets.cursor, secrets.origin],
      }).fn;
    const curation = fn('curation');
    this.functions = {
      stories: fn('stories'),
      moderation: fn('moderation'),
      curation,
      accounts: fn('accounts'),
    };

    const api = new ApiGateway(this, 'Api', this.functions);
    const web = new WebDistribution(this, 'Web', {
      apiDomainName: api.domainName,
      webBuildDir: props.webBuildDir,
      originHeaderValue: secrets.origin.secretValue.unsafeUnwrap(),
      webAclArn: props.webAclArn,
      authOrigins: props.authOrigins,
    });
    new TableBackup(this, 'Backup', table.table);
    new Monitoring(this, 'Monitoring', {
      api: api.api,
      functions: this.functions,
      table: table.table,
      alarmEmail: props.alarmEmail,
      webAclMetricName: WEB_ACL_METRIC,
    });

    // Exports link to story pages on the public site; behind CloudFront the function only sees
    // the API's own host name. (No cycle: the distribution needs the API, not its routes.)
    curation.addEnvironment('SITE_URL', `https://${web.distribution.distributionDomainName}`);

    new CfnOutput(this, 'SiteUrl', { value: `https://${web.distribution.distributionDomainName}` });
    new CfnOutput(this, 'ApiEndpoint', { value: api.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.table.tableName });
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
