import type { PublicStats, ResearchDictionary, ResearchFormat } from '$shared';
import { api, send } from './client';

/** The opendata context's calls (DESIGN §10): public statistics and research data. */

/** The public statistics; counts below 5 are null. */
export const getStats = () => api<PublicStats>('GET', '/stats');

/** The research export's data dictionary; researchers only. */
export const getResearchDictionary = () => api<ResearchDictionary>('GET', '/research/dictionary');

const ACCEPT: Record<ResearchFormat, string> = {
  jsonl: 'application/x-ndjson',
  csv: 'text/csv',
};

/**
 * The whole research export in one format: its pages, followed through `Link: rel="next"` and
 * joined (the API answers at most 50 stories a request, and only the first CSV page has the
 * header), as one file to save.
 */
export async function downloadResearch(format: ResearchFormat): Promise<Blob> {
  const parts: string[] = [];
  let path: string | null = `/research/stories?format=${format}`;
  for (let page = 0; path && page < 10_000; page++) {
    const response = await send('GET', path, { accept: ACCEPT[format] });
    parts.push(await response.text());
    const next = /<\/api([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    path = next ?? null;
  }
  return new Blob(parts, { type: `${ACCEPT[format]};charset=utf-8` });
}
