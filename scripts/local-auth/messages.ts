/**
 * Every word the local provider shows or sends, in German and English. Plain words for someone
 * signing in for the first time.
 */
import type { Locale } from './account-store';

const de = {
  siteName: 'Ruhr Stories',
  localNote: 'Lokale Anmeldung für die Entwicklung – keine echten Konten.',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  errorSummaryTitle: 'Bitte prüfen Sie Folgendes:',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  newPassword: 'Neues Passwort',
  code: 'Code aus der E-Mail',
  codeHint: '6 Ziffern',
  passwordRules: 'Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist gut zu merken.',
  signInTitle: 'Anmelden',
  signInIntro: 'Melden Sie sich mit Ihrer E-Mail-Adresse an.',
  signInButton: 'Anmelden',
  codeInstead: 'Code per E-Mail',
  codeInsteadHint:
    'Kein Passwort zur Hand? Wählen Sie „Code per E-Mail“: Wir schicken Ihnen einen Code zum Anmelden.',
  forgotPassword: 'Passwort vergessen?',
  noAccount: 'Noch kein Konto?',
  signUpLink: 'Konto erstellen',
  personasTitle: 'Demo-Personen',
  personasIntro:
    'Nur in der lokalen Entwicklung: mit einem Klick als eine der Demo-Personen anmelden.',
  personaButton: (name: string) => `Als ${name} anmelden`,
  codeTitle: 'Code eingeben',
  codeSent: (email: string, minutes: number) =>
    `Wir haben einen Code an ${email} geschickt. Er gilt ${minutes} Minuten.`,
  codeButton: 'Weiter',
  resendCode: 'Neuen Code schicken',
  backToSignIn: 'Zurück zur Anmeldung',
  signUpTitle: 'Konto erstellen',
  signUpIntro:
    'Mit einem Konto können Sie Geschichten teilen und kommentieren. Wir schicken Ihnen danach einen Code, um Ihre E-Mail-Adresse zu bestätigen.',
  signUpButton: 'Konto erstellen',
  haveAccount: 'Sie haben schon ein Konto?',
  verifyTitle: 'E-Mail-Adresse bestätigen',
  verifyButton: 'Bestätigen',
  resetTitle: 'Passwort zurücksetzen',
  resetIntro: 'Geben Sie Ihre E-Mail-Adresse ein. Wir schicken Ihnen einen Code.',
  resetSendButton: 'Code schicken',
  resetSetTitle: 'Neues Passwort festlegen',
  resetSetButton: 'Passwort speichern und anmelden',
  expiredTitle: 'Die Anmeldung ist abgelaufen',
  expiredText: 'Bitte gehen Sie zurück zur Website und wählen Sie dort noch einmal „Anmelden“.',
  logoutRefusedTitle: 'Abmelden nicht möglich',
  logoutRefusedText: 'Diese Adresse ist für die Rückkehr nach dem Abmelden nicht eingetragen.',
  mailFailedTitle: 'Die E-Mail konnte nicht verschickt werden',
  mailFailedText: 'Bitte versuchen Sie es in einem Moment noch einmal.',
  errors: {
    emailMissing: 'Geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
    passwordMissing: 'Geben Sie Ihr Passwort ein.',
    wrongPassword: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    noAccount: 'Zu dieser E-Mail-Adresse gibt es kein Konto. Erstellen Sie zuerst ein Konto.',
    accountExists:
      'Zu dieser E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich an oder setzen Sie das Passwort zurück.',
    passwordTooShort: 'Das Passwort braucht mindestens 10 Zeichen.',
    passwordTooLong: 'Das Passwort darf höchstens 128 Zeichen haben.',
    passwordIsEmail: 'Das Passwort darf nicht Ihre E-Mail-Adresse sein.',
    codeMissing: 'Geben Sie den Code aus der E-Mail ein.',
    codeWrong: 'Der Code stimmt nicht. Prüfen Sie die Ziffern und versuchen Sie es noch einmal.',
    codeExpired: 'Der Code gilt nicht mehr. Lassen Sie sich einen neuen schicken.',
  },
  mail: {
    verifySubject: 'Ihr Code für Ruhr Stories',
    verifyBody: (code: string, minutes: number) =>
      `Guten Tag,\n\nIhr Code zum Bestätigen Ihrer E-Mail-Adresse lautet: ${code}\n\nEr gilt ${minutes} Minuten. Wenn Sie kein Konto erstellen wollten, können Sie diese E-Mail löschen.\n\nRuhr Stories`,
    signInSubject: 'Ihr Anmelde-Code für Ruhr Stories',
    signInBody: (code: string, minutes: number) =>
      `Guten Tag,\n\nIhr Code zum Anmelden lautet: ${code}\n\nEr gilt ${minutes} Minuten. Wenn Sie sich nicht anmelden wollten, können Sie diese E-Mail löschen.\n\nRuhr Stories`,
    resetSubject: 'Ihr Code zum Zurücksetzen des Passworts',
    resetBody: (code: string, minutes: number) =>
      `Guten Tag,\n\nIhr Code zum Zurücksetzen Ihres Passworts lautet: ${code}\n\nEr gilt ${minutes} Minuten. Wenn Sie Ihr Passwort nicht ändern wollten, können Sie diese E-Mail löschen.\n\nRuhr Stories`,
  },
};

