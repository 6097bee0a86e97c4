/**
 * The e-mail a person gets when the museum (a curator or researcher) answers on their story
 * (DESIGN §10), if they chose it (`notifications.answers: 'email'`), in German or English: the
 * story's title and a link to the answer. Like the decision e-mails: a plain-text part and a
 * simple HTML part with its language, a title, paragraphs and a link. It names the museum, not
 * the person who answered.
 */
import type { MailLocale } from './code-messages';

export type AnswerMessage = { subject: string; text: string; html: string };

const WORDING: Record<
  MailLocale,
  { subject: string; lead: (title: string) => string; linkLabel: string; closing: string }
> = {
  de: {
    subject: 'Das Museum hat auf Ihre Geschichte geantwortet',
    lead: (title) =>
      `Das Deutsche Bergbau-Museum Bochum hat auf Ihre Geschichte „${title}“ geantwortet.`,
    linkLabel: 'Zur Antwort',
    closing:
      'Sie erhalten diese E-Mail, weil Sie in Ihrem Profil E-Mails zu Antworten des Museums gewählt haben. Das können Sie dort jederzeit ändern.\n\nDeutsches Bergbau-Museum Bochum · Ruhr Stories',
  },
  en: {
    subject: 'The museum answered on your story',
    lead: (title) => `The Deutsches Bergbau-Museum Bochum answered on your story “${title}”.`,
    linkLabel: 'Read the answer',
    closing:
      'You get this e-mail because you chose e-mails about the museum’s answers in your profile. You can change that there at any time.\n\nDeutsches Bergbau-Museum Bochum · Ruhr Stories',
  },
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');

export function answerMessage(input: {
  locale: MailLocale;
  title: string;
  /** Where the answer is: an absolute URL. */
  link: string;
}): AnswerMessage {
  const words = WORDING[input.locale];
  const lead = words.lead(input.title);
  const text = [lead, `${words.linkLabel}: ${input.link}`, words.closing].join('\n\n');
  const html =
    `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(words.subject)}</title></head><body>` +
    `<p>${escapeHtml(lead)}</p>` +
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(words.linkLabel)}</a></p>` +
    paragraphs(words.closing) +
    `</body></html>`;
  return { subject: words.subject, text, html };
}
