import { getMe, markDecisionsSeen, markNotificationsRead } from './api/accounts';

/** How often a navigation may ask the server again; the header calls `refresh` on every page. */
const FRESH_FOR_MS = 30_000;

/**
 * Decisions by the moderation team on the signed-in author's stories that they have not seen yet
 * (`unseenDecisions` of `GET /api/me`), and their unread notifications (the museum's answers,
 * `unreadNotifications`). The header shows both counts; "my stories" calls `markSeen`, the
 * notifications page `markRead`.
 */
class Notices {
  unseenDecisions = $state(0);
  unreadNotifications = $state(0);
  private checkedAt = 0;
  private request = 0;

  /** Asks the server for the count; `force` skips the short cache that keeps navigation cheap. */
  async refresh(force = false): Promise<void> {
    if (!force && Date.now() - this.checkedAt < FRESH_FOR_MS) return;
    const request = ++this.request;
    this.checkedAt = Date.now();
    try {
      const me = await getMe();
      if (request === this.request) {
        this.unseenDecisions = me.unseenDecisions ?? 0;
        this.unreadNotifications = me.unreadNotifications ?? 0;
      }
    } catch {
      // Signed out or offline: the badge simply stays as it was; a 401 clears it via `clear`.
      this.checkedAt = 0;
    }
  }

  /** Call when the author opens "my stories": every decision there is now seen. */
  async markSeen(): Promise<void> {
    this.request++;
    this.unseenDecisions = 0;
    this.checkedAt = Date.now();
    try {
      await markDecisionsSeen();
    } catch {
      // Not fatal: the next refresh shows the count again and the next visit tries again.
      this.checkedAt = 0;
    }
  }

  /** Call when the person has seen their notifications: they are read now. */
  async markRead(): Promise<void> {
    this.request++;
    this.unreadNotifications = 0;
    this.checkedAt = Date.now();
    try {
      await markNotificationsRead();
    } catch {
      this.checkedAt = 0;
    }
  }

  /** Forgets the counts (sign out). */
  clear(): void {
    this.request++;
    this.unseenDecisions = 0;
    this.unreadNotifications = 0;
    this.checkedAt = 0;
  }
}

export const notices = new Notices();
