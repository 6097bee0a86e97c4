/**
 * The provider's pages as plain HTML from template functions: no framework, no script, one
 * same-origin stylesheet. Every value from outside goes through `esc`.
 */
import type { Locale } from './account-store';
import { CODE_MINUTES } from './email-codes';
import { MESSAGES, type ErrorKey, type Messages } from './messages';

export type FieldError = { field: string; key: ErrorKey };
export type PersonaChoice = { id: string; name: string; description: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type PageContext = {
  locale: Locale;
  /** This page's path, for the language switch. */
  path: string;
  errors?: FieldError[];
};

function layout(ctx: PageContext, title: string, content: string): string {
  const t = MESSAGES[ctx.locale];
  const other: Locale = ctx.locale === 'de' ? 'en' : 'de';
  const hasErrors = Boolean(ctx.errors?.length);
  return `<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hasErrors ? (ctx.locale === 'de' ? 'Fehler: ' : 'Error: ') : ''}${esc(title)} – ${t.siteName}</title>
<link rel="stylesheet" href="/local-auth.css">
</head>
<body>
<header>
<span class="brand">${t.siteName}</span>
<a href="${esc(`${ctx.path}?lang=${other}`)}" lang="${other}" hreflang="${other}" aria-label="${esc(t.switchLanguageLabel)}">${t.switchLanguage}</a>
</header>
<main>
<h1>${esc(title)}</h1>
${errorSummary(t, ctx.errors)}
${content}
<p class="note">${t.localNote}</p>
</main>
</body>
</html>`;
}

/** The summary at the top links each message to its field (WCAG 3.3.1); role=alert announces it. */
function errorSummary(t: Messages, errors: FieldError[] = []): string {
  if (!errors.length) return '';
  const items = errors
    .map((e) => `<li><a href="#${e.field}">${esc(t.errors[e.key])}</a></li>`)
    .join('');
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${t.errorSummaryTitle}</h2>
<ul>${items}</ul>
</div>`;
}

type FieldOptions = {
  id: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  value?: string;
  hint?: string;
  errors?: FieldError[];
  inputmode?: 'numeric';
  className?: string;
  extra?: string;
};

function field(t: Messages, o: FieldOptions): string {
  const error = o.errors?.find((e) => e.field === o.id);
  const describedBy = [o.hint ? `${o.id}-hint` : '', error ? `${o.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return `<div class="field">
<label for="${o.id}">${esc(o.label)}</label>
${o.hint ? `<span class="hint" id="${o.id}-hint">${esc(o.hint)}</span>` : ''}
${error ? `<p class="field-error" id="${o.id}-error">${esc(t.errors[error.key])}</p>` : ''}
<input id="${o.id}" name="${o.id}" type="${o.type}" autocomplete="${o.autocomplete}"${
    o.value ? ` value="${esc(o.value)}"` : ''
  }${o.inputmode ? ` inputmode="${o.inputmode}"` : ''}${o.className ? ` class="${o.className}"` : ''}${
    describedBy ? ` aria-describedby="${describedBy}"` : ''
  }${error ? ' aria-invalid="true"' : ''}${o.extra ?? ''}>
</div>`;
}

const codeField = (t: Messages, errors?: FieldError[]) =>
  field(t, {
    id: 'code',
    label: t.code,
    type: 'text',
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    hint: t.codeHint,
    className: 'code',
    errors,
    extra: ' maxlength="12" spellcheck="false"',
  });

export function signInPage(
  ctx: PageContext & { base: string; email?: string; personas: PersonaChoice[] },
): string {
  const t = MESSAGES[ctx.locale];
  const personas = ctx.personas
    .map(
      (p) => `<li>
<form method="post" action="${ctx.base}">
<input type="hidden" name="action" value="persona">
<input type="hidden" name="persona" value="${esc(p.id)}">
<p>${esc(p.description)}</p>
<button type="submit" class="secondary" data-testid="persona-${esc(p.id)}">${esc(t.personaButton(p.name))}</button>
</form>
</li>`,
    )
    .join('');
  return layout(
    ctx,
    t.signInTitle,
    `<p>${t.signInIntro}</p>
<form method="post" action="${ctx.base}" novalidate>
${field(t, { id: 'email', label: t.email, type: 'email', autocomplete: 'username', value: ctx.email, errors: ctx.errors })}
${field(t, { id: 'password', label: t.password, type: 'password', autocomplete: 'current-password', errors: ctx.errors })}
<p class="hint" id="code-instead-hint">${esc(t.codeInsteadHint)}</p>
<div class="actions">
<button type="submit" name="action" value="password">${t.signInButton}</button>
<button type="submit" name="action" value="code" class="secondary" aria-describedby="code-instead-hint">${t.codeInstead}</button>
</div>
</form>
<p><a href="${ctx.base}/reset">${t.forgotPassword}</a></p>
<p>${t.noAccount} <a href="${ctx.base}/signup">${t.signUpLink}</a></p>
${
  personas
    ? `<hr><section aria-labelledby="personas-title">
<h2 id="personas-title">${t.personasTitle}</h2>
<p>${t.personasIntro}</p>
<ul class="personas">${personas}</ul>
</section>`
    : ''
}`,
  );
}

/** Enter the code that was just sent (sign-in by code, or confirming a new address). */
export function codePage(
  ctx: PageContext & { base: string; email: string; purpose: 'sign-in' | 'verify' },
): string {
  const t = MESSAGES[ctx.locale];
  return layout(
    ctx,
    ctx.purpose === 'verify' ? t.verifyTitle : t.codeTitle,
    `<p>${esc(t.codeSent(ctx.email, CODE_MINUTES))}</p>
<form method="post" action="${ctx.path}" novalidate>
${codeField(t, ctx.errors)}
<div class="actions">
<button type="submit" name="action" value="check">${ctx.purpose === 'verify' ? t.verifyButton : t.codeButton}</button>
</div>
</form>
<form method="post" action="${ctx.path}">
<button type="submit" name="action" value="resend" class="link">${t.resendCode}</button>
</form>
<p><a href="${ctx.base}">${t.backToSignIn}</a></p>`,
  );
}

export function signUpPage(ctx: PageContext & { base: string; email?: string }): string {
  const t = MESSAGES[ctx.locale];
  return layout(
    ctx,
    t.signUpTitle,
    `<p>${t.signUpIntro}</p>
<form method="post" action="${ctx.path}" novalidate>
${field(t, { id: 'email', label: t.email, type: 'email', autocomplete: 'email', value: ctx.email, errors: ctx.errors })}
${field(t, { id: 'password', label: t.password, type: 'password', autocomplete: 'new-password', hint: t.passwordRules, errors: ctx.errors })}
<div class="actions">
<button type="submit">${t.signUpButton}</button>
</div>
</form>
<p>${t.haveAccount} <a href="${ctx.base}">${t.signInButton}</a></p>`,
  );
}

export function resetRequestPage(ctx: PageContext & { base: string; email?: string }): string {
  const t = MESSAGES[ctx.locale];
  return layout(
    ctx,
    t.resetTitle,
    `<p>${t.resetIntro}</p>
<form method="post" action="${ctx.path}" novalidate>
${field(t, { id: 'email', label: t.email, type: 'email', autocomplete: 'username', value: ctx.email, errors: ctx.errors })}
<div class="actions">
<button type="submit">${t.resetSendButton}</button>
</div>
</form>
<p><a href="${ctx.base}">${t.backToSignIn}</a></p>`,
  );
}

export function resetCodePage(ctx: PageContext & { base: string; email: string }): string {
  const t = MESSAGES[ctx.locale];
  return layout(
    ctx,
    t.resetSetTitle,
    `<p>${esc(t.codeSent(ctx.email, CODE_MINUTES))}</p>
<form method="post" action="${ctx.path}" novalidate>
<input type="hidden" name="action" value="check">
<input type="hidden" name="username" autocomplete="username" value="${esc(ctx.email)}">
${codeField(t, ctx.errors)}
${field(t, { id: 'password', label: t.newPassword, type: 'password', autocomplete: 'new-password', hint: t.passwordRules, errors: ctx.errors })}
<div class="actions">
<button type="submit">${t.resetSetButton}</button>
</div>
</form>
<form method="post" action="${ctx.path}">
<button type="submit" name="action" value="resend" class="link">${t.resendCode}</button>
</form>
<p><a href="${ctx.base}">${t.backToSignIn}</a></p>`,
  );
}

/** A page that only explains: an expired sign-in, a refused sign-out, a mail that did not go out. */
export function messagePage(ctx: PageContext, title: string, text: string): string {
  return layout(ctx, title, `<p>${esc(text)}</p>`);
}
