/**
 * The e-mails that carry a one-time code (sign-up, sign-in, password reset, a changed address), in
 * German and English. Cognito's custom message trigger and the local OpenID provider both send these,
 * so a person reads the same words on AWS and on a developer's machine.
 */
export type CodePurpose = 'sign-up' | 'sign-in' | 'password-reset' | 'new-address';
export type MailLocale = 'de' | 'en';
export type CodeMessage = { subject: string; text: string; html: string };

const WORDING: Record<MailLocale, Record<CodePurpose, { subject: string; lead: string }>> = {
  de: {
    'sign-up': {
      subject: 'Ihr Code für Ruhr Stories',
      lead: 'Willkommen bei Ruhr Stories! Mit diesem Code bestätigen Sie Ihre E-Mail-Adresse:',
    },
    'sign-in': {
      subject: 'Ihr Anmelde-Code für Ruhr Stories',
      lead: 'Mit diesem Code melden Sie sich bei Ruhr Stories an:',
    },
    'password-reset': {
      subject: 'Neues Passwort für Ruhr Stories',
      lead: 'Mit diesem Code legen Sie ein neues Passwort für Ruhr Stories fest:',
    },
    'new-address': {
      subject: 'Neue E-Mail-Adresse bestätigen',
      lead: 'Mit diesem Code bestätigen Sie Ihre neue E-Mail-Adresse bei Ruhr Stories:',
    },
  },
  en: {
    'sign-up': {
      subject: 'Your Ruhr Stories code',
      lead: 'Welcome to Ruhr Stories! Use this code to confirm your e-mail address:',
    },
    'sign-in': {
      subject: 'Your Ruhr Stories sign-in code',
      lead: 'Use this code to sign in to Ruhr Stories:',
    },
    'password-reset': {
      subject: 'A new Ruhr Stories password',
      lead: 'Use this code to set a new password for Ruhr Stories:',
    },
    'new-address': {
      subject: 'Confirm your new e-mail address',
      lead: 'Use this code to confirm your new e-mail address at Ruhr Stories:',
    },
  },
};

const CLOSING: Record<MailLocale, string> = {
  de: 'Der Code gilt eine Stunde. Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren.\n\nDeutsches Bergbau-Museum Bochum · Ruhr Stories',
  en: 'The code is valid for one hour. If you did not ask for it, you can ignore this e-mail.\n\nDeutsches Bergbau-Museum Bochum · Ruhr Stories',
};

/** `locale` is whatever the person chose (`de-DE`, `en`, nothing): English only when it says so. */
export const mailLocaleOf = (locale: string | undefined): MailLocale =>
  locale?.toLowerCase().startsWith('en') ? 'en' : 'de';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The message for `purpose` in `locale`, with `code` in it. Cognito passes its placeholder
 * (`{####}`) as the code and fills it in itself; the local provider passes the real code.
 */
export function codeMessage(purpose: CodePurpose, locale: MailLocale, code: string): CodeMessage {
  const { subject, lead } = WORDING[locale][purpose];
  const closing = CLOSING[locale];
  const text = `${lead}\n\n${code}\n\n${closing}`;
  const html =
    `<p>${escapeHtml(lead)}</p>` +
    `<p style="font-size:1.6em;letter-spacing:0.2em"><strong>${escapeHtml(code)}</strong></p>` +
    closing
      .split('\n\n')
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('');
  return { subject, text, html };
}
