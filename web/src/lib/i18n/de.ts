import { deResidents } from './de-residents';
import { deModeration } from './de-moderation';
import { deCuration } from './de-curation';

/**
 * German, the site's first language. Every user-visible string lives here and in en.ts; the
 * type of this object defines the keys that en.ts must have (see `Dictionary`).
 * Placeholders are `{name}`; plural pairs end in `.one` / `.other` (used through `tn`).
 */
export const de = {
  ...deResidents,
  ...deModeration,
  ...deCuration,
  'site.name': 'Ruhr Stories',
  'site.tagline': 'Erinnerungen aus dem Revier',
  'page.title': '{page} – Ruhr Stories',
  'skip.toContent': 'Zum Inhalt springen',
  'lang.label': 'Sprache wechseln',
  'lang.switchTo': 'English',

  'nav.label': 'Hauptnavigation',
  'nav.stories': 'Geschichten',
  'nav.submit': 'Geschichte teilen',
  'nav.myStories': 'Meine Geschichten',
  'nav.moderation': 'Moderation',
  'nav.signIn': 'Anmelden',
  'nav.signOut': 'Abmelden',
  'nav.signedInAs': 'Angemeldet als {name}',

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

  'feed.loading': 'Geschichten werden geladen …',
  'feed.loadMore': 'Weitere Geschichten laden',
  'feed.loaded.one': '{count} weitere Geschichte geladen.',
  'feed.loaded.other': '{count} weitere Geschichten geladen.',

  'card.by': 'von {name}',
  'card.anonymous': 'anonym erzählt',
  'card.publishedOn': 'veröffentlicht am {date}',
  'card.submittedOn': 'eingereicht am {date}',
  'card.votes.one': '{count} Stimme',
  'card.votes.other': '{count} Stimmen',
  'card.comments.one': '{count} Kommentar',
  'card.comments.other': '{count} Kommentare',

  'story.pageTitle': 'Geschichte',
  'story.loading': 'Die Geschichte wird geladen …',
  'story.back': 'Zu allen Geschichten',
  'story.about': 'Über diese Geschichte',
  'story.status': 'Status',
  'story.notPublic':
    'Diese Geschichte ist noch nicht öffentlich. Nur Sie und das Moderationsteam können sie sehen.',
  'story.toldBy': 'Erzählt von',
  'story.anonymous': 'Anonym',
  'story.publishedAt': 'Veröffentlicht',
  'story.submittedAt': 'Eingereicht',
  'story.place': 'Ort',
  'story.coordinates': '{lat} / {lng} (Genauigkeit: {precision})',
  'story.period': 'Zeit',
  'story.themes': 'Themen',
  'story.language': 'Sprache',
  'story.license': 'Lizenz',
  'story.warnings.heading': 'Hinweis zum Inhalt',
  'story.warnings.text':
    'Diese Geschichte erzählt von: {list}. Lesen Sie in Ihrem eigenen Tempo, oder lassen Sie sie aus.',
  'story.warnings.short': 'Hinweis zum Inhalt: {list}',
  'story.notFound.heading': 'Diese Geschichte haben wir nicht gefunden',
  'story.notFound.text':
    'Vielleicht wurde sie zurückgezogen, wird noch geprüft, oder der Link ist unvollständig.',

  'comments.heading': 'Kommentare',
  'comments.empty': 'Noch keine Kommentare.',
  'comments.held': 'wartet auf Prüfung',

  'period.since': 'ab {year}',
  'period.until': 'bis {year}',
  'period.labelWithYears': '{label} ({years})',

  'age.underMinute': 'weniger als eine Minute',

  'decided.summary': 'Entscheidung der Moderation am {date}: {decision}',
  'decided.reason': 'Begründung:',

  'submit.heading': 'Geschichte teilen',
  'submit.intro':
    'Erzählen Sie, was Sie im Ruhrgebiet erlebt haben – ob unter Tage, in der Siedlung, beim Ankommen oder beim Abschied von der Zeche. Es gibt kein Richtig oder Falsch.',
  'submit.moderationNote':
    'Jede Geschichte wird vor der Veröffentlichung von unserem Moderationsteam gelesen. Sie können sie bis dahin noch ändern.',
  'submit.signedOut':
    'Um eine Geschichte zu teilen, melden Sie sich bitte an. So können wir bei Rückfragen antworten, und Sie behalten die Kontrolle über Ihre Geschichte.',
  'submit.section.story': 'Was Sie erzählen',
  'submit.section.consent': 'Nennung und Zustimmung',
  'submit.tips.heading': 'Tipps zum Erzählen',
  'submit.tips.1':
    'Schreiben Sie, wie Sie sprechen. Ruhrdeutsch und andere Sprachen sind willkommen.',
  'submit.tips.2':
    'Kleine Dinge machen Erinnerungen lebendig: Gerüche, Geräusche, die Namen von Straßen und Schächten.',
  'submit.tips.3':
    'Auch Erzähltes zählt: Was Ihre Eltern oder Großeltern erlebt haben, gehört dazu.',
  'submit.tips.4':
    'Schützen Sie andere: Nennen Sie Nachbarn oder Kollegen lieber nur mit Vornamen.',
  'submit.button': 'Geschichte einreichen',
  'submit.sending': 'Wird gesendet …',
  'submit.success.heading': 'Danke! Ihre Geschichte ist angekommen.',
  'submit.success.received': 'Wir haben „{title}“ erhalten.',
  'submit.success.nextHeading': 'Wie geht es weiter?',
  'submit.success.step1':
    'Jemand aus unserem Moderationsteam liest Ihre Geschichte – meist innerhalb weniger Tage.',
  'submit.success.step2':
    'Ist alles in Ordnung, erscheint sie öffentlich. Fehlt etwas, bitten wir Sie um eine Änderung.',
  'submit.success.step3':
    'Wie weit die Prüfung ist, sehen Sie jederzeit unter „Meine Geschichten“.',
  'submit.success.myStories': 'Zu „Meine Geschichten“',
  'submit.success.another': 'Noch eine Geschichte teilen',

  'form.optional': '(freiwillig)',
  'form.required': '(erforderlich)',
  'form.errorPrefix': 'Fehler:',
  'form.summary.heading': 'Bitte prüfen Sie Ihre Angaben',
  'form.summary.count.one': 'Eine Angabe fehlt oder passt noch nicht:',
  'form.summary.count.other': '{count} Angaben fehlen oder passen noch nicht:',

  'field.title': 'Titel',
  'field.title.hint': 'Drei bis 120 Zeichen, zum Beispiel „Die letzte Schicht auf Zeche Hannover“.',
  'field.body': 'Ihre Geschichte',
  'field.body.hint':
    'Mindestens 20 Zeichen. Trennen Sie Absätze mit einer Leerzeile. Bitte nennen Sie andere Menschen nur, wenn sie einverstanden sind.',
  'field.language': 'Sprache der Geschichte',
  'field.language.hint': 'In welcher Sprache haben Sie geschrieben?',
  'field.themes': 'Themen',
  'field.themes.hint': 'Wählen Sie ein bis drei Themen, die am besten passen.',
  'field.contentWarnings': 'Inhaltshinweise',
  'field.contentWarnings.hint':
    'Erzählt Ihre Geschichte von belastenden Ereignissen? Dann zeigen wir vor dem Text einen Hinweis.',
  'field.place': 'Ort',
  'field.place.hint': 'Wo spielt Ihre Geschichte? Sie können den Ort auch weglassen.',
  'field.place.name': 'Ortsname',
  'field.place.name.hint': 'Zum Beispiel Bochum-Hordel oder Zeche Zollverein, Essen.',
  'field.place.lat': 'Breitengrad',
  'field.place.lat.hint': 'In Dezimalgrad, zum Beispiel 51,5037.',
  'field.place.lng': 'Längengrad',
  'field.place.lng.hint': 'In Dezimalgrad, zum Beispiel 7,1761.',
  'field.place.precision': 'Wie genau soll der Ort öffentlich zu sehen sein?',
  'field.period': 'Zeit',
  'field.period.hint':
    'Wann war das? Jahre zwischen 1800 und {year}, eine Beschreibung oder beides.',
  'field.period.from': 'Von (Jahr)',
  'field.period.to': 'Bis (Jahr)',
  'field.period.label': 'Beschreibung der Zeit',
  'field.period.label.hint': 'Zum Beispiel „Mitte der 60er“ oder „kurz nach dem Krieg“.',
  'field.attribution': 'Wie sollen wir Sie nennen?',
  'field.attribution.name': 'Mit meinem Namen: {name}',
  'field.attribution.name.explanation': 'Ihr Name steht öffentlich bei der Geschichte.',
  'field.attribution.name.short': 'mit Namen',
  'field.attribution.anonymous': 'Anonym',
  'field.attribution.anonymous.explanation':
    'Öffentlich erscheint kein Name. Das Museum weiß, von wem die Geschichte ist.',
  'field.attribution.anonymous.short': 'anonym',
  'field.consent': 'Ihre Zustimmung',
  'field.consent.hint':
    'Sie entscheiden, wo Ihre Geschichte gezeigt wird. Ausstellung und Forschung können Sie später jederzeit widerrufen.',
  'field.consent.online':
    'Meine Geschichte darf nach der Prüfung auf dieser Website veröffentlicht werden.',
  'field.consent.exhibition':
    'Das Museum darf meine Geschichte auch in Ausstellungen zeigen, zum Beispiel an einer Medienstation.',
  'field.consent.research': 'Meine Geschichte darf für die Forschung des Museums genutzt werden.',
  'field.license': 'Unter welchen Bedingungen dürfen andere Ihre Geschichte weiterverwenden?',
  'field.license.hint':
    'Eine Lizenz sagt, was andere (Schulen, Vereine, Forschende) mit Ihrem Text tun dürfen.',
  'field.terms':
    'Mit dem Einreichen stimmen Sie den Bedingungen für Beiträge zu (Fassung {version}).',

  'error.title': 'Bitte geben Sie einen Titel mit 3 bis 120 Zeichen ein.',
  'error.body': 'Bitte erzählen Sie Ihre Geschichte in 20 bis 20.000 Zeichen.',
  'error.body.too_small':
    'Ihre Geschichte ist noch zu kurz: Bitte schreiben Sie mindestens 20 Zeichen.',
  'error.body.too_big':
    'Ihre Geschichte ist zu lang: Bitte kürzen Sie sie auf höchstens 20.000 Zeichen.',
  'error.language': 'Bitte wählen Sie die Sprache Ihrer Geschichte.',
  'error.themes': 'Bitte wählen Sie ein bis drei verschiedene Themen.',
  'error.themes.too_small': 'Bitte wählen Sie mindestens ein Thema.',
  'error.themes.too_big': 'Bitte wählen Sie höchstens drei Themen.',
  'error.contentWarnings': 'Bitte wählen Sie jeden Inhaltshinweis nur einmal.',
  'error.place.name':
    'Bitte nennen Sie den Ort (höchstens 120 Zeichen) – oder lassen Sie alle Ortsfelder leer.',
  'error.place.lat': 'Bitte geben Sie einen Breitengrad zwischen -90 und 90 ein.',
  'error.place.lat.invalid_type':
    'Bitte geben Sie den Breitengrad als Zahl ein, zum Beispiel 51,5037.',
  'error.place.lng': 'Bitte geben Sie einen Längengrad zwischen -180 und 180 ein.',
  'error.place.lng.invalid_type':
    'Bitte geben Sie den Längengrad als Zahl ein, zum Beispiel 7,1761.',
  'error.place.lng.custom':
    'Bitte geben Sie Breiten- und Längengrad zusammen an – oder keinen von beiden.',
  'error.place.precision': 'Bitte wählen Sie, wie genau der Ort zu sehen sein soll.',
  'error.period.from': 'Bitte geben Sie als Anfang ein Jahr zwischen 1800 und {year} ein.',
  'error.period.to': 'Bitte geben Sie als Ende ein Jahr zwischen 1800 und {year} ein.',
  'error.period.to.custom':
    'Das Endjahr darf nicht vor dem Anfangsjahr und nicht in der Zukunft liegen.',
  'error.period.label': 'Bitte beschreiben Sie die Zeit in höchstens 60 Zeichen.',
  'error.attribution': 'Bitte wählen Sie, ob wir Ihren Namen nennen sollen.',
  'error.consent.online':
    'Ohne Ihre Zustimmung zur Veröffentlichung auf der Website können wir die Geschichte nicht zeigen.',
  'error.consent.exhibition': 'Bitte entscheiden Sie über die Nutzung in Ausstellungen.',
  'error.consent.research': 'Bitte entscheiden Sie über die Nutzung für die Forschung.',
  'error.consent.license': 'Bitte wählen Sie eine Lizenz.',
  'error.form': 'Die Geschichte konnte so nicht angenommen werden. Bitte prüfen Sie Ihre Angaben.',
  'error.field.generic': 'Bitte prüfen Sie diese Angabe.',

  'error.page.heading': 'Etwas ist schiefgegangen',
  'error.generic': 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
  'error.network':
    'Wir erreichen den Server gerade nicht. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  'error.server': 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  'error.unauthorized': 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal an.',
  'error.forbidden': 'Dafür fehlt Ihrem Konto die Berechtigung.',
  'error.notFound': 'Das haben wir nicht gefunden.',
  'error.conflict': 'Jemand anderes hat das inzwischen geändert. Bitte laden Sie die Seite neu.',
  'error.rateLimited': 'Das waren viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment.',

  'notFound.heading': 'Seite nicht gefunden',
  'notFound.text': 'Diese Adresse gibt es bei Ruhr Stories nicht – vielleicht ein Tippfehler?',

  'me.heading': 'Meine Geschichten',
  'me.intro':
    'Hier sehen Sie alle Geschichten, die Sie eingereicht haben, und wie weit ihre Prüfung ist.',
  'me.empty': 'Sie haben noch keine Geschichte eingereicht.',
  'me.signedOut': 'Melden Sie sich an, um Ihre Geschichten zu sehen.',

  'moderation.heading': 'Moderation',
  'moderation.signedOut': 'Die Moderation ist für angemeldete Mitglieder des Moderationsteams.',
  'moderation.notAllowed':
    'Diese Seite ist dem Moderationsteam vorbehalten. Wenn Sie mitmoderieren möchten, wenden Sie sich bitte an das Museum.',
  'moderation.attribution': 'Nennung',
  'login.heading': 'Anmelden',
  'login.intro':
    'Dies ist die lokale Entwicklungsumgebung. Wählen Sie eine Demo-Person, um Ruhr Stories aus ihrer Sicht zu erleben.',
  'login.already': 'Sie sind angemeldet als {name}. Sie können hier die Person wechseln.',
  'login.as': 'Als {name} anmelden',
  'login.signingIn': 'Anmeldung läuft …',
  'login.production':
    'Die Anmeldung läuft über das Benutzerkonto des Deutschen Bergbau-Museums Bochum. Bitte melden Sie sich dort an; danach kommen Sie hierher zurück.',
  'login.role.anna': 'Anwohnerin – teilt und liest Geschichten.',
  'login.role.ben': 'Anwohner – teilt und liest Geschichten.',
  'login.role.mia': 'Moderatorin – prüft Geschichten, bevor sie erscheinen.',
  'login.role.kai': 'Kurator des Museums – wählt Geschichten für Ausstellungen aus.',

  'flag.email': 'E-Mail-Adresse im Text',
  'flag.phone': 'Telefonnummer im Text',
  'flag.link': 'Link im Text',
  'flag.iban': 'Kontonummer (IBAN) im Text',
  'flag.shouting': 'Viel Großschreibung („Schreien“)',
  'flag.insult': 'Mögliche Beleidigung',

  'theme.beginnings': 'Anfänge',
  'theme.colliery': 'Auf der Zeche',
  'theme.everyday-life': 'Alltag',
  'theme.migration': 'Migration',
  'theme.community': 'Nachbarschaft und Gemeinschaft',
  'theme.structural-change': 'Strukturwandel',
  'theme.remembrance': 'Erinnern',

  'language.de': 'Deutsch',
  'language.en': 'Englisch',
  'language.tr': 'Türkisch',
  'language.pl': 'Polnisch',
  'language.it': 'Italienisch',
  'language.el': 'Griechisch',
  'language.ko': 'Koreanisch',
  'language.other': 'Eine andere Sprache',

  'license.CC-BY-4.0': 'CC BY 4.0 – mit Namensnennung',
  'license.CC-BY-4.0.explanation':
    'Alle dürfen die Geschichte teilen und weiterverwenden, auch bearbeitet, wenn sie die Quelle nennen.',
  'license.CC-BY-SA-4.0': 'CC BY-SA 4.0 – Namensnennung, Weitergabe unter gleichen Bedingungen',
  'license.CC-BY-SA-4.0.explanation':
    'Wie CC BY, aber wer die Geschichte bearbeitet, muss das Ergebnis ebenso frei weitergeben.',
  'license.CC0-1.0': 'CC0 – ohne Bedingungen',
  'license.CC0-1.0.explanation':
    'Ohne Vorbehalt gemeinfrei: Alle dürfen die Geschichte frei nutzen, auch ohne Quellenangabe.',
  'license.all-rights-reserved': 'Alle Rechte vorbehalten',
  'license.all-rights-reserved.explanation':
    'Nur das Museum darf die Geschichte zeigen, im Rahmen der erteilten Zustimmung. Wer sie anders nutzen will, muss fragen.',

  'precision.exact': 'Genau',
  'precision.exact.explanation': 'Der Ort wird genau so gezeigt, wie Sie ihn angeben.',
  'precision.neighbourhood': 'Stadtteil',
  'precision.neighbourhood.explanation':
    'Öffentlich auf etwa einen Kilometer gerundet: Man sieht das Viertel, nicht das Haus.',
  'precision.city': 'Stadt',
  'precision.city.explanation':
    'Öffentlich auf etwa zehn Kilometer gerundet: Man sieht nur die Stadt.',
  'precision.hidden': 'Nicht anzeigen',
  'precision.hidden.explanation':
    'Der Ort bleibt öffentlich unsichtbar. Nur Sie und das Moderationsteam sehen ihn.',

  'warning.accident': 'Unglück oder Unfall',
  'warning.death': 'Tod',
  'warning.violence': 'Gewalt',
  'warning.discrimination': 'Diskriminierung',

  'status.pending': 'Wird geprüft',
  'status.published': 'Veröffentlicht',
  'status.rejected': 'Abgelehnt',
  'status.changes-requested': 'Änderung erbeten',
  'status.hidden': 'Ausgeblendet',
  'status.withdrawn': 'Zurückgezogen',

  'decision.approve': 'freigegeben',
  'decision.reject': 'abgelehnt',
  'decision.request-changes': 'Änderung erbeten',
  'decision.hide': 'ausgeblendet',
  'decision.restore': 'wieder eingeblendet',
};

export type MessageKey = keyof typeof de;
/** A complete dictionary: every key of the German one, and no other. */
export type Dictionary = Record<MessageKey, string>;
