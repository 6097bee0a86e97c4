import type { LegalText } from '../types';

/**
 * Bedingungen für Beiträge, Fassung 2026-11: die Fassung, der man beim Einreichen zustimmt
 * (CURRENT_TERMS_VERSION). Eine neue Fassung ist ein neuer Text mit neuer Nummer.
 */
export const text: LegalText = {
  lead: [
    'Fassung 2026-11. Diese Bedingungen gelten für Geschichten und Kommentare, die Sie bei Ruhr Stories einreichen. Mit dem Einreichen einer Geschichte stimmen Sie ihnen zu; welche Fassung das war, wird mit Ihrer Geschichte gespeichert.',
  ],
  sections: [
    {
      heading: 'Ihre Geschichte bleibt Ihre',
      blocks: [
        'Sie behalten alle Rechte an Ihrer Geschichte. Sie erlauben dem Deutschen Bergbau-Museum Bochum nur die Nutzungen, denen Sie beim Einreichen zustimmen, und unter der Lizenz, die Sie wählen. Bitte reichen Sie nur ein, was Sie selbst erlebt, gehört oder geschrieben haben, und nennen Sie andere Menschen nur, wenn diese einverstanden wären.',
      ],
    },
    {
      heading: 'Die drei Nutzungen',
      blocks: [
        {
          list: [
            'Online (immer nötig): Das Museum veröffentlicht Ihre Geschichte nach der Moderation auf dieser Website, mit Ihrem Namen oder anonym, wie Sie es gewählt haben.',
            'Ausstellung (freiwillig): Das Museum darf Ihre Geschichte in Ausstellungen zeigen, auf Bildschirmen im Museum und in gedruckten Katalogen.',
            'Forschung (freiwillig): Forschende des Museums und seiner Partner dürfen Ihre Geschichte für wissenschaftliche Arbeiten auswerten und daraus zitieren.',
          ],
        },
      ],
    },
    {
      heading: 'Die Lizenzen',
      blocks: [
        'Die Lizenz sagt, was andere (nicht das Museum) mit Ihrer veröffentlichten Geschichte tun dürfen:',
        {
          list: [
            'CC BY 4.0 (Namensnennung): Alle dürfen die Geschichte teilen und bearbeiten, auch kommerziell, wenn sie die Urheberin oder den Urheber nennen – bei anonymen Geschichten „anonym, Ruhr Stories“.',
            'CC BY-SA 4.0 (Namensnennung, Weitergabe unter gleichen Bedingungen): wie CC BY, und Bearbeitungen müssen unter derselben Lizenz weitergegeben werden.',
            'CC0 1.0 (ohne Bedingungen): Sie verzichten, soweit das Gesetz es erlaubt, auf Ihre Rechte; alle dürfen die Geschichte frei nutzen.',
            'Alle Rechte vorbehalten: Andere dürfen die Geschichte lesen, aber nicht ohne Ihre Erlaubnis weiterverwenden. Das Museum nutzt sie nur wie oben erlaubt.',
          ],
        },
        'Die vollständigen Lizenztexte stehen bei [Creative Commons](https://creativecommons.org/licenses/?lang=de).',
      ],
    },
    {
      heading: 'Moderation',
      blocks: [
        'Jede Geschichte liest das Moderationsteam, bevor sie erscheint. Es kann eine Geschichte annehmen, Sie um Änderungen bitten oder sie ablehnen, und es sagt Ihnen, warum. Kommentare können sofort erscheinen oder erst nach Prüfung. Beiträge, die Menschen herabsetzen, Rechte anderer verletzen, Werbung enthalten oder persönliche Daten Dritter preisgeben, veröffentlichen wir nicht; gemeldete Beiträge prüfen wir und nehmen sie wenn nötig offline.',
      ],
    },
    {
      heading: 'Zurückziehen – jederzeit',
      blocks: [
        'Sie können Ihre Zustimmungen jederzeit ändern und Ihre Geschichte jederzeit zurückziehen, ohne Angabe von Gründen, unter [Meine Geschichten](/me/stories). Eine zurückgezogene Geschichte ist sofort nicht mehr öffentlich und verlässt jede Ausstellung. Was bereits gedruckt wurde oder was andere unter einer offenen Lizenz schon weiterverwendet haben, kann das Museum nicht zurückholen; eine CC-Lizenz lässt sich für bereits erhaltene Kopien nicht widerrufen.',
      ],
    },
    {
      heading: 'Ihre Daten',
      blocks: [
        'Welche Daten dabei gespeichert werden und welche Rechte Sie haben, steht in der [Datenschutzerklärung](/datenschutz).',
      ],
    },
  ],
  revised: 'November 2026 (Fassung 2026-11)',
};
