/**
 * German: the site around every page: name, navigation, footer, common words, the home and login
 * pages, the not-found page.
 * Keys: `site.*`, `page.*`, `skip.*`, `lang.*`, `nav.*`, `footer.*`, `common.*`, `notFound.*`,
 * `home.*` (the login page's strings are in account.ts).
 */
export const app = {
  'site.name': 'Ruhr Stories',
  'site.tagline': 'Erinnerungen aus dem Revier',
  'page.title': '{page} – Ruhr Stories',
  'site.description':
    'Erinnerungen aus dem Ruhrgebiet, erzählt von den Menschen, die sie erlebt haben: Zeche, Alltag, Ankommen, Strukturwandel. Ein Projekt des Deutschen Bergbau-Museums Bochum.',
  'skip.toContent': 'Zum Inhalt springen',
  'lang.label': 'Sprache wechseln',
  'lang.switchTo': 'English',

  'nav.label': 'Hauptnavigation',
  'nav.stories': 'Geschichten',
  'nav.exhibitions': 'Ausstellungen',
  'nav.submit': 'Geschichte teilen',
  'nav.myStories': 'Meine Geschichten',
  'nav.moderation': 'Moderation',
  'nav.signIn': 'Anmelden',
  'nav.signOut': 'Abmelden',
  'nav.signedInAs': 'Angemeldet als {name}',
  'nav.account': 'Mein Konto',
  'nav.people': 'Personen',
  'nav.curation': 'Kuratieren',
  'nav.research': 'Forschungsdaten',

  'footer.museum':
    'Ruhr Stories ist ein Projekt des Deutschen Bergbau-Museums Bochum, Leibniz-Forschungsmuseum für Georessourcen.',
  'footer.moderation':
    'Jede Geschichte wird vor der Veröffentlichung von unserem Moderationsteam gelesen.',
  'footer.privacy':
    'Diese Website verfolgt niemanden: keine Analyse, keine Werbung, keine Cookies von Dritten.',

  'common.loading': 'Wird geladen …',
  'common.retry': 'Noch einmal versuchen',
  'common.yes': 'ja',
  'common.no': 'nein',
  'common.close': 'Schließen',

  'notFound.heading': 'Seite nicht gefunden',
  'notFound.text': 'Diese Adresse gibt es bei Ruhr Stories nicht – vielleicht ein Tippfehler?',

  'home.pageTitle': 'Ruhr Stories – Geschichten aus dem Revier',
  'home.kicker': 'Gemeinsam erinnern',
  'home.heading': 'Geschichten aus dem Revier',
  'home.lead':
    'Ruhr Stories sammelt Erinnerungen der Menschen im Ruhrgebiet: an die Arbeit unter Tage, an das Ankommen aus Anatolien, Apulien, Schlesien oder Korea, an Nachbarschaft und Zechensiedlung – und an den Abschied von den Zechen.',
  'home.museum':
    'Hinter dem Projekt steht das Deutsche Bergbau-Museum Bochum. Es bewahrt die Geschichten als Teil des Gedächtnisses der Region; ausgewählte zeigt es, mit Ihrer Zustimmung, auch in Ausstellungen.',
  'home.cta': 'Ihre Geschichte teilen',
  'home.steps.heading': 'So funktioniert es',
  'home.step1.title': 'Erzählen',
  'home.step1.text':
    'Schreiben Sie auf, was Sie erlebt haben oder was man Ihnen erzählt hat – auf Deutsch, Türkisch, Polnisch oder in Ihrer Sprache.',
  'home.step2.title': 'Prüfen',
  'home.step2.text':
    'Bevor eine Geschichte erscheint, liest sie jemand aus unserem Moderationsteam. Nichts wird ungeprüft veröffentlicht.',
  'home.step3.title': 'Bewahren',
  'home.step3.text':
    'Das Museum bewahrt die Geschichten und zeigt ausgewählte online und in Ausstellungen – nur so, wie Sie zugestimmt haben.',
  'home.greeting': 'Glück auf!',
  'home.greeting.text': 'So grüßen sich die Bergleute – und so begrüßen wir Ihre Geschichte.',
  'home.feed.heading': 'Neue Geschichten',
  'home.feed.empty': 'Noch ist hier keine Geschichte veröffentlicht. Erzählen Sie die erste!',
};
