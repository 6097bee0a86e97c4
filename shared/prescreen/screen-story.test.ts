import { describe, expect, it } from 'vitest';
import { screenStory } from './screen-story';

describe('screenStory', () => {
  it('flags title and body, each span naming its field and offsets within it', () => {
    const title = 'Schicht auf www.zeche-hannover.de';
    const body = 'Schreibt mir an anna@example.org, dann erzähle ich mehr.';
    const { flags, flagSpans } = screenStory({ title, body });
    expect(flags).toEqual(['email', 'link']);
    expect(flagSpans.map(({ field, kind }) => ({ field, kind }))).toEqual([
      { field: 'title', kind: 'link' },
      { field: 'body', kind: 'email' },
    ]);
    const [inTitle, inBody] = flagSpans;
    expect(title.slice(inTitle!.start, inTitle!.end)).toBe('www.zeche-hannover.de');
    expect(body.slice(inBody!.start, inBody!.end)).toBe('anna@example.org');
  });
  it('gives no flags for plain text', () => {
    expect(screenStory({ title: 'Glück auf', body: 'Mein Vater fuhr 1962 ein.' })).toEqual({
      flags: [],
      flagSpans: [],
    });
  });
});
