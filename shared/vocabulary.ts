/** The closed vocabularies of the contract (DESIGN §2). Labels for them live in the web i18n layer. */
export const LANGUAGES = ['de', 'en', 'tr', 'pl', 'it', 'el', 'ko', 'other'] as const;
export const THEMES = [
  'beginnings',
  'colliery',
  'everyday-life',
  'migration',
  'community',
  'structural-change',
  'remembrance',
] as const;
export const PLACE_PRECISIONS = ['exact', 'neighbourhood', 'city', 'hidden'] as const;
export const CONTENT_WARNINGS = ['accident', 'death', 'violence', 'discrimination'] as const;
export const ATTRIBUTIONS = ['name', 'anonymous'] as const;
export const LICENSES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'all-rights-reserved'] as const;
export const STORY_STATUSES = [
  'pending',
  'published',
  'rejected',
  'changes-requested',
  'hidden',
  'withdrawn',
] as const;
export const ROLES = ['moderators', 'curators', 'researchers', 'admins'] as const;
/** The version of the contributor terms the submission form shows. */
export const CURRENT_TERMS_VERSION = '2026-11';
/** Earliest year a story's period may name. */
export const EARLIEST_YEAR = 1800;

export type Language = (typeof LANGUAGES)[number];
export type Theme = (typeof THEMES)[number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];
export type License = (typeof LICENSES)[number];
export type StoryStatus = (typeof STORY_STATUSES)[number];
export type Role = (typeof ROLES)[number];
