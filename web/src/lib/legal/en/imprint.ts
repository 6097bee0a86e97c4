import type { LegalText } from '../types';

/** Legal notice (Impressum): the details § 5 DDG and § 18 (2) MStV require. */
export const text: LegalText = {
  lead: [
    'Information under § 5 of the German Digital Services Act (DDG) and § 18 (2) of the Interstate Media Treaty (MStV) for the Ruhr Stories website. The German version is the binding one.',
  ],
  sections: [
    {
      heading: 'Provider',
      blocks: [
        'Deutsches Bergbau-Museum Bochum – Leibniz Research Museum for Georesources',
        'Legal entity and legal form: [[legal entity and legal form]]',
        'Address: [[address (street, number, postcode, town)]]',
      ],
    },
    {
      heading: 'Authorised representatives',
      blocks: ['[[authorised representatives and their roles]]'],
    },
    {
      heading: 'Contact',
      blocks: [{ list: ['Phone: [[phone number]]', 'E-mail: [[e-mail address]]'] }],
    },
    {
      heading: 'Register and VAT',
      blocks: [
        'Register court and number: [[register court and number]]',
        'VAT identification number under § 27a of the German VAT Act: [[VAT ID]]',
        'Supervisory authority: [[supervisory authority, if any]]',
      ],
    },
    {
      heading: 'Responsible for the content under § 18 (2) MStV',
      blocks: ['[[name and address of the responsible person]]'],
    },
    {
      heading: 'Contributions by users',
      blocks: [
        'The stories and comments on Ruhr Stories are written by people from the region. The museum’s moderation team reads every story before it is published. The person who wrote a contribution is responsible for its content.',
        'If you find a contribution that infringes rights, please report it with the “Report” button beside it or write to [[e-mail address]]. We review every report and take unlawful content offline without delay.',
        'The rules for contributions are the [terms for contributions](/bedingungen).',
      ],
    },
    {
      heading: 'Links to other websites',
      blocks: [
        'The providers of linked websites are responsible for their content. No unlawful content was apparent when the links were set; if we learn of any, we remove the link.',
      ],
    },
    {
      heading: 'Consumer dispute resolution',
      blocks: ['[[statement under § 36 of the Consumer Dispute Resolution Act, if required]]'],
    },
  ],
  revised: 'December 2026',
};
