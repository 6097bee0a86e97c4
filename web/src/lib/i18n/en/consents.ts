import type { consents as de } from '../de/consents';

/** See de/consents.ts. */
export const consents: Record<keyof typeof de, string> = {
  'consents.heading': 'My consents',
  'consents.intro':
    'Every consent you gave or withdrew: when, for which story, for what, under which licence and which version of the terms. The newest is at the top.',
  'consents.empty':
    'Nothing here yet. Once you send in a story, you will see here what you allowed it to be used for.',
  'consents.use.online': 'Publication on this website',
  'consents.use.exhibition': 'The museum’s exhibitions and kiosks',
  'consents.use.research': 'The museum’s research',
  'consents.granted': 'Consent given',
  'consents.notGiven': 'Consent not given',
  'consents.withdrawn': 'Consent withdrawn',
  'consents.story': 'Story:',
  'consents.licence': 'Licence:',
  'consents.terms': 'Terms:',
  'consents.termsVersion': 'version {version}',
  'consents.source': 'Why:',
  'consents.source.submission': 'when you sent in the story',
  'consents.source.edit': 'when you edited the story',
  'consents.source.change': 'changed by you',
  'consents.source.withdrawal': 'story withdrawn',
  'consents.source.migrated':
    'recorded later: your consent as it stood before this overview existed. The date is that of the submission.',
  'consents.loadMore': 'Load more entries',
  'consents.loaded.one': '{count} more entry loaded.',
  'consents.loaded.other': '{count} more entries loaded.',
};
