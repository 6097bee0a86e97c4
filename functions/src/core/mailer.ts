import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { Config } from './config';

export type MailMessage = {
  to: string;
  locale: 'de' | 'en';
  subject: string;
  text: string;
  html: string;
};

/** Sends one e-mail. The address is used for this call only: never stored, never logged. */
export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * E-mail through the SES v2 API: on AWS the SDK finds SES and its credentials itself; locally
 * `config.sesEndpoint` is aws-ses-v2-local (`npm start`), whose viewer and `/store` show every
 * message. The sender is `config.mailFrom`, an identity verified in SES on AWS.
 */
export function createMailer(config: Pick<Config, 'sesEndpoint' | 'mailFrom' | 'awsRegion'>) {
  const client = new SESv2Client({
    region: config.awsRegion,
    ...(config.sesEndpoint
      ? {
          endpoint: config.sesEndpoint,
          // The local SES accepts any signature; these are not secrets.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  const mailer: Mailer = {
    async send({ to, locale, subject, text, html }) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: config.mailFrom,
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
  };
  return { ...mailer, close: () => client.destroy() };
}
