/** Scopus authors and affiliations, with the links between them (FORMATS.md section 5). */
import type { Affiliation, Author } from '../../model';
import { parseAffiliation } from '../../util/address';
import { authorFromName } from '../../util/names';
import { tidy } from './tidy';

export interface ScopusAuthorCells {
  authors: string;
  fullNames: string;
  ids: string;
  withAffiliations: string;
  affiliations: string;
}

export interface ScopusAuthors {
  authors: Author[];
  affiliations: Affiliation[];
}

const NO_AUTHOR = /^\[no author (?:name|id) available\]$/i;
const FULL_NAME_ID = /\s*\((\d+)\)\s*$/;

/** "Smith J.; Doe A.B." (2023+) or "Smith J., Doe A.B." (older): split on `;` when present, else on ", ". */
export function splitScopusAuthors(cell: string): string[] {
  const value = cell.trim();
  if (!value || NO_AUTHOR.test(value)) return [];
  const parts = value.includes(';') ? value.split(';') : value.split(', ');
  const out: string[] = [];
  for (const part of parts) {
    const name = tidy(part);
    if (name && !NO_AUTHOR.test(name)) out.push(name);
  }
  return out;
}

const splitSemicolons = (cell: string): string[] => {
  const out: string[] = [];
  for (const part of cell.split(';')) {
    const item = tidy(part);
    if (item) out.push(item);
  }
  return out;
};

/** The ways an author's name can open an entry of `Authors with affiliations`. */
function namePrefixes(short: string | undefined, author: Author): string[] {
  const forms = new Set<string>();
  if (short) forms.add(short);
  if (author.given) forms.add(`${author.surname}, ${author.given}`);
  forms.add(author.surname);
  return [...forms];
}

/** The affiliation text after the author's name, '' when the entry is only the name, undefined when the name does not open it. */
function afterName(entry: string, prefixes: string[]): string | undefined {
  for (const prefix of prefixes) {
    if (entry === prefix) return '';
    if (entry.startsWith(prefix) && entry.charCodeAt(prefix.length) === 44) return entry.slice(prefix.length + 1).trim();
  }
  return undefined;
}

/**
 * Builds the authors of one Scopus record: names from `Authors` (and `Author full names` when
 * present, without the "(id)"), Scopus author ids from `Author(s) ID`, and affiliations with
 * author links from `Authors with affiliations` (both the `Smith J., Dept…` and the older
 * `Smith, J., Dept…` entry shapes). Without that column, the `Affiliations` cell is used, unlinked.
 * `ids` must already be cleared by the caller when Excel damaged them.
 */
export function buildScopusAuthors(cells: ScopusAuthorCells): ScopusAuthors {
  const shorts = splitScopusAuthors(cells.authors);
  const fulls = cells.fullNames.trim() ? splitSemicolons(cells.fullNames) : [];
  const ids = splitSemicolons(cells.ids).filter((id) => /^\d+$/.test(id));
  const count = Math.max(shorts.length, fulls.length);
  const authors: Author[] = [];
  for (let i = 0; i < count; i++) {
    const full = fulls[i];
    const idInFull = full ? FULL_NAME_ID.exec(full)?.[1] : undefined;
    const name = full ? full.replace(FULL_NAME_ID, '') : shorts[i];
    const author = authorFromName(name);
    const sourceId = ids[i] ?? idInFull;
    if (sourceId) author.sourceId = sourceId;
    authors.push(author);
  }

  const affiliations: Affiliation[] = [];
  const indexByRaw = new Map<string, number>();
  const addAffiliation = (raw: string): number => {
    const key = tidy(raw);
    const known = indexByRaw.get(key);
    if (known !== undefined) return known;
    affiliations.push(parseAffiliation(key, false));
    indexByRaw.set(key, affiliations.length - 1);
    return affiliations.length - 1;
  };
  const link = (author: Author | undefined, raw: string): void => {
    if (!raw) return;
    const index = addAffiliation(raw);
    if (author && !author.affiliationIndices.includes(index)) author.affiliationIndices.push(index);
  };

  const entries = cells.withAffiliations.trim() ? cells.withAffiliations.split(/;\s+/) : [];
  let next = 0;
  let current: Author | undefined;
  for (const rawEntry of entries) {
    const entry = tidy(rawEntry);
    if (!entry) continue;
    let placed = false;
    // An author may have no entry of their own: look a couple of names ahead.
    for (let k = next; k < Math.min(authors.length, next + 3) && !placed; k++) {
      const rest = afterName(entry, namePrefixes(shorts[k], authors[k]));
      if (rest === undefined) continue;
      current = authors[k];
      next = k + 1;
      link(current, rest);
      placed = true;
    }
    // Not a name: a further affiliation of the author before it (or of nobody known).
    if (!placed) link(current, entry);
  }
  if (affiliations.length === 0) for (const raw of cells.affiliations.split(/;\s+/)) if (raw.trim()) addAffiliation(raw);
  return { authors, affiliations };
}
