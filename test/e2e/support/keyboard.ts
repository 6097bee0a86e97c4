import type { Page } from 'playwright-core';

/** The focused element: its id and its name (aria-label, else its text). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '',
      label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
    };
  });

/** Presses Tab (or Shift+Tab) until `matches` holds for the focused element, as a keyboard user. */
export async function tabTo(
  page: Page,
  matches: (el: { id: string; label: string }) => boolean,
  back = false,
) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; last: ${JSON.stringify(await focused(page))}`);
}
