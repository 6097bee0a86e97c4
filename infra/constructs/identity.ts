import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  Mfa,
  UserPool,
  UserPoolClient,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

// The role groups the API reads from the `cognito:groups` claim; any signed-in person is a resident.
export const ROLE_GROUPS = ['moderators', 'curators', 'researchers', 'admins'] as const;

/** The settings the functions need to verify the pool's access tokens. */
export type TokenVerification = { issuer: string; jwksUrl: string; clientId: string };

/**
 * Residents sign themselves up with an e-mail address; staff are put into role groups by an admin.
 * The pool is retained and deletion-protected: it holds every contributor's account.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      // Optional, so a contributor's display name for attributed stories can be set later.
      standardAttributes: { fullname: { required: false, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of ROLE_GROUPS) {
      new UserPoolGroup(this, `Group-${group}`, { userPool: this.userPool, groupName: group });
    }
    // A public SPA client: no secret, SRP sign-in from the app's own forms. OAuth is off because
    // no hosted login domain or callback URLs exist; add both before switching it on.
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      enableTokenRevocation: true,
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'Residents of every age contribute memories; mandatory MFA would keep many of them out. ' +
        'TOTP MFA is offered to everyone, and staff are asked to turn it on.',
    });
    // COG3 (threat protection) and COG8 (Plus plan) are one decision: the plan it needs.
    const essentialsPlan =
      'Threat protection needs the paid Plus plan; the museum runs on the Essentials plan, with ' +
      'strong passwords, e-mail verification and API throttling instead.';
    Validations.of(this.userPool).acknowledge(
      { id: 'AwsSolutions-COG3', reason: essentialsPlan },
      { id: 'AwsSolutions-COG8', reason: essentialsPlan },
    );
  }

  /** Issuer, JWKS URL and web client of the pool's access tokens (ID tokens are refused). */
  tokenVerification(): TokenVerification {
    const { region, urlSuffix } = Stack.of(this);
    const issuer = `https://cognito-idp.${region}.${urlSuffix}/${this.userPool.userPoolId}`;
    return {
      issuer,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
      clientId: this.client.userPoolClientId,
    };
  }
}
