import { notPublishedError } from '../core/common-problems';
import { notFoundError, ProblemError } from '../core/problem-json';
import type { AddItemReason } from './commands/add-exhibition-item';

/** The problem for each reason a curation command gives (DESIGN §2 statuses). */
export function curationProblem(reason: AddItemReason | 'not-found' | 'conflict'): ProblemError {
  switch (reason) {
    case 'not-found':
    case 'exhibition-not-found':
      return notFoundError('exhibition');
    case 'story-not-found':
      return notFoundError('story');
    case 'not-published':
      return notPublishedError();
    case 'no-exhibition-consent':
      return new ProblemError(
        409,
        'no-exhibition-consent',
        'The author has not consented to exhibition use of this story.',
      );
    case 'already-in-exhibition':
      return new ProblemError(
        409,
        'already-in-exhibition',
        'The story is in this exhibition already.',
      );
    case 'exhibition-full':
      return new ProblemError(
        409,
        'exhibition-full',
        'The exhibition holds as many stories as it can.',
      );
    case 'too-many-exhibitions':
      return new ProblemError(
        409,
        'too-many-exhibitions',
        'The story is in as many exhibitions as it can be.',
      );
    case 'conflict':
      return new ProblemError(
        409,
        'state-conflict',
        'The exhibition changed meanwhile. Please reload it.',
      );
  }
}
