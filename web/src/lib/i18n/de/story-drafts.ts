/**
 * German: the story form's safety nets: drafts kept in the browser, the question before leaving
 * a half-filled form, and the pre-screen's notes on the preview step.
 * Keys: `draft.*`, `leave.*`, `prescreen.*`.
 */
export const storyDrafts = {
  'draft.offer': 'Sie haben einen Entwurf vom {date}.',
  'draft.offer.hint': 'Möchten Sie dort weiterschreiben, wo Sie aufgehört haben?',
  'draft.resume': 'Weiterschreiben',
  'draft.discard': 'Verwerfen',
  'draft.discarded': 'Der Entwurf ist verworfen. Sie beginnen mit einem leeren Formular.',
  'draft.resumed': 'Ihr Entwurf ist wieder da.',
  'draft.note':
    'Was Sie hier schreiben, bewahrt dieser Browser als Entwurf auf, bis Sie die Geschichte einreichen.',

  'leave.title': 'Seite verlassen?',
  'leave.text':
    'Ihre Geschichte ist noch nicht eingereicht. Ihr Entwurf bleibt in diesem Browser gespeichert, Sie können später weiterschreiben.',
  'leave.stay': 'Hierbleiben und weiterschreiben',
  'leave.go': 'Seite verlassen',

  'prescreen.heading': 'Bitte sehen Sie sich diese Stellen noch einmal an',
  'prescreen.intro':
    'Uns ist beim Lesen etwas aufgefallen. Sie können es jetzt ändern, bevor das Moderationsteam es sieht.',
  'prescreen.found.phone': 'Das sieht aus wie eine Telefonnummer:',
  'prescreen.found.email': 'Das sieht aus wie eine E-Mail-Adresse:',
  'prescreen.found.iban': 'Das sieht aus wie eine Kontonummer (IBAN):',
  'prescreen.found.link': 'Das sieht aus wie ein Link:',
  'prescreen.found.insult': 'Dieses Wort kann andere verletzen:',
  'prescreen.found.shouting': 'Viele Großbuchstaben lesen sich wie Schreien:',
  'prescreen.why.personal':
    'Moderatorinnen und Moderatoren werden das nicht veröffentlichen. Bitte entfernen Sie persönliche Daten, vor allem die anderer Menschen.',
  'prescreen.why.link':
    'Links veröffentlicht das Moderationsteam nur, wenn sie zur Geschichte gehören. Am besten beschreiben Sie mit eigenen Worten, was dort steht.',
  'prescreen.why.tone':
    'Das Moderationsteam sieht sich solche Stellen genau an. Vielleicht möchten Sie es anders sagen.',
  'prescreen.inTitle': 'im Titel',
  'prescreen.inBody': 'im Text',
  'prescreen.fix.title': 'Titel ändern',
  'prescreen.fix.body': 'Text ändern',
};
