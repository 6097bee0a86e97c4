import type { LegalText } from '../types';

/** Impressum: Angaben nach § 5 DDG und § 18 Abs. 2 MStV. */
export const text: LegalText = {
  lead: [
    'Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Abs. 2 Medienstaatsvertrag (MStV) für die Website Ruhr Stories.',
  ],
  sections: [
    {
      heading: 'Anbieter',
      blocks: [
        'Deutsches Bergbau-Museum Bochum – Leibniz-Forschungsmuseum für Georessourcen',
        'Rechtsträger und Rechtsform: [[Rechtsträger und Rechtsform]]',
        'Anschrift: [[Anschrift (Straße, Hausnummer, Postleitzahl, Ort)]]',
      ],
    },
    {
      heading: 'Vertretungsberechtigt',
      blocks: ['[[Vertretungsberechtigte Personen mit Funktion]]'],
    },
    {
      heading: 'Kontakt',
      blocks: [{ list: ['Telefon: [[Telefonnummer]]', 'E-Mail: [[E-Mail-Adresse]]'] }],
    },
    {
      heading: 'Register und Umsatzsteuer',
      blocks: [
        'Registergericht und Registernummer: [[Registergericht und Registernummer]]',
        'Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: [[USt-IdNr.]]',
        'Zuständige Aufsichtsbehörde: [[Aufsichtsbehörde, falls vorhanden]]',
      ],
    },
    {
      heading: 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
      blocks: ['[[Name und Anschrift der verantwortlichen Person]]'],
    },
    {
      heading: 'Beiträge von Nutzerinnen und Nutzern',
      blocks: [
        'Die Geschichten und Kommentare auf Ruhr Stories schreiben Menschen aus der Region. Das Moderationsteam des Museums liest jede Geschichte, bevor sie erscheint. Für den Inhalt eines Beitrags ist die Person verantwortlich, die ihn geschrieben hat.',
        'Fällt Ihnen ein Beitrag auf, der Rechte verletzt, melden Sie ihn bitte über die Schaltfläche „Melden“ beim Beitrag oder schreiben Sie uns an [[E-Mail-Adresse]]. Wir prüfen jede Meldung und nehmen rechtswidrige Inhalte umgehend offline.',
        'Was für Beiträge gilt, steht in den [Bedingungen für Beiträge](/bedingungen).',
      ],
    },
    {
      heading: 'Links auf andere Websites',
      blocks: [
        'Für die Inhalte verlinkter Websites sind deren Anbieter verantwortlich. Rechtswidrige Inhalte waren beim Setzen der Links nicht erkennbar; werden uns solche bekannt, entfernen wir den Link.',
      ],
    },
    {
      heading: 'Verbraucherstreitbeilegung',
      blocks: ['[[Erklärung nach § 36 Verbraucherstreitbeilegungsgesetz, falls erforderlich]]'],
    },
  ],
  revised: 'Dezember 2026',
};
