import type { account as de } from '../de/account';

/** See de/account.ts. */
export const account: Record<keyof typeof de, string> = {
  'login.heading': 'Sign in',
  'login.intro':
    'With an account you can share, comment on and support stories. You can read everything without one.',
  'login.how':
    'Signing in happens on a page of our account service. Afterwards you are brought back here.',
  'login.signIn': 'Sign in',
  'login.signUp': 'Create account',
  'login.signUp.hint': 'New here? All you need is an e-mail address.',
  'login.redirecting': 'Taking you to sign-in …',
  'login.already': 'You are signed in as {name}.',
  'login.dev.heading': 'Developer shortcut',
  'login.dev.intro':
    'Local development only: sign in as a demo persona without the account service. Real people use “Sign in” above.',
  'login.as': 'Sign in as {name}',
  'login.signingIn': 'Signing in …',

  'auth.callback.heading': 'Signing in',
  'auth.callback.working': 'Signing you in …',
  'auth.callback.failed':
    'Signing in did not work. The link may have been used already or be too old. Please try again.',
  'auth.callback.again': 'Sign in again',
  'auth.signOut.failed':
    'Signing out at the account service did not work; you are signed out here.',

  'welcome.heading': 'Welcome to Ruhr Stories',
  'welcome.intro':
    'Before you start: under which name should others see your stories and comments?',
  'welcome.field': 'Your display name',
  'welcome.hint':
    'It is shown with your stories and comments. A pseudonym is fine. 2 to 40 characters; words such as “Moderation”, “Museum” or “Admin” are kept for the team.',
  'welcome.submit': 'Save name and continue',
  'welcome.saving': 'Saving …',
  'welcome.later': 'You can change the name later under “My account”.',

  'account.heading': 'My account',
  'account.intro': 'Change how you appear on Ruhr Stories and what we send you.',
  'account.displayName': 'Display name',
  'account.displayName.hint':
    'Shown with your stories and comments. A pseudonym is fine; 2 to 40 characters.',
  'account.locale': 'Preferred language',
  'account.locale.hint': 'For the website and for e-mails to you.',
  'account.locale.de': 'Deutsch',
  'account.locale.en': 'English',
  'account.mail': 'E-mails',
  'account.decisions': 'E-mail me when a decision was made about my story',
  'account.decisions.hint':
    'We write to you when the moderation team has published or held back one of your stories – with the reason.',
  'account.save': 'Save changes',
  'account.saving': 'Saving …',
  'account.saved': 'Your changes are saved.',
  'account.signedOut': 'Sign in to see your account.',
  'account.stories': 'Go to my stories',

  'people.heading': 'People and roles',
  'people.intro': 'Find a person by their e-mail address and choose which teams they work in.',
  'people.email': 'E-mail address',
  'people.search': 'Search',
  'people.searching': 'Searching …',
  'people.none': 'No one has the e-mail address {email}.',
  'people.result': 'Found: {email}',
  'people.noName': 'no display name yet',
  'people.groups': 'Roles of {name}',
  'people.groups.hint':
    'The change applies from the person’s next sign-in, or at the latest when their sign-in is renewed in about an hour.',
  'people.role.moderators': 'Moderation – checks stories and comments',
  'people.role.curators': 'Curation – puts exhibitions together',
  'people.role.researchers': 'Research – uses released stories for research',
  'people.role.admins': 'Administration – gives out these roles',
  'people.save': 'Save roles',
  'people.saving': 'Saving …',
  'people.saved': 'The roles of {name} are saved. They apply from their next sign-in.',
  'people.ownAdmin':
    'You cannot take the administration role from yourself. Ask another administrator to do it.',
  'people.signedOut': 'Sign in to give out roles.',
  'people.refusal': 'Only members of the administration give out roles.',

  'error.displayName':
    'Please choose a name of 2 to 40 characters, without control characters and without words such as “Moderation”, “Museum” or “Admin”.',
  'error.email': 'Please enter an e-mail address, such as name@example.org.',
};
