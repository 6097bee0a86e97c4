import { answerMessage } from '../../../shared/mail/answer-messages';
import { ERASED_SUB } from '../../../shared/schemas/account';
import type { AccountRepository } from '../accounts/repository';
import type { Db } from '../core/dynamo';
import type { Logger } from '../core/logger';
import { withoutAddresses } from '../core/mailer';
import type { StoryRepository } from '../stories/repository';
import type { ChangeRecord, EventHandler } from './change-record';
import { claimMailMarker, releaseMailMarker } from './mail-marker';
import type { NotifierDeps } from './notifier';

/** One mail per museum answer: the comment's id under its story. */
export const answerMailKeys = {
  marker: (storyId: string, commentId: string) => ({
    pk: `NOTIFIED#${storyId}`,
    sk: `ANSWER#${commentId}`,
  }),
};

type MuseumAnswer = { storyId: string; commentId: string; at: string };

/**
 * The museum answer a change of a comment's item carries, if it just became one the public can
 * read: a comment (or reply) with the `museum` badge, written as published, or published later
 * by a moderator (from `held`). Other changes of it (a reply counted on it) are no news.
 */
export function museumAnswerOf(change: ChangeRecord): MuseumAnswer | null {
  const after = change.newImage;
  if (change.eventName === 'REMOVE' || after?.entity !== 'comment') return null;
  if (after.badge !== 'museum' || after.status !== 'published') return null;
  if (change.eventName === 'MODIFY' && change.oldImage?.status === 'published') return null;
  return {
    storyId: String(after.storyId),
    commentId: String(after.id),
    at: String(after.createdAt),
  };
}

export type AnswerNotifierDeps = Omit<NotifierDeps, 'accounts'> & {
  accounts: Pick<AccountRepository, 'profile' | 'addMuseumAnswer'>;
  stories: Pick<StoryRepository, 'get'>;
};

/**
 * Tells a story's author that the museum answered on it (DESIGN §10): always in the app (a
 * notification in their partition, `GET /api/me/notifications`), and by e-mail in their language
 * if their profile says `notifications.answers: 'email'`. Only while the story is published and
 * its author still has an account. The in-app notice is put once per answer (its key is the
 * answer's); the mail is claimed with a marker as the decision mails are (./notifier.ts): at
 * most once, released again if SES refuses it so that the retried batch sends it.
 */
export function createAnswerNotifier(deps: AnswerNotifierDeps): EventHandler {
  const log = deps.log.child({ handler: 'answer-notifier' });
  const markerOf = (a: MuseumAnswer) => answerMailKeys.marker(a.storyId, a.commentId);
  const claim = (a: MuseumAnswer) =>
    claimMailMarker(deps.db, markerOf(a), { storyId: a.storyId }, deps.now());

  async function notify(a: MuseumAnswer) {
    const fields = { storyId: a.storyId, commentId: a.commentId };
    const story = await deps.stories.get(a.storyId, true);
    if (story?.status !== 'published' || story.authorSub === ERASED_SUB) return;
    const profile = await deps.accounts.profile(story.authorSub);
    if (!profile) return;
    const added = await deps.accounts.addMuseumAnswer(
      story.authorSub,
      { storyId: a.storyId, storyTitle: story.title, commentId: a.commentId, at: a.at },
      deps.now().toISOString(),
    );
    if (added) log.info('museum answer noticed in the app', fields);
    if (profile.notifications.answers !== 'email') return;
    if (!deps.directory) {
      log.warn('no identity directory configured: the answer e-mail is not sent', fields);
      return;
    }
    const person = await deps.directory.get(story.authorSub);
    if (!person?.email || !person.emailVerified) {
      log.info('the author has no verified address: no answer e-mail', fields);
      return;
    }
    if (!(await claim(a))) {
      log.info('the answer e-mail went out before: not again', fields);
      return;
    }
    const message = answerMessage({
      locale: profile.locale,
      title: story.title,
      link: `${deps.siteUrl}/stories/${a.storyId}#comment-${a.commentId}`,
    });
    try {
      await deps.mailer.send({ to: person.email, locale: profile.locale, ...message });
    } catch (error) {
      await releaseMailMarker(deps.db, markerOf(a));
      throw withoutAddresses(error);
    }
    log.info('answer e-mail sent', { ...fields, locale: profile.locale });
  }

  return async (changes) => {
    for (const change of changes) {
      const answer = museumAnswerOf(change);
      if (answer) await notify(answer);
    }
  };
}
