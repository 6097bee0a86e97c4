import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoriesTable, TableAccess } from './stories-table';

/** The repository root: NodejsFunction bundles from here with the one package-lock.json. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Lets CommonJS dependencies call require() inside the single ESM bundle.
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export type ContextFunctionProps = {
  /** Bounded context name; its entry is functions/src/<context>/handler.ts unless `entry` says. */
  context: string;
  /** Another entry of the context, relative to functions/src/<context>/ (e.g. a Cognito trigger). */
  entry?: string;
  /** The table and what the function may do with it; a function without one gets no access. */
  table?: { table: StoriesTable; access: TableAccess };
  environment: Record<string, string>;
  /** Caps the instances of this function, so one busy context cannot starve the others. */
  reservedConcurrency?: number;
  /** Secrets the function reads at cold start (their ARNs are in its environment). */
  secrets?: ISecret[];
  /** Ten seconds unless said: enough for one API request; a stream handler's batch takes longer. */
  timeout?: Duration;
  /** What the function's role is for; "Runs the <context> context" unless said. */
  purpose?: string;
  /** 512 MB unless said: plenty for JSON over DynamoDB; image processing needs more. */
  memorySize?: number;
  /**
   * Packages with native code (sharp): left out of the bundle and installed beside it, at the
   * version of package-lock.json, as built for Lambda's linux-arm64 (see NATIVE_INSTALL).
   */
  nativeModules?: string[];
};

/**
 * How CDK's install of `nodeModules` (`npm ci` in the bundle's folder, from the project's
 * package-lock.json) picks Lambda's platform rather than this machine's: npm reads its settings
 * from `npm_config_*` variables, so the optional per-platform packages (sharp's
 * `@img/sharp-linux-arm64` and its libvips) are those of linux, arm64, glibc. Without scripts:
 * the prebuilt binaries need none, and nothing from a package runs at synth. Offline when npm's
 * cache has them, so a synth after the first needs no network.
 */
export const NATIVE_INSTALL = {
  npm_config_os: 'linux',
  npm_config_cpu: 'arm64',
  npm_config_libc: 'glibc',
  npm_config_ignore_scripts: 'true',
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

/**
 * "Our function": one Lambda per bounded context, and per event handler (./event-handler-function),
 * with the project's defaults (arm64, Node 22, one minified ESM bundle built locally by esbuild,
 * X-Ray, a log group with retention) and only the table access its context asks for.
 */
export class ContextFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: ContextFunctionProps) {
    super(scope, id);
    // Personal data can end up in logs; a month is enough to investigate an incident.
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of the default one, which would attach the AWS managed
    // AWSLambdaBasicExecutionRole policy (logs:* on every log group).
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.purpose ?? `Runs the ${props.context} context of Ruhr Stories`,
    });
    logGroup.grantWrite(role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, 'functions', 'src', props.context, props.entry ?? 'handler.ts'),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrency,
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      // Stack traces point into the TypeScript sources, via the bundled source map.
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        target: 'node22',
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Ship the pinned SDK we test against rather than whatever the runtime happens to carry.
        bundleAwsSDK: true,
        // Only the media context processes photos, with sharp installed beside its bundle; the
        // others (the accounts Lambda imports every route for the OpenAPI document) leave it out.
        externalModules: ['sharp'],
        forceDockerBundling: false,
        ...(props.nativeModules?.length && {
          nodeModules: props.nativeModules,
          environment: NATIVE_INSTALL,
        }),
      },
    });
    if (props.table) props.table.table.grant(this.fn, props.table.access);
    for (const secret of props.secrets ?? []) secret.grantRead(this.fn);

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, and the stream ' +
        'mapping of an event handler dynamodb:ListStreams; none of them supports resource-level ' +
        'permissions. Every other statement names its resources.',
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x, the runtime the design names and the bundle targets; moving to a ' +
        'newer runtime is a deliberate, tested change rather than a silent one.',
    });
  }
}
