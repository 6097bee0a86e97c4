import { describe, expect, it } from 'vitest';
import { makeExhibitionItemRecord } from '../../../../test/support/exhibition-records';
import { csvField, exhibitionCsv } from './csv';
import { siteLinks } from './fields';

/** Splits a line as German Excel does: on `;`, outside of quotes. */
function splitLikeGermanExcel(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') ((cell += '"'), i++);
    else if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) (cells.push(cell), (cell = ''));
    else cell += ch;
  }
  return [...cells, cell];
}

describe('csvField', () => {
  it('quotes every field and doubles quotes (RFC 4180)', () => {
    expect(csvField('Zeche Hannover')).toBe('"Zeche Hannover"');
    expect(csvField('Kohle, Stahl')).toBe('"Kohle, Stahl"');
    expect(csvField('Der "Pott"')).toBe('"Der ""Pott"""');
    expect(csvField('Zeile 1\r\nZeile 2')).toBe('"Zeile 1\r\nZeile 2"');
    expect(csvField('')).toBe('""');
    expect(csvField(3)).toBe('"3"');
    expect(csvField(false)).toBe('"false"');
  });

  it('keeps a spreadsheet from running public text as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+49 234')).toBe('"\'+49 234"');
    expect(csvField('-1')).toBe('"\'-1"');
    expect(csvField('@cmd')).toBe('"\'@cmd"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
  });

  it('keeps a formula after a semicolon inside its field, where German Excel splits', () => {
    expect(csvField('Kohle;=1+1')).toBe('"Kohle;=1+1"');
    expect(splitLikeGermanExcel(csvField('Kohle;=1+1'))).toEqual(['Kohle;=1+1']);
  });
});

describe('exhibitionCsv', () => {
  it('gives German Excel no cell that starts a formula, header included', () => {
    const item = makeExhibitionItemRecord({
      title: 'Kohle;=1+1',
      caption: { de: 'Glück auf;@SUM(A1)', en: 'x;+1' },
    });
    const csv = exhibitionCsv([item], siteLinks('https://ruhr-stories.example'));
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      '"position","storyId","title","author","license","licenseUrl","consentExhibition",' +
        '"consentResearch","place","period","caption_de","caption_en","url","imageUrls","audioUrl"',
    );
    for (const line of [header!, row!]) {
      for (const cell of splitLikeGermanExcel(line)) expect(cell).not.toMatch(/^[=+\-@]/);
    }
    expect(row).toContain('"Kohle;=1+1"');
  });
});
