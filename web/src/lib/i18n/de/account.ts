/**
 * Accounts (DESIGN §7): sign-in and sign-up, the callback, the first-visit welcome (display name),
 * "Mein Konto" and the admins' people page. Keys: `login.*`, `auth.*`, `welcome.*`, `account.*`,
 * `people.*`, and the display name's field errors `error.displayName*`.
 */
export const account = {
  'login.heading': 'Anmelden',
  'login.intro':
    'Mit einem Konto können Sie Geschichten teilen, kommentieren und unterstützen. Lesen können Sie alles auch ohne Konto.',
  'login.how':
    'Die Anmeldung geschieht auf einer eigenen Seite unseres Kontodienstes. Danach kommen Sie hierher zurück.',
  'login.signIn': 'Anmelden',
  'login.signUp': 'Konto anlegen',
  'login.signUp.hint': 'Neu hier? Sie brauchen nur eine E-Mail-Adresse.',
  'login.redirecting': 'Sie werden zur Anmeldung weitergeleitet …',
  'login.already': 'Sie sind angemeldet als {name}.',
  'login.dev.heading': 'Abkürzung für die Entwicklung',
  'login.dev.intro':
    'Nur in der lokalen Entwicklungsumgebung: Melden Sie sich ohne Kontodienst als Demo-Person an. Echte Personen nutzen „Anmelden“ oben.',
  'login.as': 'Als {name} anmelden',
  'login.signingIn': 'Anmeldung läuft …',

  'auth.callback.heading': 'Anmeldung',
  'auth.callback.working': 'Sie werden angemeldet …',
  'auth.callback.failed':
    'Die Anmeldung hat nicht geklappt. Vielleicht war der Link schon benutzt oder zu alt. Bitte versuchen Sie es noch einmal.',
  'auth.callback.again': 'Noch einmal anmelden',
  'auth.signOut.failed':
    'Die Abmeldung beim Kontodienst hat nicht geklappt; hier sind Sie abgemeldet.',

  'welcome.heading': 'Willkommen bei Ruhr Stories',
  'welcome.intro':
    'Bevor es losgeht: Unter welchem Namen sollen andere Ihre Geschichten und Kommentare sehen?',
  'welcome.field': 'Ihr Anzeigename',
  'welcome.hint':
    'Er steht bei Ihren Geschichten und Kommentaren. Ein Pseudonym ist in Ordnung. 2 bis 40 Zeichen; Wörter wie „Moderation“, „Museum“ oder „Admin“ sind dem Team vorbehalten.',
  'welcome.submit': 'Namen speichern und weiter',
  'welcome.saving': 'Wird gespeichert …',
  'welcome.later': 'Sie können den Namen später unter „Mein Konto“ ändern.',

  'account.heading': 'Mein Konto',
  'account.intro':
    'Hier ändern Sie, wie Sie auf Ruhr Stories erscheinen und was wir Ihnen schicken.',
  'account.displayName': 'Anzeigename',
  'account.displayName.hint':
    'Steht bei Ihren Geschichten und Kommentaren. Ein Pseudonym ist in Ordnung; 2 bis 40 Zeichen.',
  'account.locale': 'Bevorzugte Sprache',
  'account.locale.hint': 'Für die Website und für E-Mails an Sie.',
  'account.locale.de': 'Deutsch',
  'account.locale.en': 'English',
  'account.mail': 'E-Mails',
  'account.decisions': 'E-Mail, wenn über meine Geschichte entschieden wurde',
  'account.decisions.hint':
    'Wir schreiben Ihnen, wenn das Moderationsteam eine Geschichte von Ihnen veröffentlicht oder zurückgestellt hat – mit Begründung.',
  'account.save': 'Änderungen speichern',
  'account.saving': 'Wird gespeichert …',
  'account.saved': 'Ihre Änderungen sind gespeichert.',
  'account.signedOut': 'Melden Sie sich an, um Ihr Konto zu sehen.',
  'account.stories': 'Zu meinen Geschichten',

  'people.heading': 'Personen und Rollen',
  'people.intro':
    'Suchen Sie eine Person über ihre E-Mail-Adresse und legen Sie fest, in welchen Teams sie mitarbeitet.',
  'people.email': 'E-Mail-Adresse',
  'people.search': 'Suchen',
  'people.searching': 'Wird gesucht …',
  'people.none': 'Keine Person hat die E-Mail-Adresse {email}.',
  'people.result': 'Gefunden: {email}',
  'people.noName': 'noch kein Anzeigename',
  'people.groups': 'Rollen von {name}',
  'people.groups.hint':
    'Die Änderung gilt ab der nächsten Anmeldung der Person oder spätestens, wenn ihre Anmeldung in etwa einer Stunde erneuert wird.',
  'people.role.moderators': 'Moderation – prüft Geschichten und Kommentare',
  'people.role.curators': 'Kuratieren – stellt Ausstellungen zusammen',
  'people.role.researchers': 'Forschung – nutzt freigegebene Geschichten für Forschung',
  'people.role.admins': 'Verwaltung – vergibt diese Rollen',
  'people.save': 'Rollen speichern',
  'people.saving': 'Wird gespeichert …',
  'people.saved': 'Die Rollen von {name} sind gespeichert. Sie gelten ab der nächsten Anmeldung.',
  'people.ownAdmin':
    'Sie können sich die Verwaltungsrolle nicht selbst nehmen. Bitten Sie eine andere Person aus der Verwaltung darum.',
  'people.signedOut': 'Melden Sie sich an, um Rollen zu vergeben.',
  'people.refusal': 'Rollen vergeben nur Mitglieder der Verwaltung.',

  'error.displayName':
    'Bitte wählen Sie einen Namen mit 2 bis 40 Zeichen, ohne Steuerzeichen und ohne Wörter wie „Moderation“, „Museum“ oder „Admin“.',
  'error.email': 'Bitte geben Sie eine E-Mail-Adresse ein, z. B. name@example.org.',
} as const;
