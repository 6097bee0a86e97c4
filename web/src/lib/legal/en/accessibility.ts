import type { LegalText } from '../types';

/** Accessibility statement under § 7 BITV 2.0 and BITVNRW; the feedback form follows it. */
export const text: LegalText = {
  lead: [
    'The Deutsches Bergbau-Museum Bochum wants everyone to be able to use Ruhr Stories. This statement applies to the Ruhr Stories website. It rests on the Disability Equality Act of North Rhine-Westphalia and the NRW accessible information technology regulation (BITVNRW), which refers to BITV 2.0 and the European standard EN 301 549 (equivalent to WCAG 2.1, level AA).',
  ],
  sections: [
    {
      heading: 'Compliance status',
      blocks: [
        'This website is partially compliant with the requirements. Most requirements are met; the limitations below are known.',
      ],
    },
    {
      heading: 'What we do for accessibility',
      blocks: [
        {
          list: [
            'Everything works with a keyboard and by touch; the focus is always visible.',
            'Forms have labelled fields, explain their errors in words and sum them up at the top. Nothing you typed is lost on an error.',
            'Pages are structured with headings, landmarks and language information, so that screen readers can read them out.',
            'Text can be enlarged to 200 per cent; pages adapt to narrow screens.',
            'Colours have enough contrast. No information depends on colour alone.',
            'Every page is tested automatically with the axe-core checker on every change.',
            'There is an [easy-to-read explanation](/leichte-sprache) (in German: Leichte Sprache, with an English version).',
          ],
        },
      ],
    },
    {
      heading: 'Known limitations',
      blocks: [
        {
          list: [
            'So far the site has been checked only by the project team itself and with automatic tests, not yet in a full BITV test by an independent body.',
            'Visitors write the stories themselves, often in their own language. They are not translated and not rewritten in easy-to-read language. When a story switches between languages, only its main language is marked.',
            'There are no explanations in German Sign Language yet.',
            'The screens in the museum’s exhibitions and the exports for the curation team are not part of this assessment.',
          ],
        },
        'We are working to remove these limitations.',
      ],
    },
    {
      heading: 'Preparation of this statement',
      blocks: [
        'This statement was prepared on 2 December 2026. It is based on a self-assessment and automatic tests. It is reviewed whenever the site changes substantially, and at least once a year.',
      ],
    },
    {
      heading: 'Contact and feedback',
      blocks: [
        'Have you found a barrier, or do you need some content in an accessible form? Write to us with the [form on this page](#feedback-heading), by e-mail to [[e-mail address for accessibility]] or call [[phone number]]. We answer within [[period, for example two weeks]].',
      ],
    },
    {
      heading: 'Enforcement procedure',
      blocks: [
        'If we do not answer your feedback, or not satisfactorily, you can turn to the ombudsperson office for accessible information technology of North Rhine-Westphalia. It mediates between you and the museum free of charge; you do not need a lawyer.',
        'Ombudsstelle für barrierefreie Informationstechnik des Landes NRW bei der Beauftragten der Landesregierung für Menschen mit Behinderung sowie für Patientinnen und Patienten, Fürstenwall 25, 40219 Düsseldorf, e-mail ombudsstelle-barrierefreie-it@mags.nrw.de.',
      ],
    },
  ],
  revised: '2 December 2026',
};
