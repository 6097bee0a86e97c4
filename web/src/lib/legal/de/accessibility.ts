import type { LegalText } from '../types';

/** Erklärung zur Barrierefreiheit nach § 7 BITV 2.0 und BITVNRW; das Formular steht darunter. */
export const text: LegalText = {
  lead: [
    'Das Deutsche Bergbau-Museum Bochum möchte, dass alle Menschen Ruhr Stories nutzen können. Diese Erklärung gilt für die Website Ruhr Stories. Grundlage sind das Behindertengleichstellungsgesetz Nordrhein-Westfalen und die Barrierefreie-Informationstechnik-Verordnung NRW (BITVNRW), die auf die BITV 2.0 und die europäische Norm EN 301 549 (entspricht WCAG 2.1, Stufe AA) verweist.',
  ],
  sections: [
    {
      heading: 'Stand der Vereinbarkeit',
      blocks: [
        'Die Website ist mit den Anforderungen teilweise vereinbar. Die meisten Anforderungen sind erfüllt; die unten genannten Einschränkungen sind bekannt.',
      ],
    },
    {
      heading: 'Was wir für die Barrierefreiheit tun',
      blocks: [
        {
          list: [
            'Alle Funktionen lassen sich mit der Tastatur und per Touch bedienen; der Fokus ist immer sichtbar.',
            'Formulare haben beschriftete Felder, erklären ihre Fehler in Worten und fassen sie oben zusammen. Bei einem Fehler geht nichts verloren.',
            'Die Seiten sind mit Überschriften, Landmarken und Sprachangaben gegliedert, damit Bildschirmleser sie vorlesen können.',
            'Texte lassen sich auf 200 Prozent vergrößern; die Seiten passen sich schmalen Bildschirmen an.',
            'Die Farben haben genug Kontrast. Keine Information hängt allein an der Farbe.',
            'Jede Seite wird bei jeder Änderung automatisch mit dem Prüfwerkzeug axe-core getestet.',
            'Es gibt eine [Erklärung in Leichter Sprache](/leichte-sprache).',
          ],
        },
      ],
    },
    {
      heading: 'Bekannte Einschränkungen',
      blocks: [
        {
          list: [
            'Die Website wurde bisher nur vom Projektteam selbst und mit automatischen Tests geprüft, noch nicht in einem vollständigen BITV-Test durch eine unabhängige Prüfstelle.',
            'Die Geschichten schreiben Besucherinnen und Besucher selbst, oft in ihrer eigenen Sprache. Sie werden nicht übersetzt und nicht in Leichte Sprache übertragen. Wechselt eine Geschichte zwischen Sprachen, ist nur ihre Hauptsprache ausgezeichnet.',
            'Erklärungen in Deutscher Gebärdensprache gibt es noch nicht.',
            'Die Bildschirme in den Ausstellungen des Museums und die Exporte für das Kurationsteam sind nicht Teil dieser Prüfung.',
          ],
        },
        'Wir arbeiten daran, diese Einschränkungen zu beseitigen.',
      ],
    },
    {
      heading: 'Erstellung dieser Erklärung',
      blocks: [
        'Diese Erklärung wurde am 2. Dezember 2026 erstellt. Sie beruht auf einer Selbstbewertung und auf automatischen Tests. Sie wird überprüft, sobald sich die Website wesentlich ändert, mindestens einmal im Jahr.',
      ],
    },
    {
      heading: 'Kontakt und Rückmeldung',
      blocks: [
        'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie einen Inhalt in einer zugänglichen Form? Schreiben Sie uns mit dem [Formular auf dieser Seite](#feedback-heading), per E-Mail an [[E-Mail-Adresse für Barrierefreiheit]] oder telefonisch unter [[Telefonnummer]]. Wir antworten innerhalb von [[Frist, zum Beispiel zwei Wochen]].',
      ],
    },
    {
      heading: 'Durchsetzungsverfahren',
      blocks: [
        'Wenn wir auf Ihre Rückmeldung nicht oder nicht zufriedenstellend antworten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden. Sie vermittelt kostenlos zwischen Ihnen und dem Museum; ein Anwalt ist nicht nötig.',
        'Ombudsstelle für barrierefreie Informationstechnik des Landes NRW bei der Beauftragten der Landesregierung für Menschen mit Behinderung sowie für Patientinnen und Patienten, Fürstenwall 25, 40219 Düsseldorf, E-Mail ombudsstelle-barrierefreie-it@mags.nrw.de.',
      ],
    },
  ],
  revised: '2. Dezember 2026',
};
