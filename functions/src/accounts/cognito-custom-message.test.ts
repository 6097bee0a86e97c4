import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { customMessage } from './cognito-custom-message';

// The shape Cognito sends (trimmed to what the trigger reads); Cognito itself cannot run here.
const eventOf = (
  triggerSource: CustomMessageTriggerEvent['triggerSource'],
  locale?: string,
): CustomMessageTriggerEvent =>
  ({
    version: '1',
    region: 'eu-central-1',
    userPoolId: 'eu-central-1_TEST',
    userName: 'u-1',
    callerContext: { awsSdkVersion: '3', clientId: 'client' },
    triggerSource,
    request: {
      userAttributes: locale ? { email: 'a@example.org', locale } : { email: 'a@example.org' },
      codeParameter: '{####}',
      usernameParameter: null,
      linkParameter: '{##Click Here##}',
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  }) as unknown as CustomMessageTriggerEvent;

describe('the Cognito custom message trigger', () => {
  it('writes the sign-up code e-mail in German by default, with Cognito’s code placeholder', () => {
    const out = customMessage(eventOf('CustomMessage_SignUp'));
    expect(out.response.emailSubject).toBe('Ihr Code für Ruhr Stories');
    expect(out.response.emailMessage).toContain('{####}');
    expect(out.response.emailMessage).toContain('E-Mail-Adresse');
  });

  it('writes in English for a person whose locale is English', () => {
    const out = customMessage(eventOf('CustomMessage_Authentication', 'en-GB'));
    expect(out.response.emailSubject).toBe('Your Ruhr Stories sign-in code');
    expect(out.response.emailMessage).toContain('{####}');
  });

  it('covers the password reset and a changed address', () => {
    expect(customMessage(eventOf('CustomMessage_ForgotPassword', 'de')).response.emailSubject).toBe(
      'Neues Passwort für Ruhr Stories',
    );
    expect(
      customMessage(eventOf('CustomMessage_UpdateUserAttribute', 'en')).response.emailSubject,
    ).toBe('Confirm your new e-mail address');
  });

  it('leaves messages it does not write to Cognito', () => {
    const out = customMessage(eventOf('CustomMessage_AdminCreateUser', 'en'));
    expect(out.response.emailSubject).toBeNull();
  });
});
