import { Aws, CfnOutput, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ContextFunction } from './constructs/context-function';
import { ApiGateway, type ContextFunctions } from './constructs/http-api';
import { Identity } from './constructs/identity';
import { StoriesTable, type TableAccess } from './constructs/stories-table';
import { WebDistribution } from './constructs/web-distribution';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type RuhrStoriesStackProps = StackProps & {
  /** The SvelteKit build to upload; skipped when the folder does not exist. */
  webBuildDir: string;
  /** HMAC key for feed cursors; when absent, the stack's own random id is used (see below). */
  cursorSecret?: string;
  logLevel: LogLevel;
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

/** Everything Ruhr Stories runs on in AWS: table, user pool, four Lambdas, HTTP API, site. */
export class RuhrStoriesStack extends Stack {
  /** The context Lambdas, exposed for the stack tests. */
  readonly functions: ContextFunctions;

  constructor(scope: Construct, id: string, props: RuhrStoriesStackProps) {
    super(scope, id, props);
    const table = new StoriesTable(this, 'Data');
    const identity = new Identity(this, 'Identity');
    const token = identity.tokenVerification();

    // Env shared by every context. Never DYNAMODB_ENDPOINT or AUTH_MODE=local here: those belong
    // to the local stack only.
    const environment = {
      TABLE_NAME: table.table.tableName,
      AUTH_MODE: 'jwks',
      AUTH_JWKS_URL: token.jwksUrl,
      AUTH_ISSUER: token.issuer,
      AUTH_AUDIENCE: token.audience,
      CURSOR_SECRET: props.cursorSecret ?? stackUuid(),
      LOG_LEVEL: props.logLevel,
    };
    const fn = (context: keyof typeof TABLE_ACCESS) =>
      new ContextFunction(this, `${capitalize(context)}Function`, {
        context,
        table,
        tableAccess: TABLE_ACCESS[context],
        environment,
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

/**
 * The UUID CloudFormation gives the stack when it is created: random, stable across deploys (so
 * cursors survive a deploy), and never written into the template or cdk.out. Anyone who can read
 * it can also read the functions' environment, where the secret ends up either way.
 */
function stackUuid(): string {
  // arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>
  return Fn.select(2, Fn.split('/', Aws.STACK_ID));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
