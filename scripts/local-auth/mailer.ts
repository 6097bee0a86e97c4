/**
 * Sends the provider's codes through the SES v2 API, as Cognito sends through Amazon SES; locally
 * the endpoint is aws-ses-v2-local, whose viewer and `/store` show every message. The words are
 * those Cognito's custom message trigger sends on AWS (shared/mail/code-messages.ts).
 */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { codeMessage, type CodePurpose as MailPurpose } from '../../shared/mail/code-messages';
import type { Locale } from './account-store';
import type { CodePurpose } from './email-codes';

export const DEFAULT_MAIL_FROM = 'Ruhr Stories <noreply@ruhr-stories.example>';

const MAIL_PURPOSE: Record<CodePurpose, MailPurpose> = {
  verify: 'sign-up',
  'sign-in': 'sign-in',
  reset: 'password-reset',
};

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
      const { subject, text, html } = codeMessage(MAIL_PURPOSE[purpose], locale, code);
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to] },
          Content: {
            Simple: {
              Subject: { Data: subject, Charset: 'UTF-8' },
              Body: {
                Text: { Data: text, Charset: 'UTF-8' },
                Html: { Data: html, Charset: 'UTF-8' },
              },
              Headers: [{ Name: 'Content-Language', Value: locale }],
            },
          },
        }),
      );
    },
    close: () => client.destroy(),
  };
}
