import type { dataExport as de } from '../de/data-export';

/** See de/data-export.ts. */
export const dataExport: Record<keyof typeof de, string> = {
  'dataExport.heading': 'Download my data',
  'dataExport.intro':
    'You get one file with everything Ruhr Stories keeps about you (right of access, Art. 15 GDPR):',
  'dataExport.contains.account':
    'your account: e-mail address, whether it is confirmed, and your roles',
  'dataExport.contains.profile': 'your profile: name, language and e-mail notifications',
  'dataExport.contains.stories':
    'all your stories, in every state, with the exact place, your consents, the licence and the moderators’ decisions',
  'dataExport.contains.comments': 'all your comments and replies, unpublished ones too',
  'dataExport.contains.supports': 'the stories you support',
  'dataExport.contains.reports': 'your reports: what, why and when',
  'dataExport.contains.consents': 'every consent you gave, withdrew and gave again',
  'dataExport.contains.notices': 'decisions you have not seen yet',
  'dataExport.format':
    'The file is JSON. You can open it in any text editor and load it into another service (right to data portability, Art. 20 GDPR). Ruhr Stories has no photos or recordings yet, so it holds none.',
  'dataExport.button': 'Download my data (JSON)',
  'dataExport.busy': 'Putting the file together …',
  'dataExport.done': 'Your data is ready: the file “{file}” is being saved.',
  'dataExport.limit.one':
    'You have downloaded your data many times this hour. Please try again in {count} minute.',
  'dataExport.limit.other':
    'You have downloaded your data many times this hour. Please try again in {count} minutes.',
};
