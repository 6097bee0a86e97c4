/**
 * Sends the provider's codes through the SES v2 API, as Cognito sends through Amazon SES; locally
 * the endpoint is aws-ses-v2-local, whose viewer and `/store` show every message.
 */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Locale } from './account-store';
import { CODE_MINUTES, type CodePurpose } from './email-codes';
import { MESSAGES } from './messages';

export const DEFAULT_MAIL_FROM = 'Ruhr Stories <noreply@ruhr-stories.example>';

export type CodeMailer = {
  sendCode(to: string, locale: Locale, purpose: CodePurpose, code: string): Promise<void>;
  close(): void;
};

export function createCodeMailer(sesEndpoint: string, from = DEFAULT_MAIL_FROM): CodeMailer {
  const client = new SESv2Client({
    endpoint: sesEndpoint,
    region: 'eu-central-1',
    // The local SES accepts any signature; these are not secrets.
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
  });
  return {
    async sendCode(to, locale, purpose, code) {
      const mail = MESSAGES[locale].mail;
      const [subject, body] =
        purpose === 'verify'
          ? [mail.verifySubject, mail.verifyBody(code, CODE_MINUTES)]
          : purpose === 'sign-in'
            ? [mail.signInSubject, mail.signInBody(code, CODE_MINUTES)]
            : [mail.resetSubject, mail.resetBody(code, CODE_MINUTES)];
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to] },
          Content: {
            Simple: {
              Subject: { Data: subject, Charset: 'UTF-8' },
              Body: { Text: { Data: body, Charset: 'UTF-8' } },
              Headers: [{ Name: 'Content-Language', Value: locale }],
            },
          },
        }),
      );
    },
    close: () => client.destroy(),
  };
}
