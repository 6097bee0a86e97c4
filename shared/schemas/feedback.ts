import { z } from 'zod';
import { plainText } from './text';

/*
 * Feedback on barriers (the accessibility statement's feedback form, BITV 2.0 § 7): anyone may
 * send it, without signing in. The contact detail is personal data and is kept at most a year.
 */

/** The body of POST /api/feedback/accessibility. */
export const AccessibilityFeedbackInputSchema = z
  .object({
    /** Where the barrier is: the page the visitor came from, or their own words. */
    page: plainText({ max: 300 }).optional(),
    description: plainText({ min: 10, max: 4000, multiline: true }),
    /** An e-mail address or a phone number, only to answer. */
    contact: plainText({ max: 200 }).optional(),
  })
  .strict()
  .meta({ id: 'AccessibilityFeedbackInput' });

/** What was sent, as curators read it. */
export const AccessibilityFeedbackSchema = z
  .object({
    id: z.string(),
    page: z.string().optional(),
    description: z.string(),
    contact: z.string().optional(),
    /** An ISO timestamp. */
    receivedAt: z.string(),
  })
  .meta({ id: 'AccessibilityFeedback' });

/** The answer to a sent feedback: its id and when it arrived (nothing of what it said). */
export const AccessibilityFeedbackReceiptSchema = z
  .object({ id: z.string(), receivedAt: z.string() })
  .meta({ id: 'AccessibilityFeedbackReceipt' });

export type AccessibilityFeedbackInput = z.infer<typeof AccessibilityFeedbackInputSchema>;
export type AccessibilityFeedback = z.infer<typeof AccessibilityFeedbackSchema>;
export type AccessibilityFeedbackReceipt = z.infer<typeof AccessibilityFeedbackReceiptSchema>;
