/**
 * Word lists for the pre-screening in `./prescreen`. They live apart from the matching code so that
 * moderators' requests ("please also flag …", "stop flagging …") change data, not logic.
 */

export type InsultLanguage = 'de' | 'en' | 'tr' | 'pl';

export type InsultEntry = {
  /** The headword, as a moderator would name it. */
  readonly word: string;
  readonly lang: InsultLanguage;
  /**
   * Every form that is flagged, headword included. Matching is by whole word and case-insensitive,
   * and ä/ö/ü/ß also match ae/oe/ue/ss, so only the inflections themselves need listing here.
   */
  readonly forms: readonly string[];
  /** Why a risky entry is on the list anyway, or what it must not be confused with. */
  readonly note?: string;
};

/**
 * Insults and slurs that hold a comment for a moderator.
 *
 * Small and curated on purpose. Every flag holds a comment back until someone reads it, so each
 * false positive costs a moderator's time and a contributor's patience, and these are memories:
 * they quote old prejudices, mention the Penner at the station, the Spastik after an accident, the
 * dog that "wog 40 Kilo". Words go on the list only if they are almost never innocent as whole words.
 * They match as whole words only (never inside another word) and only in the forms listed, so
 * "Spastik", "Schlamm", "Polak", "Zigeunerschnitzel" and "Scunthorpe" stay unflagged. A flag is a
 * hint to a moderator, never a verdict: a quoted slur in a story about discrimination may be exactly
 * what the story is about.
 *
 * Left out on purpose: "wog" (German past tense of wiegen), "fag" (British for cigarette), "Polak"
 * (the neutral Polish word for a Pole), "Kanak" (the people of New Caledonia), "kraut" (German for
 * cabbage and herbs), "pic", "Spastik"/"spastisch"/"Spastiker" (medical terms), and mild swearing
 * such as "Scheiße" or "Arsch" that is not aimed at anyone.
 */
export const INSULT_WORDS: readonly InsultEntry[] = [
  // German
  {
    word: 'Arschloch',
    lang: 'de',
    forms: ['Arschloch', 'Arschlochs', 'Arschlöcher', 'Arschlöchern'],
  },
  { word: 'Idiot', lang: 'de', forms: ['Idiot', 'Idioten', 'Idiotin', 'Idiotinnen'] },
  { word: 'Vollidiot', lang: 'de', forms: ['Vollidiot', 'Vollidioten', 'Vollidiotin'] },
  { word: 'Wichser', lang: 'de', forms: ['Wichser', 'Wichsers', 'Wichsern', 'Wixer', 'Wixxer'] },
  {
    word: 'Hurensohn',
    lang: 'de',
    forms: ['Hurensohn', 'Hurensohns', 'Hurensohnes', 'Hurensöhne', 'Hurensöhnen'],
  },
  {
    word: 'Drecksack',
    lang: 'de',
    forms: ['Drecksack', 'Drecksacks', 'Drecksäcke', 'Drecksäcken'],
  },
  {
    word: 'Penner',
    lang: 'de',
    forms: ['Penner', 'Penners', 'Pennern', 'Pennerin'],
    note: 'Also said of homeless people and sleepyheads; flagged for a look, often harmless.',
  },
  {
    word: 'Spast',
    lang: 'de',
    forms: ['Spast', 'Spasten', 'Spasti', 'Spastis'],
    note: 'Not "Spastik", "spastisch" or "Spastiker": those are medical terms in accident stories.',
  },
  {
    word: 'Missgeburt',
    lang: 'de',
    forms: ['Missgeburt', 'Missgeburten', 'Mißgeburt', 'Mißgeburten'],
  },
  {
    word: 'Schlampe',
    lang: 'de',
    forms: ['Schlampe', 'Schlampen'],
    note: 'Not "Schlamm", "schlampig".',
  },
  { word: 'Fotze', lang: 'de', forms: ['Fotze', 'Fotzen'] },
  { word: 'Schwuchtel', lang: 'de', forms: ['Schwuchtel', 'Schwuchteln'] },
  { word: 'Bastard', lang: 'de', forms: ['Bastard', 'Bastarde', 'Bastards', 'Bastarden'] },
  // Slurs against the groups who came to work in the Ruhr area.
  {
    word: 'Kanake',
    lang: 'de',
    forms: ['Kanake', 'Kanaken', 'Kanacke', 'Kanacken'],
    note: 'Not "Kanak" (the people of New Caledonia).',
  },
  { word: 'Kümmeltürke', lang: 'de', forms: ['Kümmeltürke', 'Kümmeltürken', 'Kümmeltürkin'] },
  {
    word: 'Polacke',
    lang: 'de',
    forms: ['Polacke', 'Polacken', 'Pollacke', 'Pollacken'],
    note: 'The slur; not "Polak", the neutral Polish word.',
  },
  { word: 'Itaker', lang: 'de', forms: ['Itaker', 'Itakern', 'Itakers'] },
  { word: 'Schlitzauge', lang: 'de', forms: ['Schlitzauge', 'Schlitzaugen'] },
  { word: 'Neger', lang: 'de', forms: ['Neger', 'Negers', 'Negern', 'Negerin'] },
  {
    word: 'Zigeuner',
    lang: 'de',
    forms: ['Zigeuner', 'Zigeunern', 'Zigeuners', 'Zigeunerin', 'Zigeunerinnen'],
    note:
      'A slur for Sinti and Roma, but also found in older memories, quotes and self-descriptions. ' +
      'Risky: it will flag some harmless historical text; the moderator decides. Compounds such as ' +
      '"Zigeunerschnitzel" are not matched.',
  },
  // English
  { word: 'idiot', lang: 'en', forms: ['idiot', 'idiots'] },
  { word: 'moron', lang: 'en', forms: ['moron', 'morons'] },
  { word: 'asshole', lang: 'en', forms: ['asshole', 'assholes', 'arsehole', 'arseholes'] },
  { word: 'bastard', lang: 'en', forms: ['bastard', 'bastards'] },
  { word: 'bitch', lang: 'en', forms: ['bitch', 'bitches'] },
  { word: 'cunt', lang: 'en', forms: ['cunt', 'cunts'] },
  { word: 'retard', lang: 'en', forms: ['retard', 'retards'], note: 'Not "retardant".' },
  { word: 'scum', lang: 'en', forms: ['scum', 'scumbag', 'scumbags'] },
  {
    word: 'faggot',
    lang: 'en',
    forms: ['faggot', 'faggots'],
    note: 'Also a British meatball dish; rare enough here. "fag" (cigarette) is left out.',
  },
  { word: 'nigger', lang: 'en', forms: ['nigger', 'niggers', 'nigga', 'niggas'] },
  { word: 'dago', lang: 'en', forms: ['dago', 'dagos', 'dagoes'] },
  { word: 'polack', lang: 'en', forms: ['polack', 'polacks'] },
  // Turkish and Polish: only unambiguous insults, no common swearing such as "kurwa".
  { word: 'şerefsiz', lang: 'tr', forms: ['şerefsiz', 'şerefsizler'] },
  { word: 'orospu', lang: 'tr', forms: ['orospu'], note: 'As in "orospu çocuğu".' },
  { word: 'skurwysyn', lang: 'pl', forms: ['skurwysyn', 'skurwysynu', 'skurwysyny'] },
];

