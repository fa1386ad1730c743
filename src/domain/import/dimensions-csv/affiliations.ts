/**
 * Dimensions author and affiliation cells (FORMATS.md section 7):
 *
 * - `Authors`: `Sheen, Jack Z; Mazza, Frank`
 * - `Authors (Raw Affiliation)`: `Sheen, Jack Z (Institute …, Toronto, Canada. Electronic address: …); Mazza, Frank (Aff 1; Aff 2.)`
 * - `Authors Affiliations` (standardised organisation names): `Sheen, Jack Z (University of Toronto); …`
 *
 * Affiliations may themselves contain parentheses ("Centre de Recherche du CHUM (CRCHUM)"), so
 * the cells are read with a parenthesis-depth scanner, not split on `; `.
 */
import type { Affiliation, Author } from '../../model';
import { canonicalCountry, parseAffiliation } from '../../util/address';
import { authorFromName } from '../../util/names';
import { foldAscii, splitList } from '../../util/text';
import { tidy } from '../scopus-csv/tidy';

/** One `Name (group; group)` entry. */
export interface AuthorGroups {
  name: string;
  groups: string[];
}

/** Reads `Name (a; b); Name2 (c)` into names with their parenthesised groups, in one pass. Never throws. */
export function parseAuthorGroups(cell: string): AuthorGroups[] {
  const out: AuthorGroups[] = [];
  const n = cell.length;
  let depth = 0;
  let entryStart = 0;
  // The last top-level "(…)" of the current entry and the ";" inside it.
  let open = -1;
  let close = -1;
  let cuts: number[] = [];
  const finish = (end: number): void => {
    let last = end;
    while (last > entryStart && cell.charCodeAt(last - 1) <= 32) last--;
    if (last === entryStart) return;
    if (open > entryStart && close === last - 1 && depth === 0) {
      const groups: string[] = [];
      let from = open + 1;
      for (const cut of [...cuts, close]) {
        const group = tidy(cell.slice(from, cut));
        if (group) groups.push(group);
        from = cut + 1;
      }
      out.push({ name: tidy(cell.slice(entryStart, open)), groups });
    } else {
      out.push({ name: tidy(cell.slice(entryStart, last)), groups: [] });
    }
  };
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c === 40) {
      if (depth === 0) {
        open = i;
        cuts = [];
      }
      depth++;
    } else if (c === 41) {
      if (depth > 0 && --depth === 0) close = i;
    } else if (c === 59) {
      if (depth === 0) {
        finish(i);
        entryStart = i + 1;
        open = -1;
        close = -1;
      } else if (depth === 1) cuts.push(i);
    }
  }
  // An unclosed "(" (a cut-off cell) leaves the rest of the entry as its name.
  if (depth !== 0) open = -1;
  finish(n);
  return out.filter((g) => g.name || g.groups.length > 0);
}

/** foldAscii, skipped for the (common) pure-ASCII strings. */
const fold = (text: string): string => (/^[ -~]*$/.test(text) ? text : foldAscii(text));
/** Lower-case ASCII letters of a name, for matching the same author across cells ("van Eck, Nees Jan" -> "vaneckneesjan"). */
function nameKey(name: string): string {
  let key = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) key += name[i];
    else if (c >= 65 && c <= 90) key += String.fromCharCode(c + 32);
    else if (c >= 128) return foldAscii(name).toLowerCase().replace(/[^a-z]/g, '');
  }
  return key;
}
const matchKey = (text: string): string => fold(text).toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ');

const isEdgePunctuation = (c: number): boolean => c === 32 || c === 46 || c === 59 || c === 44 || c === 9 || c === 10 || c === 13;

