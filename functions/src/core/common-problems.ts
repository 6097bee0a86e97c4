import { secondsUntilNextWindow } from './rate-limit';
import { ProblemError } from './problem-json';

/* Problems that more than one context answers with; the problem+json format is ./problem-json. */

/** 429 with `Retry-After`, and a sentence the form can show as it is. */
export function rateLimitedError(now: Date, what: string) {
  const seconds = secondsUntilNextWindow(now);
  const minutes = Math.ceil(seconds / 60);
  return new ProblemError(
    429,
    'rate-limited',
    `You have reached the hourly limit for ${what}. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { headers: { 'retry-after': String(seconds) } },
  );
}

/**
 * 409 `display-name-required`: the person has not chosen the name they appear under (DESIGN §7),
 * so nothing they write can be shown yet. The web app asks for one and sends the form again.
 */
export const displayNameRequiredError = () =>
  new ProblemError(
    409,
    'display-name-required',
    'Please choose the name you want to appear under first (PATCH /api/me with a displayName).',
  );

export const notPublishedError = () =>
  new ProblemError(
    409,
    'not-published',
    'This story is not published, so it cannot take part yet.',
  );
