import type { moderation as de } from '../de/moderation';

/**
 * English: the moderators’ workspace, item view and audit log, with the pre-screen’s flags.
 * The type demands every German key of this part, and no other.
 */
export const moderation: Record<keyof typeof de, string> = {
  'moderation.heading': 'Moderation',
  'moderation.signedOut': 'Moderation is for signed-in members of the moderation team.',
  'moderation.notAllowed':
    'This page is reserved for the moderation team. If you would like to help moderate, please contact the museum.',
  'moderation.attribution': 'Attribution',

  'mod.workspace.intro':
    'What is waiting for a decision, oldest first. Open an item to read all of it and decide.',
  'mod.overview.heading': 'Overview',
  'mod.overview.waiting.one': '{count} waiting',
  'mod.overview.waiting.other': '{count} waiting',
  'mod.overview.oldest': 'oldest for',
  'mod.overview.none': 'nothing open',
  'mod.overview.median': 'Time to decision (median)',
  'mod.overview.last7Days': 'last 7 days',
  'mod.overview.last30Days': 'last 30 days',
  'mod.overview.noDecisions': 'no decisions',
  'mod.overview.decisions.one': '{count} decision',
  'mod.overview.decisions.other': '{count} decisions',

  'mod.duration.underMinute': '< 1 min',
  'mod.duration.day': '{count} d',
  'mod.duration.hour': '{count} h',
  'mod.duration.minute': '{count} min',

  'mod.queues.label': 'Queues',
  'mod.queue.stories': 'Stories',
  'mod.queue.comments': 'Comments',
  'mod.queue.reports': 'Reports',
  'mod.queue.stories.heading': 'Submitted stories',
  'mod.queue.comments.heading': 'Held comments',
  'mod.queue.reports.heading': 'Reported contributions',
  'mod.queue.stories.intro': 'New stories appear only once someone from the team approves them.',
  'mod.queue.comments.intro':
    'Comments in which the automatic pre-screening found something. Until a decision only their authors see them.',
  'mod.queue.reports.intro':
    'Contributions that readers reported. After three reports they are hidden until a decision.',
  'mod.queue.stories.empty': 'All checked – no story is waiting right now.',
  'mod.queue.comments.empty': 'All checked – no comment is waiting right now.',
  'mod.queue.reports.empty': 'No open reports.',
  'mod.queue.loadMore': 'Load more items',
  'mod.queue.loaded.one': '{count} more item loaded.',
  'mod.queue.loaded.other': '{count} more items loaded.',

  'mod.row.waiting': 'Waiting for',
  'mod.row.since': 'received {date}',
  'mod.row.by': 'by {name}',
  'mod.reports.count.one': '{count} report',
  'mod.reports.count.other': '{count} reports',
  'mod.reports.hiddenByReports': 'hidden by reports',
  'mod.reports.hiddenExplained':
    'The reports have hidden this contribution. “Hide” confirms them, “Restore” dismisses them.',
  'mod.reports.visibleExplained':
    'The contribution is still public. “Hide” confirms the reports, “Dismiss the reports” keeps it visible.',
  'mod.reportReason.spam': 'Advertising or spam',
  'mod.reportReason.offensive': 'Offensive',
  'mod.reportReason.personal-data': 'Personal data',
  'mod.reportReason.off-topic': 'Off-topic',
  'mod.reportReason.other': 'Another reason',

  'mod.item.kind.story': 'Submitted story',
  'mod.item.kind.comment': 'Held comment',
  'mod.item.kind.report': 'Reported contribution',
  'mod.item.commentBy': 'Comment by {name}',
  'mod.item.gone.heading': 'No longer in the queue',
  'mod.item.gone.text':
    'This item has been decided already, or it does not exist. Below you see the decisions so far.',
  'mod.commentStatus.published': 'Published',
  'mod.commentStatus.held': 'Held',
  'mod.commentStatus.hidden': 'Hidden',
  'mod.comment.author': 'Written by',
  'mod.comment.written': 'Written on',
  'mod.comment.onStory': 'On the story',
  'mod.comment.kind': 'Kind',
  'mod.comment.reply': 'Reply to a comment',

  'mod.flags.heading': 'Notes from the automatic pre-screening',
  'mod.flags.hint': 'The places are highlighted in the text. Each link jumps there.',
  'mod.flags.none': 'The pre-screening found nothing.',
  'mod.flags.inTitle': 'in the title',
  'mod.flagShort.email': 'E-mail',
  'mod.flagShort.phone': 'Phone',
  'mod.flagShort.link': 'Link',
  'mod.flagShort.iban': 'IBAN',
  'mod.flagShort.shouting': 'Capitals',
  'mod.flagShort.insult': 'Insult?',
  'mod.mark.start': 'Highlight:',
  'mod.mark.end': '(end of highlight)',

  'mod.consent.heading': 'Consent and attribution',
  'mod.consent.online': 'Publish online',
  'mod.consent.exhibition': 'Show in exhibitions',
  'mod.consent.research': 'Use for research',
  'mod.consent.yes': 'Yes, agreed',
  'mod.consent.no': 'No',
  'mod.consent.terms': 'Terms (version)',

  'mod.decision.heading': 'Decision',
  'mod.decision.legend': 'What do you decide?',
  'mod.decision.none': 'In its current state there is nothing to decide on this item.',
  'mod.decision.own.story': 'This is your own story: another moderator decides on it.',
  'mod.decision.own.comment': 'This is your own comment: another moderator decides on it.',
  'mod.decision.submit': 'Save decision',
  'mod.decision.saving': 'Saving …',
  'mod.decision.ctrlEnter': 'or Ctrl + Enter',
  'mod.decide.approve': 'Approve',
  'mod.decide.reject': 'Reject',
  'mod.decide.request-changes': 'Request changes',
  'mod.decide.hide': 'Hide',
  'mod.decide.restore': 'Restore',
  'mod.decide.hide.report': 'Hide – confirm the reports',
  'mod.decide.restore.report': 'Dismiss the reports – keep it visible',
  'mod.reason.template': 'Reason from a template',
  'mod.reason.templateNone': 'Choose a template …',
  'mod.reason.label': 'Reason',
  'mod.reason.hintStory':
    'Needed for everything but approve and restore. The person who sent in the story reads it under “My stories”.',
  'mod.reason.hintComment':
    'Needed for everything but approve and restore. It is kept in the moderation log.',
  'mod.error.decision': 'Please choose a decision.',
  'mod.error.reason': 'Please give a reason – choose a template or write your own.',
  'mod.decided': '“{title}”: {decision}.',
  'mod.conflict': 'Someone else has decided on this item already. The view has been reloaded.',

  'mod.template.personalData.label': 'Contains personal data of third persons',
  'mod.template.personalData.text':
    'Your contribution contains personal data of other people, such as names with an address, phone number or e-mail address. Please leave them out and we will gladly look at it again.',
  'mod.template.whereWhen.label': 'Please add where and when this happened',
  'mod.template.whereWhen.text':
    'Please add where and when this happened – it helps others place your story.',
  'mod.template.insult.label': 'Insulting language',
  'mod.template.insult.text':
    'Your contribution contains insulting language. On Ruhr Stories we treat each other with respect.',
  'mod.template.spam.label': 'Advertising or spam',
  'mod.template.spam.text':
    'Your contribution contains advertising or looks like spam. Ruhr Stories is for personal memories.',
  'mod.template.offTopic.label': 'Off-topic',
  'mod.template.offTopic.text':
    'Your contribution does not fit the theme of Ruhr Stories: memories of living and working in the Ruhr area.',

  'mod.shortcuts.button': 'Keyboard shortcuts',
  'mod.shortcuts.heading': 'Keyboard shortcuts in this view',
  'mod.shortcuts.intro':
    'The shortcuts work only while you are not typing in a field. A decision key only selects the decision; it is saved with the button.',
  'mod.shortcuts.off': 'The keyboard shortcuts are switched off.',
  'mod.shortcuts.enabled': 'Use keyboard shortcuts',
  'mod.shortcuts.toggle': 'Show or close this help',
  'mod.shortcuts.keyPrefix': 'key',
  'mod.shortcuts.ctrl': 'Ctrl',

  'mod.pager.label': 'Queue',
  'mod.pager.back': 'Back to the list: {queue}',
  'mod.pager.position': 'Item {position} of {total}',
  'mod.pager.positionMore': 'Item {position} of more than {total}',
  'mod.pager.previous': 'Previous item',
  'mod.pager.next': 'Next item',

  'mod.history.heading': 'Decisions so far',
  'mod.history.empty': 'No decision yet.',
  'mod.notes.heading': 'Internal notes',
  'mod.notes.intro': 'Only the moderation team sees these notes.',
  'mod.notes.empty': 'No note yet.',
  'mod.notes.label': 'New note',
  'mod.notes.save': 'Save note',
  'mod.notes.saving': 'Saving …',
  'mod.notes.saved': 'The note is saved.',
  'mod.notes.error': 'Please write a note first.',

  'mod.log.link': 'Log of all decisions',
  'mod.log.heading': 'Moderation log',
  'mod.log.intro': 'Every decision on the platform, newest first: who, when, what and why.',
  'mod.log.back': 'Back to moderation',
  'mod.log.empty': 'Nothing has been decided yet.',
  'mod.log.loadMore': 'Load older decisions',
  'mod.log.loaded.one': '{count} more decision loaded.',
  'mod.log.loaded.other': '{count} more decisions loaded.',
  'mod.log.transition': '{from} → {to}',
  'mod.log.type.story': 'Story',
  'mod.log.type.comment': 'Comment',

  'mod.notices.badge.one': '{count} new decision',
  'mod.notices.badge.other': '{count} new decisions',

  'flag.email': 'Email address in the text',
  'flag.phone': 'Phone number in the text',
  'flag.link': 'Link in the text',
  'flag.iban': 'Bank account number (IBAN) in the text',
  'flag.shouting': 'Lots of capitals (“shouting”)',
  'flag.insult': 'Possible insult',

  'age.underMinute': 'less than a minute',
};
