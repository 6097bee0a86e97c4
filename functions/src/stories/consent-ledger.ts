import type { ConsentSource } from '../../../shared/schemas/consent-ledger';
import type { StoryInput } from '../../../shared/schemas/story';
import type { ConsentAnswers, ConsentChange } from '../accounts/repository';

/**
 * What each story command records in the author's consent ledger (DESIGN §7; the accounts
 * repository writes the entries, in the command's own transaction): which uses it answered, and
 * under which licence and terms.
 */

type Consent = StoryInput['consent'];

/** The change an entry records: the story as it is after it, the moment, and what caused it. */
export const consentChange = (
  story: { id: string; title: string; consent: Consent },
  at: string,
  source: ConsentSource,
): ConsentChange => ({
  storyId: story.id,
  storyTitle: story.title,
  licence: story.consent.license,
  termsVersion: story.consent.termsVersion,
  at,
  source,
});

/** A submission answers every use. */
export const everyAnswer = (consent: Consent): ConsentAnswers => ({
  online: consent.online,
  exhibition: consent.exhibition,
  research: consent.research,
});

/**
 * What an edit answered: the uses whose answer changed, or every use when the licence or the
 * terms changed (each consent is then given again, under the new ones). Nothing when the edit
 * left the consent as it was.
 */
export function editedAnswers(before: Consent, after: Consent): ConsentAnswers {
  if (before.license !== after.license || before.termsVersion !== after.termsVersion)
    return everyAnswer(after);
  const answers: ConsentAnswers = {};
  for (const use of ['exhibition', 'research'] as const)
    if (before[use] !== after[use]) answers[use] = after[use];
  return answers;
}
