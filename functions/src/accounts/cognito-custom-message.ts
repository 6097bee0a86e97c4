import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { codeMessage, mailLocaleOf, type CodePurpose } from '../../../shared/mail/code-messages';

// Cognito's trigger sources for the e-mails that carry a code; any other keeps Cognito's text.
const PURPOSE: Partial<Record<CustomMessageTriggerEvent['triggerSource'], CodePurpose>> = {
  CustomMessage_SignUp: 'sign-up',
  CustomMessage_ResendCode: 'sign-up',
  CustomMessage_Authentication: 'sign-in',
  CustomMessage_ForgotPassword: 'password-reset',
  CustomMessage_UpdateUserAttribute: 'new-address',
  CustomMessage_VerifyUserAttribute: 'new-address',
};

/**
 * Cognito's custom message trigger: the code e-mails in the person's language (the `locale`
 * attribute the SPA sets from the profile; German when there is none). Cognito replaces
 * `codeParameter` with the code, so the message must contain it.
 */
export function customMessage(event: CustomMessageTriggerEvent): CustomMessageTriggerEvent {
  const purpose = PURPOSE[event.triggerSource];
  if (!purpose) return event;
  const locale = mailLocaleOf(event.request.userAttributes.locale);
  const message = codeMessage(purpose, locale, event.request.codeParameter);
  event.response.emailSubject = message.subject;
  event.response.emailMessage = message.html;
  return event;
}

export const handler = async (event: CustomMessageTriggerEvent) => customMessage(event);