/**
 * All-caps words that are not shouting: abbreviations and names that are conventionally written in
 * capitals in the Ruhr area and its memories. They never count as shouting on their own, and a run
 * of capitals needs at least two words that are not on this list. Roman numerals (Schacht XII) are
 * recognised separately.
 */
// prettier-ignore
export const CAPS_ABBREVIATIONS: readonly string[] = [
  // mining, unions, companies, institutions
  'RAG', 'IBA', 'DGB', 'IG', 'BCE', 'IGBCE', 'IGBE', 'IGM', 'NRW', 'RVR', 'KVR', 'LWL', 'LVR', 'DBM',
  'RUB', 'TU', 'FH', 'VHS', 'STEAG', 'VEBA', 'RWE', 'EVAG', 'DSW', 'BOGESTRA', 'VRR', 'DB', 'DSB',
  'AG', 'GMBH', 'KG', 'EV', 'AOK', 'BKK', 'UNESCO', 'WAZ', 'WDR', 'ZDF', 'ARD', 'TÜV', 'ADAC', 'DRK',
  'AWO', 'THW', 'ÖPNV', 'KFZ', 'PKW', 'LKW', 'DM', 'OK', 'TV', 'PC', 'CD', 'DVD', 'WC', 'USA', 'UK',
  'EU', 'UN', 'NATO', 'DDR', 'BRD', 'GI', 'WWI', 'WWII',
  // football
  'BVB', 'VFL', 'VFB', 'MSV', 'RWO', 'SG', 'SV', 'FC', 'HSV', 'SGE',
  // parties and history
  'SPD', 'CDU', 'CSU', 'FDP', 'DKP', 'KPD', 'NSDAP', 'SA', 'SS', 'HJ', 'BDM', 'DAF', 'KZ',
  // the miners' greeting, often written in capitals
  'GLÜCKAUF',
];

/**
 * Top-level domains that make a bare "name.tld" a link. Kept to what the platform's contributors
 * use, since every extra word-like ending risks flagging a typo such as "there.it was".
 */
// prettier-ignore
export const LINK_TLDS: readonly string[] = [
  'de', 'com', 'org', 'net', 'eu', 'info', 'tr', 'pl', 'it', 'nrw', 'ruhr', 'at', 'ch', 'nl', 'be',
  'fr', 'uk', 'gr', 'io', 'edu', 'gov', 'museum', 'online', 'koeln', 'berlin',
];

/**
 * Top-level domains that are also everyday words ("it", "at", "be"). A bare domain ending in one of
 * them is a link only with a path, a hyphen or digit in the name, or three or more labels
 * ("comune.bochum.it"); otherwise "Zeche.it was great" would be a link.
 */
export const WORD_LIKE_TLDS: readonly string[] = ['it', 'at', 'be'];
