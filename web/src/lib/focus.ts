import { tick } from 'svelte';

let pending = false;

const isIdle = () => !document.activeElement || document.activeElement === document.body;

/**
 * After a client-side navigation, moves focus to the page's h1 so screen-reader and keyboard
 * users start at the new content. Pages whose h1 appears only after loading get it on mount.
 */
export async function focusHeadingAfterNavigation(): Promise<void> {
  await tick();
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading && isIdle()) heading.focus();
  else pending = !heading;
}

/** Action for every page's h1: makes it focusable from script and takes a pending focus. */
export function pageHeading(node: HTMLElement): void {
  node.tabIndex = -1;
  if (pending && isIdle()) node.focus();
  pending = false;
}

/** Focuses an element by id (error summaries, skip links) and brings it into view. */
export function focusById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView({ block: 'center' });
}
