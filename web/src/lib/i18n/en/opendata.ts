import type { opendata as de } from '../de/opendata';

/** Public statistics and research data (DESIGN §10). Keys: `stats.*`, `research.*`. */
export const opendata: Record<keyof typeof de, string> = {
  'stats.heading': 'Statistics',
  'stats.lead':
    'What is told on Ruhr Stories, in numbers. Every number below {threshold} stays hidden, so that no one in a small group can be recognised.',
  'stats.footer': 'Statistics',
  'stats.byTheme': 'Published stories by theme',
  'stats.byDecade': 'Published stories by decade',
  'stats.byLanguage': 'Published stories by language',
  'stats.byCity': 'Published stories by city',
  'stats.submissionsByMonth': 'Stories sent in per month',
  'stats.commentsByMonth': 'Comments per month',
  'stats.moderation': 'Time to a moderator’s decision',
  'stats.moderation.median': 'Half of the decisions were made within {hours} hours.',
  'stats.moderation.medianLong': 'Half of the decisions took longer than two weeks.',
  'stats.moderation.few': 'Too few decisions yet to say.',
  'stats.bucket': 'up to {hours} h',
  'stats.bucket.more': 'longer',
  'stats.column.key': 'Value',
  'stats.column.count': 'Count',
  'stats.hidden': 'fewer than {threshold}',
  'stats.empty': 'No numbers yet.',
  'stats.chart': 'Bar chart: {title}. The numbers are in the table beside it.',
  'stats.decade': '{decade}s',
  'research.heading': 'Research data',
  'research.lead':
    'Published stories whose authors consented to research use: without names, with the place only as precise as it is in public.',
  'research.refusal':
    'This page is for researchers. If you would like to research with the stories, write to the museum; it will set up your access.',
  'research.refusal.link': 'To the public statistics',
  'research.signedOut': 'Sign in as a researcher to download the data.',
  'research.today': 'As of {date}',
  'research.count.one': '{count} story',
  'research.count.other': '{count} stories',
  'research.download.jsonl': 'Download as JSON Lines',
  'research.download.csv': 'Download as CSV',
  'research.downloading': 'Loading the data …',
  'research.downloaded': 'The file {file} is saved.',
  'research.withdrawal':
    'Consent can be withdrawn: download the data again before each analysis, and withdrawn stories are gone.',
  'research.dictionary': 'Data dictionary',
  'research.dictionary.download': 'Download the data dictionary (JSON)',
  'research.column.name': 'Field',
  'research.column.type': 'Type',
  'research.column.description': 'Meaning',
  'research.license': 'Licence',
};
