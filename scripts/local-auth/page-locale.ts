import type { Context } from 'koa';
import type { Locale } from './account-store';

const COOKIE = 'local_auth_lang';
const asLocale = (tag: string | undefined): Locale | undefined => {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
};

/**
 * The pages' language: the language switch (`?lang=`, remembered in a cookie), else the app's
 * `ui_locales`, else the browser's Accept-Language; German first.
 */
export function pageLocale(ctx: Context, uiLocales?: string): Locale {
  const chosen = asLocale(typeof ctx.query.lang === 'string' ? ctx.query.lang : undefined);
  if (chosen) {
    ctx.cookies.set(COOKIE, chosen, {
      httpOnly: true,
      sameSite: 'lax',
      signed: false,
      maxAge: 365 * 24 * 60 * 60 * 1000,
    });
    return chosen;
  }
  const remembered = asLocale(ctx.cookies.get(COOKIE, { signed: false }));
  if (remembered) return remembered;
  for (const tag of uiLocales?.split(' ') ?? []) {
    const locale = asLocale(tag);
    if (locale) return locale;
  }
  const accepted = ctx.acceptsLanguages('de', 'en');
  return accepted === 'en' ? 'en' : 'de';
}
