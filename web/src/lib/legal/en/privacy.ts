import type { LegalText } from '../types';

/** Privacy notice under Art. 13 GDPR: what Ruhr Stories stores, why, and for how long. */
export const text: LegalText = {
  lead: [
    'Ruhr Stories tracks no one: no analytics or statistics services, no advertising, no cookies, no fonts, maps or videos from other providers. We do not pass your data to third parties. This page says which data the platform stores, what for and for how long. The German version is the binding one.',
  ],
  sections: [
    {
      heading: 'Controller',
      blocks: [
        'Deutsches Bergbau-Museum Bochum – Leibniz Research Museum for Georesources, [[legal entity and address]], phone [[phone number]], e-mail [[e-mail address]].',
      ],
    },
    {
      heading: 'Data protection officer',
      blocks: ['[[name or role, address and e-mail address of the data protection officer]]'],
    },
    {
      heading: 'Reading without signing in',
      blocks: [
        'If you only read stories and exhibitions, you leave no personal data with us. The logs of our interface hold neither your IP address nor your browser: only the time, the function called, the result and the duration. They are deleted after one month.',
        'In your browser’s storage (localStorage) the site keeps only what it needs for you: the language you chose and, while you are signed in, your sign-in. You can delete both in your browser at any time.',
      ],
    },
    {
      heading: 'Your account',
      blocks: [
        'To share, comment and support you sign in with the museum’s user account. The account data (such as your e-mail address and password) is held by the museum’s sign-in service, not by Ruhr Stories. At sign-in Ruhr Stories receives only an identifier of your account, the name you gave, and whether you belong to the moderation or curation team.',
      ],
    },
    {
      heading: 'What the platform stores',
      blocks: [
        {
          list: [
            'Stories: title, text, place, period, themes, language, content notes, whether your name or “anonymous” is shown, your consents (online, exhibition, research), the licence, the version of the terms, times, the state of moderation and your account’s identifier.',
            'Comments and replies: text, time, your name and your account’s identifier.',
            'Support (“votes”): which account supports which story – so that each person counts once. Only the number is public.',
            'Reports: reason, optional note, time and the reporting account’s identifier, so that no one reports the same contribution twice. The moderation team does not see who reported.',
            'Moderation: decisions, their reasons and the moderation team’s internal notes.',
            'Protection against abuse: a counter per account and hour for new contributions; for feedback sent without signing in, a counter per network address that holds only an irreversible hash of the address. The counters are deleted after two hours.',
            'Feedback on accessibility: the place, your description and – only if you give one – an e-mail address or phone number, which we use only to answer you.',
          ],
        },
      ],
    },
    {
      heading: 'Purposes and legal bases',
      blocks: [
        {
          list: [
            'Publishing your story online, in exhibitions and for research: your consent (Art. 6 (1) (a) GDPR), each only as far as you agreed.',
            'Comments, support, reports and your “My stories” page: the use of the platform you choose by signing in (Art. 6 (1) (b) GDPR).',
            'Moderation, protection against abuse and feedback on accessibility: the museum’s tasks, including its duties under the accessibility regulations (Art. 6 (1) (c) and (e) GDPR).',
          ],
        },
      ],
    },
    {
      heading: 'Who sees the data',
      blocks: [
        'Published stories and comments are seen by everyone who visits the site; stories you allowed for exhibitions also by visitors to the museum. Everything else is seen only by the museum teams who work with it: the moderation team the contributions and reports, the curation team the feedback on accessibility. To run the servers we use a provider who processes the data only on our instructions (data processing agreement): [[hosting provider and location of the data centres]].',
      ],
    },
    {
      heading: 'How long we keep data',
      blocks: [
        {
          list: [
            'Stories, comments and support: until you withdraw them or have your account deleted. A withdrawn story is no longer public at once and leaves every exhibition; it is finally deleted after [[period]].',
            'Moderation decisions and notes: [[period]].',
            'Counters protecting against abuse: two hours.',
            'Feedback on accessibility with a contact detail: one year at most, then it is deleted automatically.',
            'Interface logs: one month.',
          ],
        },
      ],
    },
    {
      heading: 'Your rights',
      blocks: [
        'You have the right of access to your data (Art. 15 GDPR), to rectification (Art. 16), to erasure (Art. 17), to restriction of processing (Art. 18), to notification of recipients (Art. 19), to data portability (Art. 20) and the right to object to processing (Art. 21). You can withdraw a consent at any time for the future (Art. 7 (3)) – for your stories directly under “My stories”.',
        'To do so, write to [[e-mail address]] or to the data protection officer.',
      ],
    },
    {
      heading: 'Complaints to the supervisory authority',
      blocks: [
        'You can complain to the supervisory authority: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW, the data protection authority of North Rhine-Westphalia), Kavalleriestraße 2–4, 40213 Düsseldorf, phone +49 211 38424-0, e-mail poststelle@ldi.nrw.de, [www.ldi.nrw.de](https://www.ldi.nrw.de).',
      ],
    },
  ],
  revised: 'December 2026',
};