export type Messages = typeof de;

const en: Messages = {
  siteName: 'Ruhr Stories',
  localNote: 'Local sign-in for development – no real accounts.',
  switchLanguage: 'Deutsch',
  switchLanguageLabel: 'Auf Deutsch wechseln',
  errorSummaryTitle: 'Please check the following:',
  email: 'E-mail address',
  password: 'Password',
  newPassword: 'New password',
  code: 'Code from the e-mail',
  codeHint: '6 digits',
  passwordRules: 'At least 10 characters. A sentence of a few words is easy to remember.',
  signInTitle: 'Sign in',
  signInIntro: 'Sign in with your e-mail address.',
  signInButton: 'Sign in',
  codeInstead: 'Code by e-mail',
  codeInsteadHint:
    'No password to hand? Choose “Code by e-mail”: we send you a code to sign in with.',
  forgotPassword: 'Forgotten your password?',
  noAccount: 'No account yet?',
  signUpLink: 'Create an account',
  personasTitle: 'Demo personas',
  personasIntro: 'Local development only: sign in as one of the demo personas with one click.',
  personaButton: (name: string) => `Sign in as ${name}`,
  codeTitle: 'Enter the code',
  codeSent: (email: string, minutes: number) =>
    `We have sent a code to ${email}. It works for ${minutes} minutes.`,
  codeButton: 'Continue',
  resendCode: 'Send a new code',
  backToSignIn: 'Back to sign-in',
  signUpTitle: 'Create an account',
  signUpIntro:
    'With an account you can share stories and comment. We then send you a code to confirm your e-mail address.',
  signUpButton: 'Create account',
  haveAccount: 'Already have an account?',
  verifyTitle: 'Confirm your e-mail address',
  verifyButton: 'Confirm',
  resetTitle: 'Reset your password',
  resetIntro: 'Enter your e-mail address. We will send you a code.',
  resetSendButton: 'Send code',
  resetSetTitle: 'Choose a new password',
  resetSetButton: 'Save password and sign in',
  expiredTitle: 'The sign-in has expired',
  expiredText: 'Please go back to the website and choose “Sign in” there once more.',
  logoutRefusedTitle: 'Cannot sign out here',
  logoutRefusedText: 'This address is not registered as a place to return to after signing out.',
  mailFailedTitle: 'The e-mail could not be sent',
  mailFailedText: 'Please try again in a moment.',
  errors: {
    emailMissing: 'Enter your e-mail address.',
    emailInvalid: 'Enter an e-mail address like name@example.com.',
    passwordMissing: 'Enter your password.',
    wrongPassword: 'The e-mail address or the password is not right.',
    noAccount: 'There is no account for this e-mail address. Create an account first.',
    accountExists:
      'There is already an account for this e-mail address. Sign in, or reset the password.',
    passwordTooShort: 'The password needs at least 10 characters.',
    passwordTooLong: 'The password can have at most 128 characters.',
    passwordIsEmail: 'The password cannot be your e-mail address.',
    codeMissing: 'Enter the code from the e-mail.',
    codeWrong: 'The code is not right. Check the digits and try again.',
    codeExpired: 'The code no longer works. Ask for a new one.',
  },
  mail: {
    verifySubject: 'Your code for Ruhr Stories',
    verifyBody: (code: string, minutes: number) =>
      `Hello,\n\nYour code to confirm your e-mail address is: ${code}\n\nIt works for ${minutes} minutes. If you did not want to create an account, you can delete this e-mail.\n\nRuhr Stories`,
    signInSubject: 'Your sign-in code for Ruhr Stories',
    signInBody: (code: string, minutes: number) =>
      `Hello,\n\nYour code to sign in is: ${code}\n\nIt works for ${minutes} minutes. If you did not want to sign in, you can delete this e-mail.\n\nRuhr Stories`,
    resetSubject: 'Your code to reset your password',
    resetBody: (code: string, minutes: number) =>
      `Hello,\n\nYour code to reset your password is: ${code}\n\nIt works for ${minutes} minutes. If you did not want to change your password, you can delete this e-mail.\n\nRuhr Stories`,
  },
};

export const MESSAGES: Record<Locale, Messages> = { de, en };
export type ErrorKey = keyof Messages['errors'];
