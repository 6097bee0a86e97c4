/**
 * A legal page's text, one module per page and language (./de, ./en), loaded only when the page
 * is shown. Inline marks in a paragraph or list entry: `[[what]]` is a detail the museum still
 * has to fill in (shown visibly distinct), `[text](/path)` a link.
 */
export type LegalBlock = string | { list: string[] };

export type LegalSection = { heading: string; blocks: LegalBlock[] };

export type LegalText = {
  /** The first paragraphs, before any section. */
  lead: string[];
  sections: LegalSection[];
  /** When the text was last revised, as it should read in the page ("Stand: …"). */
  revised: string;
};
