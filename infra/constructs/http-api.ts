import { Fn, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export type ContextFunctions = {
  stories: IFunction;
  moderation: IFunction;
  curation: IFunction;
  accounts: IFunction;
  media: IFunction;
  opendata: IFunction;
};

/** Which context answers which path. Anything else falls through to `$default` (accounts). */
export const ROUTES: Record<keyof ContextFunctions, string[]> = {
  stories: ['/api/stories', '/api/stories/{proxy+}', '/api/me/stories', '/api/s/{code}'],
  moderation: ['/api/moderation/{proxy+}'],
  curation: [
    '/api/curation/{proxy+}',
    '/api/picks',
    '/api/exhibitions',
    '/api/exhibitions/{proxy+}',
    '/api/feedback/{proxy+}',
  ],
  // Uploads and their processing (DESIGN §9); the files themselves never pass through the API.
  media: ['/api/media/{proxy+}'],
  // Research exports, public statistics and harvesting (DESIGN §10).
  opendata: ['/api/research/{proxy+}', '/api/stats', '/api/oai'],
  accounts: [
    '/api/me',
    '/api/config',
    '/api/admin/{proxy+}',
    '/api/health',
    '/api/openapi.json',
    '/api/docs',
  ],
};

// Stage-wide defaults; a cap on cost and abuse well above what the museum expects.
const THROTTLE = { rateLimit: 100, burstLimit: 200 };

// No source IP or user agent: nothing tracks visitors (DESIGN.md section 6).
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    route: '$context.routeKey',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * The HTTP API in front of the context Lambdas. Every context answers unknown paths with its own
 * problem+json 404, and `$default` sends everything unrouted to accounts, which does the same.
 */
export class ApiGateway extends Construct {
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, functions: ContextFunctions) {
    super(scope, id);
    const integrations = {
      stories: new HttpLambdaIntegration('Stories', functions.stories),
      moderation: new HttpLambdaIntegration('Moderation', functions.moderation),
      curation: new HttpLambdaIntegration('Curation', functions.curation),
      accounts: new HttpLambdaIntegration('Accounts', functions.accounts),
      media: new HttpLambdaIntegration('Media', functions.media),
      opendata: new HttpLambdaIntegration('Opendata', functions.opendata),
    };
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Ruhr Stories API, reached through CloudFront under /api',
      defaultIntegration: integrations.accounts,
      createDefaultStage: false,
    });
    for (const [context, paths] of Object.entries(ROUTES)) {
      const integration = integrations[context as keyof ContextFunctions];
      for (const path of paths) {
        this.api.addRoutes({ path, methods: [HttpMethod.ANY], integration });
      }
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });

    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorization is done in each function: the public feed and story pages need no token, ' +
        'and the functions verify Cognito access tokens and roles per route (DESIGN.md section 2).',
    });
  }

  /** The API's host name, for use as a CloudFront origin. */
  get domainName(): string {
    // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com
    return Fn.select(2, Fn.split('/', this.api.apiEndpoint));
  }
}
