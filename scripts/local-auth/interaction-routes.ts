/**
 * The sign-in pages of an oidc-provider interaction (`/interaction/<uid>/...`): sign-in with
 * password or e-mail code, sign-up with a verification code, password reset, and the demo personas.
 * Each flow ends in `interactionResult` with the account's sub, which sends the browser back into
 * the authorization request and from there to the web app.
 */
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { isEmail, type AccountStore, type Locale, type User } from './account-store';
import type { CodePurpose, EmailCodes } from './email-codes';
import { readForm, sendHtml } from './http';
import type { CodeMailer } from './mailer';
import { MESSAGES, type ErrorKey } from './messages';
import { pageLocale } from './page-locale';
import {
  codePage,
  messagePage,
  resetCodePage,
  resetRequestPage,
  signInPage,
  signUpPage,
  type FieldError,
  type PersonaChoice,
} from './pages';
import { SCOPES } from './provider';

export type InteractionOptions = {
  provider: Provider;
  accounts: AccountStore;
  codes: EmailCodes;
  mailer: CodeMailer;
  webOrigins: string[];
  /** The one-click personas of the sign-in page, and their accounts (made on demand). */
  personas: (locale: Locale) => PersonaChoice[];
  personaAccount: (id: string) => Promise<User | undefined>;
};

/** Who a multi-page flow (code sign-in, sign-up, reset) is about, by interaction. */
type Flow = { email: string; sub: string };

const STEP = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(code|signup|verify|reset|reset-code))?$/;

export function passwordProblem(password: string, email: string): ErrorKey | undefined {
  if (password.length < 10) return 'passwordTooShort';
  if (password.length > 128) return 'passwordTooLong';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'passwordIsEmail';
  return undefined;
}

function emailProblem(email: string): ErrorKey | undefined {
  if (!email.trim()) return 'emailMissing';
  if (!isEmail(email)) return 'emailInvalid';
  return undefined;
}

