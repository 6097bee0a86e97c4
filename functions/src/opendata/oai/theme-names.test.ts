import { describe, expect, it } from 'vitest';
import { vocabulary as de } from '../../../../web/src/lib/i18n/de/vocabulary';
import { vocabulary as en } from '../../../../web/src/lib/i18n/en/vocabulary';
import { THEMES } from '../../../../shared/vocabulary';
import { THEME_NAMES } from './theme-names';

describe('the themes’ names in the harvest', () => {
  it('are the web app’s, in German and in English', () => {
    for (const theme of THEMES) {
      expect(THEME_NAMES[theme].de).toBe((de as Record<string, string>)[`theme.${theme}`]);
      expect(THEME_NAMES[theme].en).toBe((en as Record<string, string>)[`theme.${theme}`]);
    }
  });
});
