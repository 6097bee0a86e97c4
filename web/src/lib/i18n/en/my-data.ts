import type { myData as de } from '../de/my-data';

/** See de/my-data.ts. */
export const myData: Record<keyof typeof de, string> = {
  'myData.heading': 'My data',
  'myData.intro':
    'Here you see what Ruhr Stories keeps about you. You can download all of it and delete your account.',
  'myData.signedOut': 'Sign in to see your data.',
  'myData.back': 'Back to “My account”',
  'myData.contents': 'On this page',
  'myData.link': 'My data: consents, download and deletion',
};
