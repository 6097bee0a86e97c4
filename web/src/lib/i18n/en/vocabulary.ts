import type { vocabulary as de } from '../de/vocabulary';

/**
 * English: labels of the shared vocabularies (themes, languages, licences, place precisions,
 * content warnings, story statuses, decisions).
 * The type demands every German key of this part, and no other.
 */
export const vocabulary: Record<keyof typeof de, string> = {
  'theme.beginnings': 'Beginnings',
  'theme.colliery': 'At the colliery',
  'theme.everyday-life': 'Everyday life',
  'theme.migration': 'Migration',
  'theme.community': 'Neighbours and community',
  'theme.structural-change': 'Structural change',
  'theme.remembrance': 'Remembrance',

  'language.de': 'German',
  'language.en': 'English',
  'language.tr': 'Turkish',
  'language.pl': 'Polish',
  'language.it': 'Italian',
  'language.el': 'Greek',
  'language.ko': 'Korean',
  'language.other': 'Another language',

  'license.CC-BY-4.0': 'CC BY 4.0 – attribution',
  'license.CC-BY-4.0.explanation':
    'Anyone may share and reuse the story, also in an edited form, as long as they name the source.',
  'license.CC-BY-SA-4.0': 'CC BY-SA 4.0 – attribution, share alike',
  'license.CC-BY-SA-4.0.explanation':
    'Like CC BY, but whoever edits the story must share the result just as freely.',
  'license.CC0-1.0': 'CC0 – no conditions',
  'license.CC0-1.0.explanation':
    'Public domain without reservation: anyone may use the story freely, even without naming the source.',
  'license.all-rights-reserved': 'All rights reserved',
  'license.all-rights-reserved.explanation':
    'Only the museum may show the story, within the consent given. Anyone else who wants to use it must ask.',

  'precision.exact': 'Exact',
  'precision.exact.explanation': 'The place is shown exactly as you give it.',
  'precision.neighbourhood': 'Neighbourhood',
  'precision.neighbourhood.explanation':
    'Rounded to about a kilometre in public: people see the district, not the house.',
  'precision.city': 'City',
  'precision.city.explanation':
    'Rounded to about ten kilometres in public: people see only the city.',
  'precision.hidden': 'Do not show',
  'precision.hidden.explanation':
    'The place stays invisible to the public. Only you and the moderation team see it.',

  'warning.accident': 'Accident or disaster',
  'warning.death': 'Death',
  'warning.violence': 'Violence',
  'warning.discrimination': 'Discrimination',
  // Inside a sentence English writes them small ("tells of: accident or disaster and death").
  'warning.accident.inText': 'accident or disaster',
  'warning.death.inText': 'death',
  'warning.violence.inText': 'violence',
  'warning.discrimination.inText': 'discrimination',

  'status.pending': 'Under review',
  'status.published': 'Published',
  'status.rejected': 'Rejected',
  'status.changes-requested': 'Changes requested',
  'status.hidden': 'Hidden',
  'status.withdrawn': 'Withdrawn',

  'decision.approve': 'approved',
  'decision.reject': 'rejected',
  'decision.request-changes': 'changes requested',
  'decision.hide': 'hidden',
  'decision.restore': 'restored',
  // Not a decision, but a moderator's entry in the log (DESIGN §9).
  'decision.transcript-edited': 'transcript edited',
};
