import type { LegalText } from '../types';

/**
 * Leichte Sprache nach den Regeln des Netzwerks Leichte Sprache: kurze Sätze, ein Gedanke je
 * Zeile, bekannte Wörter, schwere Wörter erklärt. Jeder Eintrag ist eine Zeile.
 */
export const text: LegalText = {
  lead: [
    'Hier erklären wir die Internet-Seite Ruhr Stories.',
    'Wir erklären sie in Leichter Sprache.',
  ],
  sections: [
    {
      heading: 'Was ist Ruhr Stories?',
      blocks: [
        'Ruhr Stories ist eine Internet-Seite.',
        'Hier stehen Geschichten aus dem Ruhr-Gebiet.',
        'Die Menschen aus dem Ruhr-Gebiet schreiben die Geschichten selbst.',
        'Zum Beispiel über die Arbeit im Berg-Werk.',
        'Oder über das Leben in ihrer Nachbarschaft.',
        'Die Internet-Seite gehört zum Deutschen Bergbau-Museum Bochum.',
      ],
    },
    {
      heading: 'Geschichten lesen',
      blocks: [
        'Sie können alle Geschichten lesen.',
        'Dafür brauchen Sie kein Konto.',
        'Ein Konto ist eine Anmeldung mit Namen und Passwort.',
      ],
    },
    {
      heading: 'Eine Geschichte schreiben',
      blocks: [
        'Sie können auch selbst eine Geschichte schreiben.',
        'Dafür brauchen Sie ein Konto.',
        'Sie schreiben Ihre Geschichte in ein Formular.',
        'Sie können Ihren Namen unter die Geschichte schreiben.',
        'Sie können die Geschichte auch ohne Namen zeigen.',
        'Dann heißt das: anonym.',
      ],
    },
    {
      heading: 'Wir lesen jede Geschichte',
      blocks: [
        'Jemand vom Museum liest jede Geschichte.',
        'Erst danach können alle die Geschichte lesen.',
        'Manchmal bitten wir Sie: Bitte ändern Sie etwas.',
      ],
    },
    {
      heading: 'Sie bestimmen',
      blocks: [
        'Sie bestimmen, was mit Ihrer Geschichte passiert.',
        'Das Museum zeigt Ihre Geschichte im Internet.',
        'Sie können noch mehr erlauben.',
        'Zum Beispiel: Das Museum zeigt Ihre Geschichte in einer Ausstellung.',
        'Sie können Ihre Geschichte immer wieder löschen.',
        'Das geht auf der Seite [Meine Geschichten](/me/stories).',
      ],
    },
    {
      heading: 'Ihre Daten',
      blocks: [
        'Daten sind Angaben über Sie.',
        'Zum Beispiel Ihr Name.',
        'Wir geben Ihre Daten nicht an andere Firmen.',
        'Wir machen keine Werbung.',
        'Mehr dazu steht in der [Daten-Schutz-Erklärung](/datenschutz).',
        'Diese Erklärung ist in schwerer Sprache.',
      ],
    },
    {
      heading: 'Etwas funktioniert nicht?',
      blocks: [
        'Vielleicht können Sie etwas auf der Seite nicht benutzen.',
        'Dann schreiben Sie uns bitte.',
        'Das geht mit einem [Formular](/barrierefreiheit#feedback-heading).',
        'Dafür brauchen Sie kein Konto.',
      ],
    },
  ],
  revised: 'Dezember 2026',
};
