import type { LegalText } from '../types';

/** Terms for contributions, version 2026-11 (CURRENT_TERMS_VERSION). */
export const text: LegalText = {
  lead: [
    'Version 2026-11. These terms apply to stories and comments you send to Ruhr Stories. By submitting a story you accept them; the version you accepted is stored with your story. The German version is the binding one.',
  ],
  sections: [
    {
      heading: 'Your story stays yours',
      blocks: [
        'You keep all rights to your story. You allow the Deutsches Bergbau-Museum Bochum only the uses you agree to when submitting, and under the licence you choose. Please submit only what you experienced, heard or wrote yourself, and name other people only if they would agree.',
      ],
    },
    {
      heading: 'The three uses',
      blocks: [
        {
          list: [
            'Online (always needed): after moderation the museum publishes your story on this site, with your name or anonymously, as you chose.',
            'Exhibition (optional): the museum may show your story in exhibitions, on screens in the museum and in printed catalogues.',
            'Research (optional): researchers of the museum and its partners may analyse your story for scholarly work and quote from it.',
          ],
        },
      ],
    },
    {
      heading: 'The licences',
      blocks: [
        'The licence says what others (not the museum) may do with your published story:',
        {
          list: [
            'CC BY 4.0 (attribution): anyone may share and adapt the story, commercially too, if they credit the author – for anonymous stories “anonymous, Ruhr Stories”.',
            'CC BY-SA 4.0 (attribution, share alike): as CC BY, and adaptations must be shared under the same licence.',
            'CC0 1.0 (no conditions): you waive your rights as far as the law allows; anyone may use the story freely.',
            'All rights reserved: others may read the story but not reuse it without your permission. The museum uses it only as allowed above.',
          ],
        },
        'The full licence texts are at [Creative Commons](https://creativecommons.org/licenses/).',
      ],
    },
    {
      heading: 'Moderation',
      blocks: [
        'The moderation team reads every story before it is published. It may accept a story, ask you for changes or reject it, and it tells you why. Comments may appear at once or only after review. We do not publish contributions that demean people, infringe others’ rights, advertise or reveal third parties’ personal data; we review reported contributions and take them offline where needed.',
      ],
    },
    {
      heading: 'Withdrawal – at any time',
      blocks: [
        'You can change your consents and withdraw your story at any time, without giving reasons, under [My stories](/me/stories). A withdrawn story is no longer public at once and leaves every exhibition. The museum cannot recall what has already been printed, or what others have already reused under an open licence; a CC licence cannot be revoked for copies already received.',
      ],
    },
    {
      heading: 'Your data',
      blocks: [
        'Which data is stored and what rights you have is set out in the [privacy notice](/datenschutz).',
      ],
    },
  ],
  revised: 'November 2026 (version 2026-11)',
};
