import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../functions/src/core/table-definition';

/** How much of the table a function may touch. */
export type TableAccess = 'none' | 'read' | 'readWrite';

// Scan is left out on purpose: no request path may scan (DESIGN.md section 3), and IAM enforces it.
// DescribeTable and the stream actions are not needed by request handlers either.
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
// TransactWriteItems is authorised per contained action, so these cover transactions too.
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

const attributeType = (type: 'S' | 'N') =>
  type === 'N' ? AttributeType.NUMBER : AttributeType.STRING;

/**
 * The one DynamoDB table, built from TABLE_DEFINITION so CDK and the local bootstrap cannot drift.
 * It keeps every story and consent record, so it is retained when the stack goes away.
 */
export class StoriesTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const def = TABLE_DEFINITION;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: def.partitionKey, type: AttributeType.STRING },
      sortKey: { name: def.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: def.timeToLiveAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of def.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: attributeType(index.sortKeyType) },
      });
    }
  }

  /**
   * Grants exactly the item actions for `access`, on the table and on each named index (no
   * `index/*` wildcard), so a function can never do more than its context needs.
   */
  grant(grantee: IGrantable, access: TableAccess): void {
    if (access === 'none') return;
    const arn = this.table.tableArn;
    const indexArns = TABLE_DEFINITION.indexes.map((index) => `${arn}/index/${index.name}`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: READ_ACTIONS, resources: [arn, ...indexArns] }),
    );
    if (access === 'readWrite') {
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({ actions: WRITE_ACTIONS, resources: [arn] }),
      );
    }
  }

  /**
   * Grants the item writes only on items whose partition key matches one of `leadingKeys`
   * (IAM's `dynamodb:LeadingKeys`, wildcards allowed): a function that keeps its own items, and
   * must not change anyone else's, gets no more.
   */
  grantWritesWithin(grantee: IGrantable, leadingKeys: readonly string[]): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: WRITE_ACTIONS,
        resources: [this.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...leadingKeys] } },
      }),
    );
  }
}
