import { decisionMessage, type MailDecision } from '../../../shared/mail/decision-messages';
import type { IdentityDirectory } from '../accounts/identity-directory';
import type { AccountRepository } from '../accounts/repository';
import type { Db } from '../core/dynamo';
import type { Logger } from '../core/logger';
import { withoutAddresses, type Mailer } from '../core/mailer';
import type { ChangeRecord, EventHandler } from './change-record';
import { claimMailMarker, releaseMailMarker } from './mail-marker';

/** The decisions a person hears about: each one changes what becomes of their story. */
const MAILED: readonly MailDecision[] = ['approve', 'reject', 'request-changes', 'hide', 'restore'];

/** One mail per decision: the story's version after it (every state change bumps it). */
export const notifiedKeys = {
  marker: (storyId: string, version: number) => ({
    pk: `NOTIFIED#${storyId}`,
    sk: String(version),
  }),
};

type StoryDecision = {
  storyId: string;
  version: number;
  authorSub: string;
  title: string;
  decision: MailDecision;
  reason?: string;
};

/**
 * The moderator decision a change of a story's item carries, if it is a new one: a decision sets
 * `lastDecision` (decide-story.ts), and no other write changes it. A restore that only dismissed
 * reports on a story that stayed published is not news to its author, who never saw it go.
 */
export function decisionOf(change: ChangeRecord): StoryDecision | null {
  const before = change.oldImage;
  const after = change.newImage;
  if (change.eventName !== 'MODIFY' || change.keys.sk !== 'STORY' || after?.entity !== 'story')
    return null;
  type Decided = { decision?: string; reason?: string; decidedAt?: string } | undefined;
  const decided = after.lastDecision as Decided;
  const earlier = before?.lastDecision as Decided;
  if (!decided?.decidedAt || decided.decidedAt === earlier?.decidedAt) return null;
  const decision = MAILED.find((d) => d === decided.decision);
  if (!decision) return null;
  if (decision === 'restore' && before?.status === after.status) return null;
  return {
    storyId: String(after.id),
    version: Number(after.version),
    authorSub: String(after.authorSub),
    title: String(after.title),
    decision,
    reason: decided.reason,
  };
}

export type NotifierDeps = {
  db: Db;
  accounts: Pick<AccountRepository, 'profile'>;
  /** Where the address comes from, at send time; null: no directory configured, no e-mails. */
  directory: Pick<IdentityDirectory, 'get'> | null;
  mailer: Mailer;
  /** The public site, for the link in the e-mail. */
  siteUrl: string;
  log: Logger;
  now: () => Date;
};

/**
 * The notifier (DESIGN §7, §8): a moderator's decision on a story is e-mailed to its author, if
 * their profile says `notifications.decisions: 'email'`, in the profile's language. Only the
 * author is ever written to (an anonymous story too: anonymity is towards readers, and the
 * author is the one person who knows it is theirs). The address is asked of the identity
 * provider when the mail goes out, used for that one call, and never written to the table or a
 * log line.
 *
 * Delivery is at most once per decision. Before sending, the handler claims a marker item
 * `NOTIFIED#<storyId>` / `<version>` with a conditional Put; a redelivered record (a retried
 * batch, a bisected one, the poller and a Lambda reading the same change) finds it and sends
 * nothing. If SES refuses the message, the marker is deleted again and the handler throws, so
 * the batch is retried and the mail goes out then. Only a crash between the claim and the send
 * loses the mail: we prefer that to at-least-once (the other order), where the same crash would
 * send it twice. The decision is never lost for the person: the web app shows it (`/me`).
 */
export function createNotifier(deps: NotifierDeps): EventHandler {
  const log = deps.log.child({ handler: 'notifier' });
  const claim = (d: StoryDecision) =>
    claimMailMarker(
      deps.db,
      notifiedKeys.marker(d.storyId, d.version),
      { storyId: d.storyId, decision: d.decision },
      deps.now(),
    );
  const release = (d: StoryDecision) =>
    releaseMailMarker(deps.db, notifiedKeys.marker(d.storyId, d.version));

  async function notify(d: StoryDecision) {
    const fields = { storyId: d.storyId, decision: d.decision };
    const profile = await deps.accounts.profile(d.authorSub);
    if (profile?.notifications.decisions !== 'email') return;
    if (!deps.directory) {
      log.warn('no identity directory configured: the decision e-mail is not sent', fields);
      return;
    }
    const person = await deps.directory.get(d.authorSub);
    if (!person?.email || !person.emailVerified) {
      log.info('the author has no verified address: no decision e-mail', fields);
      return;
    }
    if (!(await claim(d))) {
      log.info('the decision e-mail went out before: not again', fields);
      return;
    }
    const path =
      d.decision === 'request-changes' ? `/me/stories/${d.storyId}/edit` : `/stories/${d.storyId}`;
    const message = decisionMessage({
      decision: d.decision,
      locale: profile.locale,
      title: d.title,
      reason: d.reason,
      link: `${deps.siteUrl}${path}`,
    });
    try {
      await deps.mailer.send({ to: person.email, locale: profile.locale, ...message });
    } catch (error) {
      await release(d);
      // The batch's failure is logged: without the address SES may have put into its message.
      throw withoutAddresses(error);
    }
    log.info('decision e-mail sent', { ...fields, locale: profile.locale });
  }

  return async (changes) => {
    // One after the other, in stream order: a failure stops the batch, and its retry skips
    // what was already sent (the markers).
    for (const change of changes) {
      const decision = decisionOf(change);
      if (decision) await notify(decision);
    }
  };
}