export function interactionRoutes(options: InteractionOptions) {
  const { provider, accounts, codes, mailer, webOrigins } = options;
  const flows = new Map<string, Flow>();
  /** Interactions begun at `/signup` that were sent to sign-up once ("back to sign-in" stays). */
  const openedAtSignUp = new Set<string>();

  return async function handle(ctx: Context): Promise<boolean> {
    const match = STEP.exec(ctx.path);
    if (!match || !['GET', 'POST'].includes(ctx.method)) return false;
    const [, uid, step = ''] = match;
    const base = `/interaction/${uid}`;

    let details: Awaited<ReturnType<Provider['interactionDetails']>>;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
      if (details.uid !== uid) throw new Error('another interaction');
    } catch {
      const locale = pageLocale(ctx);
      const t = MESSAGES[locale];
      sendHtml(
        ctx,
        messagePage({ locale, path: ctx.path }, t.expiredTitle, t.expiredText),
        webOrigins,
        400,
      );
      return true;
    }
    const uiLocales =
      typeof details.params.ui_locales === 'string' ? details.params.ui_locales : '';
    const locale = pageLocale(ctx, uiLocales);
    const t = MESSAGES[locale];
    const page = { locale, path: ctx.path, base };
    const show = (html: string, status = 200) => sendHtml(ctx, html, webOrigins, status);
    const invalid = (html: string) => show(html, 400);
    const goTo = (path: string) => {
      ctx.status = 303;
      ctx.redirect(path);
    };

    async function finish(sub: string, amr: string[]) {
      flows.delete(uid!);
      const to = await provider.interactionResult(
        ctx.req,
        ctx.res,
        { login: { accountId: sub, amr } },
        { mergeWithLastSubmission: false },
      );
      goTo(to);
    }

    /** Sends a new code; false (with a page shown) when the mail could not go out. */
    async function sendCode(user: User, purpose: CodePurpose): Promise<boolean> {
      const code = codes.issue(purpose, user.sub);
      try {
        await mailer.sendCode(user.email, user.locale, purpose, code);
        return true;
      } catch {
        show(messagePage(page, t.mailFailedTitle, t.mailFailedText), 503);
        return false;
      }
    }

    // The first-party client needs no consent; should the prompt come anyway, grant and go on.
    if (details.prompt.name === 'consent' && details.session?.accountId) {
      const grant = new provider.Grant({
        clientId: String(details.params.client_id),
        accountId: details.session.accountId,
      });
      grant.addOIDCScope(SCOPES);
      const grantId = await grant.save();
      goTo(
        await provider.interactionResult(
          ctx.req,
          ctx.res,
          { consent: { grantId } },
          {
            mergeWithLastSubmission: true,
          },
        ),
      );
      return true;
    }

    const form = ctx.method === 'POST' ? await readForm(ctx) : () => '';
    const flow = flows.get(uid!);

    switch (step) {
      case '': {
        if (
          ctx.method === 'GET' &&
          details.params.screen === 'signup' &&
          !openedAtSignUp.has(uid!)
        ) {
          openedAtSignUp.add(uid!);
          return (goTo(`${base}/signup`), true);
        }
        const personas = options.personas(locale);
        if (ctx.method === 'GET') return (show(signInPage({ ...page, personas })), true);
        const action = form('action');
        if (action === 'persona') {
          const user = await options.personaAccount(form('persona'));
          if (user) return (await finish(user.sub, ['pwd']), true);
          return (goTo(base), true);
        }
        const email = form('email').trim();
        const errors: FieldError[] = [];
        const emailError = emailProblem(email);
        if (emailError) errors.push({ field: 'email', key: emailError });
        if (action === 'code') {
          const user = emailError ? undefined : accounts.findByEmail(email);
          if (!emailError && !user) errors.push({ field: 'email', key: 'noAccount' });
          if (errors.length || !user) {
            return (invalid(signInPage({ ...page, personas, email, errors })), true);
          }
          if (!(await sendCode(user, 'sign-in'))) return true;
          flows.set(uid!, { email: user.email, sub: user.sub });
          return (goTo(`${base}/code`), true);
        }
        const password = form('password');
        if (!password) errors.push({ field: 'password', key: 'passwordMissing' });
        const user = errors.length ? undefined : await accounts.checkPassword(email, password);
        if (!errors.length && !user) errors.push({ field: 'password', key: 'wrongPassword' });
        if (errors.length || !user) {
          return (invalid(signInPage({ ...page, personas, email, errors })), true);
        }
        if (!user.emailVerified) {
          // As Cognito: an unconfirmed account first confirms its address.
          if (!(await sendCode(user, 'verify'))) return true;
          flows.set(uid!, { email: user.email, sub: user.sub });
          return (goTo(`${base}/verify`), true);
        }
        await finish(user.sub, ['pwd']);
        return true;
      }

      case 'code':
      case 'verify': {
        if (!flow) return (goTo(base), true);
        const purpose: CodePurpose = step === 'code' ? 'sign-in' : 'verify';
        const view = (errors?: FieldError[]) =>
          codePage({
            ...page,
            email: flow.email,
            purpose: purpose === 'verify' ? 'verify' : 'sign-in',
            errors,
          });
        if (ctx.method === 'GET') return (show(view()), true);
        const user = accounts.get(flow.sub);
        if (!user) return (goTo(base), true);
        if (form('action') === 'resend') {
          if (await sendCode(user, purpose)) show(view());
          return true;
        }
        const code = form('code');
        if (!code.trim()) return (invalid(view([{ field: 'code', key: 'codeMissing' }])), true);
        const result = codes.check(purpose, user.sub, code);
        if (result !== 'ok') {
          const key: ErrorKey = result === 'wrong' ? 'codeWrong' : 'codeExpired';
          return (invalid(view([{ field: 'code', key }])), true);
        }
        // A code that arrived proves the address, whichever flow sent it.
        accounts.markVerified(user.sub);
        await finish(user.sub, ['otp']);
        return true;
      }

      case 'signup': {
        if (ctx.method === 'GET') return (show(signUpPage(page)), true);
        const email = form('email').trim();
        const password = form('password');
        const errors: FieldError[] = [];
        const emailError = emailProblem(email);
        if (emailError) errors.push({ field: 'email', key: emailError });
        const passwordError = passwordProblem(password, email);
        if (passwordError) errors.push({ field: 'password', key: passwordError });
        const result = errors.length ? undefined : await accounts.signUp(email, password, locale);
        if (result === 'exists') errors.push({ field: 'email', key: 'accountExists' });
        if (errors.length || !result || result === 'exists') {
          return (invalid(signUpPage({ ...page, email, errors })), true);
        }
        if (!(await sendCode(result, 'verify'))) return true;
        flows.set(uid!, { email: result.email, sub: result.sub });
        return (goTo(`${base}/verify`), true);
      }

      case 'reset': {
        if (ctx.method === 'GET') return (show(resetRequestPage(page)), true);
        const email = form('email').trim();
        const emailError = emailProblem(email);
        const user = emailError ? undefined : accounts.findByEmail(email);
        const key = emailError ?? (user ? undefined : 'noAccount');
        if (key || !user) {
          return (
            invalid(resetRequestPage({ ...page, email, errors: [{ field: 'email', key: key! }] })),
            true
          );
        }
        if (!(await sendCode(user, 'reset'))) return true;
        flows.set(uid!, { email: user.email, sub: user.sub });
        return (goTo(`${base}/reset-code`), true);
      }

      case 'reset-code': {
        if (!flow) return (goTo(`${base}/reset`), true);
        const view = (errors?: FieldError[]) =>
          resetCodePage({ ...page, email: flow.email, errors });
        if (ctx.method === 'GET') return (show(view()), true);
        const user = accounts.get(flow.sub);
        if (!user) return (goTo(`${base}/reset`), true);
        if (form('action') === 'resend') {
          if (await sendCode(user, 'reset')) show(view());
          return true;
        }
        const code = form('code');
        const password = form('password');
        const errors: FieldError[] = [];
        if (!code.trim()) errors.push({ field: 'code', key: 'codeMissing' });
        const passwordError = passwordProblem(password, user.email);
        if (passwordError) errors.push({ field: 'password', key: passwordError });
        // The code is checked (and used up) only once the new password is acceptable.
        if (!errors.length) {
          const result = codes.check('reset', user.sub, code);
          if (result !== 'ok') {
            errors.push({ field: 'code', key: result === 'wrong' ? 'codeWrong' : 'codeExpired' });
          }
        }
        if (errors.length) return (invalid(view(errors)), true);
        await accounts.setPassword(user.sub, password);
        accounts.markVerified(user.sub);
        await finish(user.sub, ['pwd']);
        return true;
      }
    }
    return false;
  };
}
