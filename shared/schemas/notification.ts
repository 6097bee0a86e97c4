import { z } from 'zod';

/*
 * The person's in-app notifications (`GET /api/me/notifications`): what happened on their stories
 * that they should hear of. For now one kind: the museum answered on their story (DESIGN §10).
 */

export const NOTIFICATION_KINDS = ['museum-answer'] as const;

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    storyId: z.string(),
    storyTitle: z.string().meta({ description: 'The story’s title when the answer came.' }),
    /** The answer: a comment or reply on the story (its page anchors it as `comment-<id>`). */
    commentId: z.string(),
    at: z.string().meta({ description: 'When the answer was written (ISO 8601).' }),
    read: z
      .boolean()
      .meta({ description: 'False until the person marked their notifications read.' }),
  })
  .meta({ id: 'Notification' });

export const NotificationPageSchema = z
  .object({
    items: z.array(NotificationSchema),
    nextCursor: z.string().nullable(),
    unread: z.number().int().min(0),
  })
  .meta({ id: 'NotificationPage' });

/** `POST /api/me/notifications/read`: every notification is read now. */
export const NotificationsReadSchema = z
  .object({ unreadNotifications: z.literal(0) })
  .meta({ id: 'NotificationsRead' });

export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationPage = z.infer<typeof NotificationPageSchema>;
export type NotificationsRead = z.infer<typeof NotificationsReadSchema>;
