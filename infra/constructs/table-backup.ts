import { Duration, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

/** How long a daily backup of the table is kept. */
export const BACKUP_RETENTION = Duration.days(35);

/**
 * A daily AWS Backup of the table, beside point-in-time recovery (which covers the last 35 days
 * to the second, but goes away with the table). Backups hold personal data of people who have
 * since asked to be erased, so they expire after five weeks, and a restore must replay the
 * erasures of that time before the data is used again.
 */
export class TableBackup extends Construct {
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, table: Table) {
    super(scope, id);
    const vault = new BackupVault(this, 'Vault');
    this.plan = new BackupPlan(this, 'Plan', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Daily',
          scheduleExpression: Schedule.cron({ hour: '3', minute: '0' }),
          deleteAfter: BACKUP_RETENTION,
        }),
      ],
    });
    const selection = this.plan.addSelection('Table', {
      resources: [BackupResource.fromDynamoDbTable(table)],
    });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'The role AWS Backup assumes to take the backups; AWS keeps its managed policy in step ' +
        'with the services Backup supports, and the selection limits it to this table.',
    });
  }
}
