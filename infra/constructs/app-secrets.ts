import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * The two secrets of the deployment, generated once by Secrets Manager when the stack is created
 * and never written into the template: the HMAC key of the paging cursors, and the value
 * CloudFront sends in the origin header so that the API answers only requests that came through
 * the site. The functions read both at cold start (functions/src/core/secrets.ts).
 */
export class AppSecrets extends Construct {
  readonly cursor: Secret;
  readonly origin: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const generated = { passwordLength: 48, excludePunctuation: true };
    this.cursor = new Secret(this, 'CursorSecret', {
      description: 'Ruhr Stories: HMAC key of the paging cursors',
      generateSecretString: generated,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.origin = new Secret(this, 'OriginSecret', {
      description: 'Ruhr Stories: value of the origin header CloudFront sends to the API',
      generateSecretString: generated,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    Validations.of(this.cursor).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Not rotated automatically: each warm function holds the key it read at cold start, so a ' +
        'rotation would make cursors of one instance a 400 on another. Rotate by putting a new ' +
        'value and redeploying; the only cost is that open "load more" links start over.',
    });
    Validations.of(this.origin).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Not rotated automatically: CloudFront reads the value only on a stack update (dynamic ' +
        'reference), so a rotation would lock the site out of its API until the next deploy. ' +
        'Rotate by putting a new value and redeploying.',
    });
  }
}
