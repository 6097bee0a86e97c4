import { describe, expect, it } from 'vitest';
import { answerMessage } from './answer-messages';

describe('the museum-answer e-mail', () => {
  it('says in German who answered on which story, with the link', () => {
    const mail = answerMessage({
      locale: 'de',
      title: 'Schicht im Schacht',
      link: 'https://x/s/1',
    });
    expect(mail.subject).toBe('Das Museum hat auf Ihre Geschichte geantwortet');
    expect(mail.text).toContain('„Schicht im Schacht“');
    expect(mail.text).toContain('Zur Antwort: https://x/s/1');
    expect(mail.html).toContain('<html lang="de">');
  });

  it('speaks English, and escapes the title in HTML', () => {
    const mail = answerMessage({ locale: 'en', title: 'Fish & <chips>', link: 'https://x/s/1' });
    expect(mail.subject).toBe('The museum answered on your story');
    expect(mail.text).toContain('“Fish & <chips>”');
    expect(mail.html).toContain('Fish &#38; &#60;chips&#62;');
    expect(mail.html).not.toContain('<chips>');
  });
});