/** Trims spaces, periods, commas and semicolons from both ends. */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgePunctuation(text.charCodeAt(start))) start++;
  while (end > start && isEdgePunctuation(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * "…, Canada. Electronic address: x@y." -> "…, Canada"; e-mail addresses and "(R.M.J.)" author
 * initials that some publishers leave between affiliations are removed ('' when nothing is left).
 */
function cleanRaw(raw: string): string {
  let text = raw;
  if (text.includes(':')) text = text.replace(/\.?\s*(?:electronic address|e-?mail):.*$/i, '');
  if (text.includes('@')) text = text.replace(/[^\s,;()@]+@[^\s,;()]+/g, '');
  if (text.includes('.)')) text = text.replace(/\((?:\p{Lu}\.)+(?:,\s*(?:\p{Lu}\.)+)*\)/gu, '');
  return trimPunctuation(tidy(text));
}

/** Regions that stand in for the country at the end of North American addresses. */
const REGION_COUNTRY = new Map<string, string>([
  ...'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming'
    .split(' ')
    .map((state): [string, string] => [state, 'USA']),
  ...['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia'].map((state): [string, string] => [state, 'USA']),
  ...['alberta', 'alta', 'british columbia', 'manitoba', 'new brunswick', 'newfoundland and labrador', 'nova scotia', 'ontario', 'quebec', 'québec', 'saskatchewan'].map((p): [string, string] => [p, 'Canada']),
]);

/** A standardised organisation name with its comparison key. */
interface Organisation {
  name: string;
  key: string;
}

/** parseAffiliation, plus countries followed by a postcode ("Alberta, Canada T2N 1N4"). */
function dimensionsAffiliation(raw: string, standard: Organisation[]): Affiliation {
  const affiliation = parseAffiliation(raw, false);
  if (!affiliation.country) {
    const segments = raw.split(',');
    const last = segments[segments.length - 1].split(/\s+/).filter((t) => t && !/\d/.test(t));
    for (let n = last.length; n > 0 && !affiliation.country; n--) affiliation.country = canonicalCountry(last.slice(0, n).join(' '));
    affiliation.country ??= REGION_COUNTRY.get(last.join(' ').toLowerCase());
    if (!affiliation.country) delete affiliation.country;
  }
  const key = standard.length > 0 ? matchKey(raw) : '';
  const named = standard.find((org) => key.includes(org.key));
  if (named) affiliation.institution = named.name;
  return affiliation;
}

export interface DimensionsAuthorCells {
  authors: string;
  raw: string;
  standardised: string;
  /** The record's standardised organisations (`Research Organizations standardized`), used when no per-author list exists. */
  organisations?: string[];
}

/**
 * Builds authors (from `Authors`, "Surname, Given") and their affiliations (from
 * `Authors (Raw Affiliation)`, linked per author; the institution is the author's standardised
 * organisation from `Authors Affiliations` when that name appears in the address). Without raw
 * affiliations, the standardised organisations become the affiliations.
 */
export function buildDimensionsAuthors(cells: DimensionsAuthorCells): { authors: Author[]; affiliations: Affiliation[] } {
  const authors = splitList(cells.authors, ';').map((name) => authorFromName(name));
  const byName = new Map<string, number>();
  authors.forEach((a, i) => {
    const key = nameKey(a.fullName);
    if (!byName.has(key)) byName.set(key, i);
  });
  const rawGroups = cells.raw.trim() ? parseAuthorGroups(cells.raw) : [];
  const stdGroups = cells.standardised.trim() ? parseAuthorGroups(cells.standardised) : [];
  const stdByName = new Map<string, string[]>();
  for (const g of stdGroups) stdByName.set(nameKey(g.name), g.groups);

  const affiliations: Affiliation[] = [];
  const keys = new Map<string, string>();
  const organisationsOf = (names: string[]): Organisation[] =>
    names.map((name) => {
      let key = keys.get(name);
      if (key === undefined) keys.set(name, (key = matchKey(name)));
      return { name, key };
    });
  const indexByRaw = new Map<string, number>();
  const indexByText = new Map<string, number>();
  const authorFor = (name: string, position: number): Author | undefined => {
    const i = byName.get(nameKey(name));
    if (i !== undefined) return authors[i];
    if (authors.length === 0 || cells.authors.trim() === '') {
      const author = authorFromName(name);
      authors.push(author);
      return author;
    }
    return authors[position];
  };

  const groups = rawGroups.length > 0 ? rawGroups : stdGroups;
  const isRaw = rawGroups.length > 0;
  groups.forEach((group, position) => {
    if (!group.name) return;
    const author = authorFor(group.name, position);
    const standard = organisationsOf(stdByName.get(nameKey(group.name)) ?? cells.organisations ?? []);
    for (const text of group.groups) {
      // Co-authors usually repeat the same addresses: clean and parse each text once.
      let index = indexByText.get(text);
      if (index === undefined) {
        const raw = isRaw ? cleanRaw(text) : tidy(text);
        index = raw ? indexByRaw.get(raw) : -1;
        if (index === undefined) {
          affiliations.push(isRaw ? dimensionsAffiliation(raw, standard) : { raw, institution: raw });
          index = affiliations.length - 1;
          indexByRaw.set(raw, index);
        }
        indexByText.set(text, index);
      }
      if (index >= 0 && author && !author.affiliationIndices.includes(index)) author.affiliationIndices.push(index);
    }
  });
  return { authors, affiliations };
}
