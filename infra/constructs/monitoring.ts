import { Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** A stream handler (DESIGN §8): its function and where its failed batches go. */
export type StreamHandlerToWatch = { fn: IFunction; deadLetterQueue: IQueue };

export type MonitoringProps = {
  api: HttpApi;
  functions: Record<string, IFunction>;
  /** By name; their functions get the errors and throttles alarms of every function too. */
  streamHandlers: Record<string, StreamHandlerToWatch>;
  table: Table;
  /** Who is told when an alarm fires; without it the topic has no subscriber yet. */
  alarmEmail?: string;
  /** Name of the CloudFront web ACL, for its blocked requests on the dashboard. */
  webAclMetricName: string;
};

const PERIOD = Duration.minutes(5);
/**
 * How far behind a stream handler may fall (IteratorAge: from the writing of a batch's newest
 * change to the batch reaching the handler): a decision e-mail five minutes late is late; a handler that keeps failing
 * or is throttled gets there long before maxRecordAge drops its changes to the dead-letter queue.
 */
export const ITERATOR_AGE_THRESHOLD = Duration.minutes(5);
// Every operation the functions use; an alarm's math expression may hold up to ten metrics.
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

/**
 * Alarms on what would hurt contributors (API 5xx rate; per function errors and throttles;
 * DynamoDB throttled requests; per stream handler its iterator age and dead-letter queue), all
 * sent to one SNS topic, and one dashboard with the same numbers beside traffic and latency.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: 'Ruhr Stories alarms',
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const notify = new SnsAction(this.topic);
    const alarm = (alarmId: string, metric: IMetric, description: string, threshold = 1) => {
      const created = new Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No traffic is no error.
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };

    const requests = props.api.metricCount({ period: PERIOD, statistic: 'Sum' });
    const serverErrors = props.api.metricServerError({ period: PERIOD, statistic: 'Sum' });
    // Percent of answers that were 5xx; under ten requests in five minutes one failure would be
    // a rate of 10 % or more, so quiet nights do not page anyone (the Lambda alarms still do).
    const serverErrorRate = new MathExpression({
      expression: 'IF(requests >= 10, 100 * errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      period: PERIOD,
      label: 'API 5xx rate (%)',
    });
    alarm('Api5xxRate', serverErrorRate, 'More than 5 % of API answers were 5xx in 5 minutes', 5);

    const handlerFunctions = Object.fromEntries(
      Object.entries(props.streamHandlers).map(([name, handler]) => [name, handler.fn]),
    );
    const clash = Object.keys(handlerFunctions).find((name) => name in props.functions);
    if (clash) throw new Error(`An event handler and a context are both named ${clash}`);
    const everyFunction = { ...props.functions, ...handlerFunctions };
    for (const [context, fn] of Object.entries(everyFunction)) {
      // Event handlers reserve none (./event-handler-function), so theirs is the account's.
      const concurrency =
        context in handlerFunctions
          ? "the account's unreserved concurrency"
          : 'its reserved concurrency';
      alarm(
        `${context}Errors`,
        fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        `The ${context} function failed (crash, timeout or cold start error)`,
      );
      alarm(
        `${context}Throttles`,
        fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        `The ${context} function was throttled: ${concurrency} is exhausted`,
      );
    }

    const iteratorAge = (handler: StreamHandlerToWatch) =>
      handler.fn.metric('IteratorAge', { statistic: 'Maximum', period: PERIOD });
    const deadLetters = (handler: StreamHandlerToWatch) =>
      handler.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: PERIOD,
      });
    for (const [name, handler] of Object.entries(props.streamHandlers)) {
      alarm(
        `${name}IteratorAge`,
        iteratorAge(handler),
        `The ${name} event handler is more than ${ITERATOR_AGE_THRESHOLD.toMinutes()} minutes ` +
          'behind the table stream (failing batches, throttles or a slow dependency)',
        ITERATOR_AGE_THRESHOLD.toMilliseconds(),
      );
      alarm(
        `${name}DeadLetters`,
        deadLetters(handler),
        `The ${name} event handler gave up on a batch of changes: its place in the stream is ` +
          'in the dead-letter queue; replay it within 24 hours (README, "Operations")',
      );
    }

    const tableThrottles = props.table.metricThrottledRequestsForOperations({
      operations: TABLE_OPERATIONS,
      period: PERIOD,
    });
    alarm('TableThrottles', tableThrottles, 'DynamoDB throttled requests to the table');

    const byFunction = (metric: (fn: IFunction) => Metric) =>
      Object.entries(everyFunction).map(([context, fn]) =>
        metric(fn).with({ label: context, period: PERIOD }),
      );
    const graph = (title: string, left: IMetric[]) =>
      new GraphWidget({ title, left, width: 8, height: 6 });
    this.dashboard = new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          graph('API requests and 5xx', [requests, serverErrors]),
          graph('API 5xx rate (%)', [serverErrorRate]),
          graph('API latency p95 (ms)', [
            props.api.metricLatency({ period: PERIOD, statistic: 'p95' }),
          ]),
        ],
        [
          graph(
            'Function errors',
            byFunction((fn) => fn.metricErrors({ statistic: 'Sum' })),
          ),
          graph(
            'Function throttles',
            byFunction((fn) => fn.metricThrottles({ statistic: 'Sum' })),
          ),
          graph(
            'Function duration p95 (ms)',
            byFunction((fn) => fn.metricDuration({ statistic: 'p95' })),
          ),
        ],
        [
          graph('DynamoDB throttled requests', [tableThrottles]),
          graph('DynamoDB consumed capacity', [
            props.table.metricConsumedReadCapacityUnits({ period: PERIOD }),
            props.table.metricConsumedWriteCapacityUnits({ period: PERIOD }),
          ]),
          // CloudFront web ACLs report their metrics in us-east-1.
          graph('Requests blocked by the per-IP rate limit', [
            new Metric({
              namespace: 'AWS/WAFV2',
              metricName: 'BlockedRequests',
              dimensionsMap: { WebACL: props.webAclMetricName, Rule: 'ALL' },
              region: 'us-east-1',
              statistic: 'Sum',
              period: PERIOD,
            }),
          ]),
        ],
        [
          graph(
            'Event handler iterator age (ms)',
            Object.entries(props.streamHandlers).map(([name, h]) =>
              iteratorAge(h).with({ label: name }),
            ),
          ),
          graph(
            'Event handler dead letters',
            Object.entries(props.streamHandlers).map(([name, h]) =>
              deadLetters(h).with({ label: name }),
            ),
          ),
        ],
      ],
    });

    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry alarm names and metric values, no personal data; CloudWatch ' +
        'cannot publish to a topic encrypted with the AWS managed key, and a customer key for ' +
        'this alone is not worth its cost.',
    });
  }
}
