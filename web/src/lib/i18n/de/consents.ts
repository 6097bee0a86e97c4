/**
 * German: the consent ledger under "Meine Daten" (DESIGN §7): every consent given or withdrawn,
 * per story and use. Keys: `consents.*`.
 */
export const consents = {
  'consents.heading': 'Meine Einwilligungen',
  'consents.intro':
    'Jede Zustimmung, die Sie gegeben oder zurückgenommen haben: wann, für welche Geschichte, wofür, unter welcher Lizenz und welcher Fassung der Bedingungen. Die neueste steht oben.',
  'consents.empty':
    'Hier steht noch nichts. Sobald Sie eine Geschichte einreichen, sehen Sie hier, wofür Sie sie freigegeben haben.',
  'consents.use.online': 'Veröffentlichung auf dieser Website',
  'consents.use.exhibition': 'Ausstellungen und Medienstationen des Museums',
  'consents.use.research': 'Forschung des Museums',
  'consents.granted': 'Zustimmung erteilt',
  'consents.notGiven': 'Zustimmung nicht erteilt',
  'consents.withdrawn': 'Zustimmung zurückgenommen',
  'consents.story': 'Geschichte:',
  'consents.licence': 'Lizenz:',
  'consents.terms': 'Bedingungen:',
  'consents.termsVersion': 'Fassung {version}',
  'consents.source': 'Anlass:',
  'consents.source.submission': 'beim Einreichen der Geschichte',
  'consents.source.edit': 'beim Bearbeiten der Geschichte',
  'consents.source.change': 'von Ihnen geändert',
  'consents.source.withdrawal': 'Geschichte zurückgezogen',
  'consents.source.migrated':
    'nachgetragen: So stand Ihre Zustimmung, als es diese Übersicht noch nicht gab. Das Datum ist das der Einreichung.',
  'consents.loadMore': 'Weitere Einträge laden',
  'consents.loaded.one': '{count} weiterer Eintrag geladen.',
  'consents.loaded.other': '{count} weitere Einträge geladen.',
};
