import { REPORT_NOTES_KEPT, type ReportNote } from '../../../../shared/schemas/moderation';
import type { AccountRepository, ReportMade } from '../../accounts/repository';
import type { Db } from '../../core/dynamo';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { ReportRepository } from '../report-repository';
import type { StoryRepository } from '../repository';
import type { VoteRepository } from '../vote-repository';
import { voteItems } from './set-vote';

const ATTEMPTS = 6;
const PARALLEL = 8;

type Deps = {
  db: Db;
  stories: StoryRepository;
  votes: VoteRepository;
  reports: ReportRepository;
  accounts: AccountRepository;
};

async function inParallel<T>(items: T[], task: (item: T) => Promise<boolean>) {
  let count = 0;
  for (let i = 0; i < items.length; i += PARALLEL)
    for (const done of await Promise.all(items.slice(i, i + PARALLEL).map(task))) if (done) count++;
  return count;
}

/**
 * An erased person's supports are withdrawn (DESIGN §7), each with the counters exact: on a
 * published story the vote command's own withdrawal (the vote, the pointer, the story's count and
 * every feed card's count and top ranking), without its rate limit; on a story that is not
 * published (it has no feed cards then) the vote and the story's count. Answers how many went.
 */
export async function withdrawSupports(deps: Deps, sub: string, storyIds: string[]) {
  return inParallel(storyIds, (storyId) => withdrawSupport(deps, sub, storyId));
}

async function withdrawSupport(deps: Deps, sub: string, storyId: string): Promise<boolean> {
  const pointer = deps.accounts.supportItem(sub, storyId, false);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (!(await deps.votes.exists(storyId, sub))) {
      await transactWrite(deps.db, { pointer });
      return false;
    }
    try {
      await transactWrite(deps.db, voteItems(deps, sub, storyId, false));
      return true;
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      if (error.failed('vote')) continue;
    }
    // Not published: its feed cards are gone, only the story's own count is kept.
    try {
      await transactWrite(deps.db, {
        vote: deps.votes.voteItem(storyId, sub, false),
        pointer,
        story: deps.stories.unpublishedVoteCountItem(storyId),
      });
      return true;
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      // Published again, or withdrawn meanwhile: try again from the top.
    }
  }
  throw new Error(`The support for ${storyId} kept changing while it was being withdrawn`);
}

/**
 * An erased person's reports are removed, and the reported items' report counts with them, so
 * they stay exact: a report counts on its item until a moderator settles them (the count and the
 * notes start again), so only a report whose note is still on the item is counted off, and its
 * note goes too. An item whose count reaches 0 leaves the reports queue, unless the reports had
 * hidden it (a moderator decides on it still). Answers how many went.
 */
export async function withdrawReports(deps: Deps, sub: string, reports: ReportMade[]) {
  return inParallel(reports, (report) => withdrawReport(deps, sub, report));
}

async function withdrawReport(deps: Deps, sub: string, made: ReportMade): Promise<boolean> {
  const target =
    made.target === 'STORY'
      ? { storyId: made.storyId }
      : {
          storyId: made.storyId,
          commentId: made.target,
        };
  const pointer = {
    Delete: { TableName: deps.db.tableName, Key: deps.accounts.reportKey(sub, made) },
  };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const [report, item] = await Promise.all([
      deps.reports.getReport(made.storyId, made.target, sub),
      deps.reports.get(target),
    ]);
    if (!report) {
      await transactWrite(deps.db, { pointer });
      return false;
    }
    const notes = (item?.reportNotes as ReportNote[] | undefined) ?? [];
    const index = notes.findIndex(
      (n) =>
        n.at === report.at &&
        n.reason === report.reason &&
        (n.note ?? null) === (report.note ?? null),
    );
    const count = (item?.reportCount as number | undefined) ?? 0;
    // Pushed off the bounded list by later reports, yet still among those counted.
    const olderThanNotes =
      index < 0 &&
      notes.length >= REPORT_NOTES_KEPT &&
      count > notes.length &&
      String(report.at) < String(notes[0]?.at);
    const counted = !!item && count > 0 && (index >= 0 || olderThanNotes);
    try {
      await transactWrite(deps.db, {
        report: deps.reports.deleteReportItem(made.storyId, made.target, sub),
        pointer,
        count: counted
          ? deps.reports.uncountItem(target, item, {
              count,
              notes: index >= 0 ? notes.filter((_, i) => i !== index) : notes,
            })
          : undefined,
      });
      return true;
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      // Another report or a decision moved the count: read again.
    }
  }
  throw new Error(
    `The report on ${made.storyId}/${made.target} kept changing while it was removed`,
  );
}
