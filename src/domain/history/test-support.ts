import { emptyPublication, type Publication } from '../model';
import { parseWosReference } from '../references/parse-wos';

let line = 0;

/** A hand-made WoS-like publication: `author` as "Surname, INITIALS", references as WoS `CR` strings. */
export function makePublication(fields: {
  author?: string;
  year?: number;
  source?: string;
  volume?: string;
  page?: string;
  doi?: string;
  timesCited?: number;
  references?: string[];
  keywords?: string[];
}): Publication {
  const p = emptyPublication({ file: 'hand-made.txt', format: 'wos-plaintext', line: ++line });
  if (fields.author) {
    const [surname, given] = fields.author.split(',').map((s) => s.trim());
    p.authors.push({ fullName: fields.author, shortName: fields.author, surname, given, affiliationIndices: [] });
  }
  if (fields.year !== undefined) p.year = fields.year;
  if (fields.source) p.sourceAbbrev = fields.source;
  if (fields.volume) p.volume = fields.volume;
  if (fields.page) p.pageStart = fields.page;
  if (fields.doi) p.ids.doi = fields.doi;
  if (fields.timesCited !== undefined) p.timesCited = fields.timesCited;
  p.title = `Paper ${line}`;
  p.references = (fields.references ?? []).map(parseWosReference);
  p.authorKeywords = fields.keywords ?? [];
  return p;
}
