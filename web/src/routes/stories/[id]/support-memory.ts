/**
 * Which stories this person has supported. The API does not say (a vote is private), so the
 * browser remembers what it sent, per signed-in person; a stale entry only flips the next click
 * from PUT to DELETE, and both are idempotent.
 */
const keyOf = (sub: string) => `ruhr-stories.supported.${sub}`;

function read(sub: string): Set<string> {
  if (typeof localStorage === 'undefined') return new Set();
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(keyOf(sub)) ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Whether `sub` supported the story, as far as this browser knows. */
export const hasSupported = (sub: string, storyId: string): boolean => read(sub).has(storyId);

/** Remembers the answer of a PUT or DELETE on the story's vote. */
export function rememberSupport(sub: string, storyId: string, voted: boolean): void {
  if (typeof localStorage === 'undefined') return;
  const ids = read(sub);
  if (voted) ids.add(storyId);
  else ids.delete(storyId);
  localStorage.setItem(keyOf(sub), JSON.stringify([...ids]));
}
