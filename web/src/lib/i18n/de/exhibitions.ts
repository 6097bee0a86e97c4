/**
 * German: public exhibitions, their catalogue and QR codes, and a story’s “on display” note.
 * Keys: `exhibitions.*`, `exhibition.*`, `catalogue.*`, `qrCode.*`, `onDisplay.*`.
 */
export const exhibitions = {
  'exhibitions.heading': 'Ausstellungen',
  'exhibitions.lead':
    'Das Deutsche Bergbau-Museum Bochum zeigt ausgewählte Geschichten in Ausstellungen – im Museum und hier online. Gezeigt wird nur, was die Erzählenden dafür freigegeben haben.',
  'exhibitions.loading': 'Die Ausstellungen werden geladen …',
  'exhibitions.empty': 'Im Moment ist keine Ausstellung zu sehen.',
  'exhibitions.current': 'Aktuelle Ausstellungen',
  'exhibitions.past': 'Vergangene Ausstellungen',

  'exhibition.pageTitle': 'Ausstellung',
  'exhibition.kicker': 'Ausstellung',
  'exhibition.back': 'Zu allen Ausstellungen',
  'exhibition.loading': 'Die Ausstellung wird geladen …',
  'exhibition.notFound.heading': 'Diese Ausstellung haben wir nicht gefunden',
  'exhibition.notFound.text':
    'Vielleicht ist sie nicht mehr zu sehen, oder der Link ist nicht vollständig.',
  'exhibition.draftNotice':
    'Entwurf: Diese Ausstellung ist noch nicht veröffentlicht. Nur Kuratorinnen und Kuratoren sehen sie.',
  'exhibition.noStories': 'Zu dieser Ausstellung gehören noch keine Geschichten.',
  'exhibition.stories.one': '{count} Geschichte',
  'exhibition.stories.other': '{count} Geschichten',
  'exhibition.dates.range': '{from} bis {to}',
  'exhibition.dates.from': 'ab {from}',
  'exhibition.dates.until': 'bis {to}',
  'exhibition.caption': 'Aus der Ausstellung',
  'exhibition.readOn': 'Ganze Geschichte lesen und mitdiskutieren',
  'exhibition.toldBy': 'Erzählt von {name}',
  'exhibition.toldAnonymously': 'Anonym erzählt',
  'exhibition.license': 'Lizenz: {license}',
  'exhibition.printLink': 'Katalog zum Ausdrucken',

  'catalogue.pageTitle': 'Katalog: {title}',
  'catalogue.toolbar': 'Katalog',
  'catalogue.back': 'Zurück zur Ausstellung',
  'catalogue.print': 'Drucken',
  'catalogue.museum': 'Deutsches Bergbau-Museum Bochum',
  'catalogue.contents': 'Die Geschichten',
  'catalogue.number': 'Geschichte {number}',
  'catalogue.qr': 'Online lesen und mitdiskutieren:',
  'qrCode.exhibitionLabel': 'QR-Code zur Ausstellung „{title}“ auf Ruhr Stories',
  'qrCode.label': 'QR-Code zur Geschichte „{title}“ auf Ruhr Stories',

  'onDisplay.heading': 'Im Museum zu sehen',
  'onDisplay.partOf': 'Diese Geschichte gehört zur Ausstellung',
  'exhibitions.home.kicker': 'Deutsches Bergbau-Museum Bochum',
  'exhibitions.home.heading': 'Jetzt in der Ausstellung',
  'exhibitions.home.all': 'Alle Ausstellungen',
};
