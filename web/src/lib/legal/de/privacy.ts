import type { LegalText } from '../types';

/** Datenschutzerklärung nach Art. 13 DSGVO: was Ruhr Stories speichert, warum, wie lange. */
export const text: LegalText = {
  lead: [
    'Ruhr Stories verfolgt niemanden: keine Analyse- oder Statistikdienste, keine Werbung, keine Cookies, keine Schriften, Karten oder Videos von anderen Anbietern. Ihre Daten geben wir nicht an Dritte weiter. Hier steht, welche Daten die Plattform speichert, wozu und wie lange.',
  ],
  sections: [
    {
      heading: 'Verantwortlich',
      blocks: [
        'Deutsches Bergbau-Museum Bochum – Leibniz-Forschungsmuseum für Georessourcen, [[Rechtsträger und Anschrift]], Telefon [[Telefonnummer]], E-Mail [[E-Mail-Adresse]].',
      ],
    },
    {
      heading: 'Datenschutzbeauftragte oder Datenschutzbeauftragter',
      blocks: [
        '[[Name oder Funktion, Anschrift und E-Mail-Adresse der oder des Datenschutzbeauftragten]]',
      ],
    },
    {
      heading: 'Lesen ohne Anmeldung',
      blocks: [
        'Wer Geschichten und Ausstellungen nur liest, hinterlässt bei uns keine personenbezogenen Daten. Die Protokolle unserer Schnittstelle enthalten weder Ihre IP-Adresse noch Ihren Browser: nur Zeitpunkt, aufgerufene Funktion, Ergebnis und Dauer. Sie werden nach einem Monat gelöscht.',
        'Im Speicher Ihres Browsers (localStorage) legt die Website nur ab, was sie für Sie braucht: die gewählte Sprache und, wenn Sie angemeldet sind, Ihre Anmeldung. Sie können beides jederzeit in Ihrem Browser löschen.',
      ],
    },
    {
      heading: 'Ihr Benutzerkonto',
      blocks: [
        'Zum Teilen, Kommentieren und Unterstützen melden Sie sich mit dem Benutzerkonto des Museums an. Die Kontodaten (etwa E-Mail-Adresse und Passwort) verwaltet der Anmeldedienst des Museums, nicht Ruhr Stories. Ruhr Stories erhält bei der Anmeldung nur eine Kennung Ihres Kontos, den Namen, den Sie angegeben haben, und ob Sie zum Moderations- oder Kurationsteam gehören.',
      ],
    },
    {
      heading: 'Was die Plattform speichert',
      blocks: [
        {
          list: [
            'Geschichten: Titel, Text, Ort, Zeitraum, Themen, Sprache, Inhaltshinweise, ob Ihr Name oder „anonym“ erscheint, Ihre Zustimmungen (online, Ausstellung, Forschung), die Lizenz, die Fassung der Bedingungen, Zeitpunkte, den Stand der Moderation und die Kennung Ihres Kontos.',
            'Kommentare und Antworten: Text, Zeitpunkt, Ihren Namen und die Kennung Ihres Kontos.',
            'Unterstützung („Stimmen“): welches Konto welche Geschichte unterstützt – damit jede Person nur einmal zählt. Öffentlich ist nur die Zahl.',
            'Meldungen: Grund, optionale Notiz, Zeitpunkt und die Kennung des meldenden Kontos, damit niemand denselben Beitrag zweimal meldet. Das Moderationsteam sieht nicht, wer gemeldet hat.',
            'Moderation: Entscheidungen, ihre Begründung und interne Notizen des Moderationsteams.',
            'Schutz vor Missbrauch: ein Zähler je Konto und Stunde für neue Beiträge; für Rückmeldungen ohne Anmeldung ein Zähler je Netzwerkadresse, in dem nur ein nicht umkehrbarer Prüfwert der Adresse steht. Die Zähler werden nach zwei Stunden gelöscht.',
            'Rückmeldungen zur Barrierefreiheit: der Ort, Ihre Beschreibung und – nur wenn Sie sie angeben – eine E-Mail-Adresse oder Telefonnummer, die wir nur zum Antworten nutzen.',
          ],
        },
      ],
    },
    {
      heading: 'Zwecke und Rechtsgrundlagen',
      blocks: [
        {
          list: [
            'Veröffentlichung Ihrer Geschichte online, in Ausstellungen und für die Forschung: Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), jeweils nur so weit, wie Sie zugestimmt haben.',
            'Kommentare, Unterstützung, Meldungen und Ihre Seite „Meine Geschichten“: die Nutzung der Plattform, die Sie mit der Anmeldung wählen (Art. 6 Abs. 1 lit. b DSGVO).',
            'Moderation, Schutz vor Missbrauch und Rückmeldungen zur Barrierefreiheit: die Aufgaben des Museums, darunter die Pflichten nach der Barrierefreie-Informationstechnik-Verordnung (Art. 6 Abs. 1 lit. c und e DSGVO).',
          ],
        },
      ],
    },
    {
      heading: 'Wer die Daten sieht',
      blocks: [
        'Veröffentlichte Geschichten und Kommentare sieht jede Person, die die Website besucht; Geschichten mit Ihrer Zustimmung auch Besucherinnen und Besucher des Museums. Alles andere sehen nur die Teams des Museums, die damit arbeiten: das Moderationsteam die Beiträge und Meldungen, das Kurationsteam die Rückmeldungen zur Barrierefreiheit. Für den Betrieb der Server nutzen wir einen Dienstleister, der die Daten nur nach unserer Weisung verarbeitet (Auftragsverarbeitung): [[Hosting-Dienstleister und Standort der Rechenzentren]].',
      ],
    },
    {
      heading: 'Wie lange wir Daten speichern',
      blocks: [
        {
          list: [
            'Geschichten, Kommentare und Unterstützung: bis Sie sie zurückziehen oder Ihr Konto löschen lassen. Eine zurückgezogene Geschichte ist sofort nicht mehr öffentlich und verlässt jede Ausstellung; endgültig gelöscht wird sie nach [[Frist]].',
            'Entscheidungen und Notizen der Moderation: [[Frist]].',
            'Zähler zum Schutz vor Missbrauch: zwei Stunden.',
            'Rückmeldungen zur Barrierefreiheit mit einer Kontaktangabe: höchstens ein Jahr, danach werden sie automatisch gelöscht.',
            'Protokolle der Schnittstelle: einen Monat.',
          ],
        },
      ],
    },
    {
      heading: 'Ihre Rechte',
      blocks: [
        'Sie haben das Recht auf Auskunft über Ihre Daten (Art. 15 DSGVO), auf Berichtigung (Art. 16), auf Löschung (Art. 17), auf Einschränkung der Verarbeitung (Art. 18), auf Mitteilung an Empfänger (Art. 19), auf Datenübertragbarkeit (Art. 20) und das Recht, der Verarbeitung zu widersprechen (Art. 21). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3) – für Ihre Geschichten direkt unter „Meine Geschichten“.',
        'Schreiben Sie dazu an [[E-Mail-Adresse]] oder an die oder den Datenschutzbeauftragten.',
      ],
    },
    {
      heading: 'Beschwerde bei der Aufsichtsbehörde',
      blocks: [
        'Sie können sich bei der Aufsichtsbehörde beschweren: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, Telefon 0211 38424-0, E-Mail poststelle@ldi.nrw.de, [www.ldi.nrw.de](https://www.ldi.nrw.de).',
      ],
    },
  ],
  revised: 'Dezember 2026',
};
