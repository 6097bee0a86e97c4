import type { LegalText } from '../types';

/** The easy-to-read explanation: short sentences, one idea per line, plain words. */
export const text: LegalText = {
  lead: ['This page explains the website Ruhr Stories.', 'We explain it in easy words.'],
  sections: [
    {
      heading: 'What is Ruhr Stories?',
      blocks: [
        'Ruhr Stories is a website.',
        'It has stories from the Ruhr area.',
        'People from the Ruhr area write the stories.',
        'For example about work in the coal mine.',
        'Or about life in their street.',
        'The website belongs to the German Mining Museum in Bochum.',
      ],
    },
    {
      heading: 'Reading stories',
      blocks: [
        'You can read all stories.',
        'You do not need an account for that.',
        'An account means: you sign in with a name and a password.',
      ],
    },
    {
      heading: 'Writing a story',
      blocks: [
        'You can write a story too.',
        'For that you need an account.',
        'You write your story in a form.',
        'You can put your name under your story.',
        'You can also show your story without your name.',
        'This is called: anonymous.',
      ],
    },
    {
      heading: 'We read every story',
      blocks: [
        'Someone from the museum reads every story.',
        'After that, everyone can read the story.',
        'Sometimes we ask you: please change something.',
      ],
    },
    {
      heading: 'You decide',
      blocks: [
        'You decide what happens with your story.',
        'The museum shows your story on the website.',
        'You can allow more.',
        'For example: the museum shows your story in an exhibition.',
        'You can always delete your story.',
        'You do that on the page [My stories](/me/stories).',
      ],
    },
    {
      heading: 'Your data',
      blocks: [
        'Data means: facts about you.',
        'For example your name.',
        'We do not give your data to other companies.',
        'We show no adverts.',
        'You can read more in the [privacy notice](/datenschutz).',
        'The privacy notice is in harder words.',
      ],
    },
    {
      heading: 'Something does not work?',
      blocks: [
        'Maybe you cannot use something on the website.',
        'Then please write to us.',
        'You can use a [form](/barrierefreiheit#feedback-heading).',
        'You do not need an account for that.',
      ],
    },
  ],
  revised: 'December 2026',
};
