/**
 * The e-mail a person gets when a moderator decides on their story (DESIGN §7), if they chose
 * e-mail notifications, in German or English: the story's title, the decision in plain words,
 * the moderators' reason, and a link. A plain-text part, and a simple HTML part with its language,
 * a title and nothing but paragraphs, a quotation and a link (no images, no layout tables).
 */
import type { MailLocale } from './code-messages';

export type MailDecision = 'approve' | 'reject' | 'request-changes' | 'hide' | 'restore';
export type DecisionMessage = { subject: string; text: string; html: string };

type Wording = { subject: string; lead: (title: string) => string; linkLabel: string };

const quoteDe = (title: string) => `„${title}“`;
const quoteEn = (title: string) => `“${title}”`;

const WORDING: Record<MailLocale, Record<MailDecision, Wording>> = {
  de: {
    approve: {
      subject: 'Ihre Geschichte ist veröffentlicht',
      lead: (t) =>
        `Ihre Geschichte ${quoteDe(t)} ist jetzt auf Ruhr Stories zu lesen. Danke, dass Sie sie mit uns teilen!`,
      linkLabel: 'Zu Ihrer Geschichte',
    },
    'request-changes': {
      subject: 'Bitte überarbeiten Sie Ihre Geschichte',
      lead: (t) =>
        `Die Moderation bittet Sie, Ihre Geschichte ${quoteDe(t)} zu überarbeiten. Danach prüfen wir sie gern noch einmal.`,
      linkLabel: 'Geschichte überarbeiten',
    },
    reject: {
      subject: 'Ihre Geschichte wird nicht veröffentlicht',
      lead: (t) =>
        `Die Moderation hat entschieden, Ihre Geschichte ${quoteDe(t)} nicht zu veröffentlichen.`,
      linkLabel: 'Zu Ihrer Geschichte',
    },
    hide: {
      subject: 'Ihre Geschichte ist ausgeblendet',
      lead: (t) =>
        `Die Moderation hat Ihre Geschichte ${quoteDe(t)} ausgeblendet. Sie ist auf der Website vorerst nicht mehr zu sehen.`,
      linkLabel: 'Zu Ihrer Geschichte',
    },
    restore: {
      subject: 'Ihre Geschichte ist wieder zu sehen',
      lead: (t) => `Ihre Geschichte ${quoteDe(t)} ist wieder auf Ruhr Stories zu lesen.`,
      linkLabel: 'Zu Ihrer Geschichte',
    },
  },
  en: {
    approve: {
      subject: 'Your story is published',
      lead: (t) =>
        `Your story ${quoteEn(t)} can now be read on Ruhr Stories. Thank you for sharing it with us!`,
      linkLabel: 'Go to your story',
    },
    'request-changes': {
      subject: 'Please revise your story',
      lead: (t) =>
        `The moderators ask you to revise your story ${quoteEn(t)}. Then we will gladly look at it again.`,
      linkLabel: 'Revise your story',
    },
    reject: {
      subject: 'Your story will not be published',
      lead: (t) => `The moderators have decided not to publish your story ${quoteEn(t)}.`,
      linkLabel: 'Go to your story',
    },
    hide: {
      subject: 'Your story is hidden',
      lead: (t) =>
        `The moderators have hidden your story ${quoteEn(t)}. For now it can no longer be seen on the site.`,
      linkLabel: 'Go to your story',
    },
    restore: {
      subject: 'Your story can be seen again',
      lead: (t) => `Your story ${quoteEn(t)} can be read on Ruhr Stories again.`,
      linkLabel: 'Go to your story',
    },
  },
};

const REASON_LABEL: Record<MailLocale, string> = {
  de: 'Begründung der Moderation:',
  en: 'The moderators’ reason:',
};

const CLOSING: Record<MailLocale, string> = {
  de: 'Sie erhalten diese E-Mail, weil Sie in Ihrem Profil Benachrichtigungen per E-Mail gewählt haben. Das können Sie dort jederzeit ändern.\n\nDeutsches Bergbau-Museum Bochum · Ruhr Stories',
  en: 'You get this e-mail because you chose e-mail notifications in your profile. You can change that there at any time.\n\nDeutsches Bergbau-Museum Bochum · Ruhr Stories',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

export function decisionMessage(input: {
  decision: MailDecision;
  locale: MailLocale;
  title: string;
  reason?: string;
  /** Where the person sees (or revises) the story: an absolute URL. */
  link: string;
}): DecisionMessage {
  const { decision, locale, title, reason, link } = input;
  const words = WORDING[locale][decision];
  const lead = words.lead(title);
  const reasonText = reason?.trim();
  const text = [
    lead,
    reasonText ? `${REASON_LABEL[locale]}\n${reasonText}` : null,
    `${words.linkLabel}: ${link}`,
    CLOSING[locale],
  ]
    .filter((part) => part !== null)
    .join('\n\n');
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(words.subject)}</title></head><body>` +
    `<p>${escapeHtml(lead)}</p>` +
    (reasonText
      ? `<p>${escapeHtml(REASON_LABEL[locale])}</p><blockquote>${paragraphs(reasonText)}</blockquote>`
      : '') +
    `<p><a href="${escapeHtml(link)}">${escapeHtml(words.linkLabel)}</a></p>` +
    paragraphs(CLOSING[locale]) +
    `</body></html>`;
  return { subject: words.subject, text, html };
}
