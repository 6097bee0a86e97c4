import { describe, expect, it } from 'vitest';
import { decisionMessage, type MailDecision } from './decision-messages';

const DECISIONS: MailDecision[] = ['approve', 'reject', 'request-changes', 'hide', 'restore'];
const LOCALES = ['de', 'en'] as const;

/*
 * The story's title is the author's text and the reason the moderators': neither may reach a
 * header of the e-mail, nor become markup in its HTML part.
 */
describe('the decision e-mail with hostile text in the title and the reason', () => {
  const title = 'Zeche\r\nBcc: everyone@example.org\r\n\r\n<img src=x onerror="alert(1)">';
  const reason =
    'Bitte kürzen.</blockquote><script>alert("x")</script>\n\n<a href="https://evil.example">hier</a> & mehr';
  const link = 'https://ruhr-stories.example/stories/01JTEST';

  it('keeps the title out of the subject: a fixed line per decision and language', () => {
    const subjects = new Set<string>();
    for (const locale of LOCALES)
      for (const decision of DECISIONS) {
        const { subject } = decisionMessage({ decision, locale, title, reason, link });
        expect(subject).not.toMatch(/[\r\n]/);
        expect(subject).not.toContain('Zeche');
        expect(subject).toBe(decisionMessage({ decision, locale, title: 'x', link }).subject);
        subjects.add(subject);
      }
    expect(subjects.size).toBe(DECISIONS.length * LOCALES.length);
  });

  it('escapes both in the HTML part, so they show as text and never as markup', () => {
    for (const locale of LOCALES)
      for (const decision of DECISIONS) {
        const { html } = decisionMessage({ decision, locale, title, reason, link });
        expect(html).not.toMatch(/<img|<script|<a href="https:\/\/evil|onerror="/);
        expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
        expect(html).toContain('&#60;/blockquote&#62;&#60;script&#62;');
        // The only link is the one to the story.
        expect(html.match(/<a /g)).toHaveLength(1);
        expect(html).toContain(`<a href="${link}">`);
      }
  });

  it('gives the plain-text part the words as written', () => {
    const { text } = decisionMessage({ decision: 'reject', locale: 'en', title, reason, link });
    expect(text).toContain('<img src=x onerror="alert(1)">');
    expect(text).toContain('</blockquote><script>');
  });
});
