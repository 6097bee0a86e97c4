/**
 * What a page says about itself beyond its title, for search results and link previews: the
 * description and the Open Graph tags. Pages describe themselves with `describePage`; the root
 * layout is the one writer of the tags (app.html holds the site's defaults for crawlers that run
 * no script), so a page never leaves a second description behind.
 */
export type PageMeta = { title: string; description: string; type: 'article' | 'website' };

type Owned = { owner: symbol; meta: PageMeta };
const state = $state<{ current: Owned | null }>({ current: null });

/** The shown page's description, or null for the site's defaults. */
export const currentPageMeta = (): PageMeta | null => state.current?.meta ?? null;

/** Describes the page while it is shown; call while the component initialises. */
export function describePage(meta: () => PageMeta | null): void {
  const owner = Symbol('page');
  $effect(() => {
    const described = meta();
    state.current = described ? { owner, meta: described } : null;
    return () => {
      // The next page may already have described itself: clear only what this page set.
      if (state.current?.owner === owner) state.current = null;
    };
  });
}

/** The first sentences of a text, at most `max` characters, cut at a word. */
export function shortDescription(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Sets (or adds) the description and Open Graph tags in `head`. */
export function writeMetaTags(head: HTMLHeadElement, tags: Record<string, string>): void {
  for (const [key, content] of Object.entries(tags)) {
    const attribute = key.startsWith('og:') ? 'property' : 'name';
    let element = head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
    if (!element) {
      element = head.ownerDocument.createElement('meta');
      element.setAttribute(attribute, key);
      head.append(element);
    }
    element.content = content;
  }
}
