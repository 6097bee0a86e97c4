/**
 * A small XML writer for the OAI-PMH responses. Text and attribute values are always escaped,
 * and characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) are
 * dropped, so that no story text can break a response or smuggle markup into it. Markup is a
 * branded value: a plain string given as a child is text, never markup.
 */
export type Markup = { readonly markup: string };

type Attributes = Record<string, string | number | undefined>;
type Child = Markup | string | null | undefined | false;

const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: `&`, `<` and `>` escaped (`>` for `]]>`). */
export const escapeText = (value: string) =>
  value
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** An attribute value in double quotes; tabs and line breaks as references, so they survive. */
export const escapeAttribute = (value: string) =>
  escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

/** An element; attributes that are undefined are left out, and so are empty children. */
export function element(name: string, attributes: Attributes = {}, ...children: Child[]): Markup {
  if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      if (!NAME.test(key)) throw new Error(`Not an XML attribute name: ${key}`);
      return ` ${key}="${escapeAttribute(String(value))}"`;
    })
    .join('');
  const content = children
    .filter(
      (child): child is Markup | string => child !== null && child !== undefined && child !== false,
    )
    .map((child) => (typeof child === 'string' ? escapeText(child) : child.markup))
    .join('');
  return { markup: content ? `<${name}${attrs}>${content}</${name}>` : `<${name}${attrs}/>` };
}

/** Several elements side by side, as one child. */
export const fragment = (...children: Markup[]): Markup => ({
  markup: children.map((child) => child.markup).join(''),
});

/** The document: the XML declaration and its root. */
export const xmlDocument = (root: Markup) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root.markup}\n`;
