import { CURRENT_TERMS_VERSION } from '../../shared/vocabulary';
import { StoryInputSchema, type StoryInputDraft } from '../../shared/schemas/story';

/** A valid story submission; overrides are applied, then parsed through the real schema. */
export function makeStoryInput(overrides: Partial<StoryInputDraft> = {}): StoryInputDraft {
  const input: StoryInputDraft = {
    title: 'Die letzte Schicht auf Zeche Hannover',
    body: 'Am letzten Tag fuhren wir noch einmal ein. Keiner sagte viel, aber alle wussten es.',
    language: 'de',
    themes: ['colliery'],
    place: { name: 'Bochum-Hordel', lat: 51.50374, lng: 7.17612, precision: 'neighbourhood' },
    period: { from: 1960, to: 1973, label: 'Mitte der 60er' },
    contentWarnings: [],
    attribution: 'name',
    consent: {
      online: true,
      exhibition: true,
      research: false,
      license: 'CC-BY-4.0',
      termsVersion: CURRENT_TERMS_VERSION,
    },
    ...overrides,
  };
  StoryInputSchema.parse(input);
  return input;
}
