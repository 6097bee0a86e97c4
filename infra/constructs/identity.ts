import { Annotations, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  PasskeyUserVerification,
  UserPool,
  UserPoolClient,
  UserPoolDomain,
  UserPoolEmail,
  UserPoolGroup,
  CfnManagedLoginBranding,
} from 'aws-cdk-lib/aws-cognito';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

// The role groups the API reads from the `cognito:groups` claim; any signed-in person is a resident.
export const ROLE_GROUPS = ['moderators', 'curators', 'researchers', 'admins'] as const;

/** What the people directory (functions/src/accounts/identity-directory.ts) calls, and no more. */
export const DIRECTORY_ACTIONS = [
  'cognito-idp:ListUsers',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminDeleteUser',
  // The profile's language reaches the pool's `locale`, so Cognito's own code e-mails follow it.
  'cognito-idp:AdminUpdateUserAttributes',
] as const;

/**
 * What an event handler that writes to a person calls: their address and language, by sub. The
 * directory's `get` reads the person's groups too (identity-directory.ts), hence the second.
 */
export const DIRECTORY_READ_ACTIONS = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
] as const;

/** The display name of every e-mail the platform sends, Cognito's codes and the notifier's. */
export const MAIL_FROM_NAME = 'Ruhr Stories';

/** Where sign-in happens: the managed login on the museum's own domain, or Cognito's prefix domain. */
export type LoginDomain =
  | { kind: 'custom'; domainName: string; certificateArn: string }
  | { kind: 'prefix'; prefix: string };

export type IdentityProps = {
  loginDomain: LoginDomain;
  /** A verified SES identity, e.g. `noreply@ruhr-stories.de`; Cognito sends every code from it. */
  mailFrom?: string;
  /** The custom message trigger that writes the codes' e-mails in German or English. */
  customMessage: IFunction;
};

/** The settings the functions need to verify the pool's access tokens and to sign people out. */
export type TokenVerification = {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  logoutEndpoint: string;
};

/**
 * Residents sign themselves up with an e-mail address on the managed login pages; staff are put
 * into role groups by an admin. The pool is retained and deletion-protected: it holds every
 * contributor's account.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  /** The SPA's client; added once the site's address is known (addWebClient). */
  client?: UserPoolClient;
  /** The verified SES address every e-mail comes from (a placeholder that cannot send if unset). */
  readonly mailFrom: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    const { loginDomain } = props;
    this.mailFrom = props.mailFrom ?? PLACEHOLDER_MAIL_FROM;
    const loginHost =
      loginDomain.kind === 'custom'
        ? loginDomain.domainName
        : `${loginDomain.prefix}.auth.${Stack.of(this).region}.amazoncognito.com`;

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      // "Anna@Example.org" and "anna@example.org" are one person.
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed address counts only once confirmed: until then the old one stays, so nobody
      // can wear a colleague's address for a moment.
      keepOriginal: { email: true },
      // The person's language, for the e-mails of the custom message trigger.
      standardAttributes: { locale: { required: false, mutable: true } },
      featurePlan: FeaturePlan.ESSENTIALS,
      // Password, a one-time code by e-mail, or a passkey: whichever a person finds easiest.
      signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, passkey: true } },
      passkeyRelyingPartyId: loginHost,
      passkeyUserVerification: PasskeyUserVerification.PREFERRED,
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
      email: UserPoolEmail.withSES({
        fromEmail: this.mailFrom,
        fromName: MAIL_FROM_NAME,
        sesVerifiedDomain: this.mailDomain,
      }),
      lambdaTriggers: { customMessage: props.customMessage },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (!props.mailFrom) {
      Annotations.of(this).addWarning(
        `No mailFrom context value: Cognito would send from ${PLACEHOLDER_MAIL_FROM}, which no ` +
          'SES account has verified. Set -c mailFrom=<verified address> before deploying.',
      );
    }
    for (const group of ROLE_GROUPS) {
      new UserPoolGroup(this, `Group-${group}`, { userPool: this.userPool, groupName: group });
    }

    this.domain = this.userPool.addDomain('LoginDomain', {
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
      ...(loginDomain.kind === 'custom'
        ? {
            customDomain: {
              domainName: loginDomain.domainName,
              // Cognito's custom domains sit behind CloudFront: the certificate is in us-east-1.
              certificate: Certificate.fromCertificateArn(
                this,
                'LoginCertificate',
                loginDomain.certificateArn,
              ),
            },
          }
        : { cognitoDomain: { domainPrefix: loginDomain.prefix } }),
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'Residents of every age contribute memories; mandatory MFA would keep many of them out. ' +
        'TOTP MFA and passkeys are offered to everyone, and staff are asked to turn them on.',
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

  /**
   * The SPA's public client: authorization code with PKCE only (no secret, no implicit grant),
   * back to the site after sign-in and sign-out, refresh tokens rotated.
   */
  addWebClient(siteUrl: string): UserPoolClient {
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: {},
      // The browser may change the language only; the address changes through Cognito's own
      // confirmed flow, never by a token's holder writing it.
      writeAttributes: new ClientAttributes().withStandardAttributes({ locale: true }),
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${siteUrl}/auth/callback`],
        logoutUrls: [`${siteUrl}/`],
      },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // A stolen refresh token stops working once the SPA has used the next one.
      refreshTokenRotationGracePeriod: Duration.seconds(10),
      enableTokenRevocation: true,
    });
    // The managed login pages in the museum's own look would go here; Cognito's defaults for now.
    new CfnManagedLoginBranding(this, 'LoginBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    return this.client;
  }

  /** Issuer, JWKS, client and sign-out address for the functions (DESIGN §2 Auth). */
  tokenVerification(): TokenVerification {
    if (!this.client) throw new Error('Identity.addWebClient must come before tokenVerification');
    const { region, urlSuffix } = Stack.of(this);
    const issuer = `https://cognito-idp.${region}.${urlSuffix}/${this.userPool.userPoolId}`;
    return {
      issuer,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
      clientId: this.client.userPoolClientId,
      logoutEndpoint: `${this.domain.baseUrl()}/logout`,
    };
  }

  /** The SES identity verified for mailFrom: its domain (README, "Deploying"). */
  get mailDomain(): string {
    return this.mailFrom.split('@')[1]!;
  }

  /** The From header for functions (MAIL_FROM): the same name and address as Cognito's codes. */
  get mailFromHeader(): string {
    return `${MAIL_FROM_NAME} <${this.mailFrom}>`;
  }

  /**
   * Lets a function send e-mail through SES v2 from mailFrom only: on the domain's identity (and
   * the address's, should the museum verify the address itself), and only with that From address.
   */
  grantSendEmail(fn: IFunction): void {
    const identityArn = (name: string) =>
      Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: name });
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail'],
        resources: [identityArn(this.mailDomain), identityArn(this.mailFrom)],
        conditions: { StringEquals: { 'ses:FromAddress': this.mailFrom } },
      }),
    );
  }

  /** Lets a function read one person (address, language, groups) in this pool, nothing else. */
  grantDirectoryRead(fn: IFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...DIRECTORY_READ_ACTIONS],
        resources: [this.userPool.userPoolArn],
      }),
    );
  }

  /**
   * Lets a function find people, set their groups and language, and delete them (erasure) in this
   * pool, nothing else: the accounts context only.
   */
  grantDirectory(fn: IFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...DIRECTORY_ACTIONS],
        resources: [this.userPool.userPoolArn],
      }),
    );
  }
}

const PLACEHOLDER_MAIL_FROM = 'noreply@ruhr-stories.example';
