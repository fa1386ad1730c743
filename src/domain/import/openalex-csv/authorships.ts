/**
 * Authors, affiliations, institutions and countries of one OpenAlex row, from the "|"-joined
 * authorship columns. Institutions and countries are linked to authors only when the flattened
 * lists split into one block per author in exactly one way (see align.ts).
 */
import type { Affiliation, Author } from '../../model';
import { authorFromDisplayName } from '../../util/names';
import { squash, unique } from '../../util/text';
import { parsePubmedAffiliation } from '../pubmed-medline/institution';
import { type BlockConstraint, type SplitResult, splitIntoBlocks } from './align';
import { countryFromIso2 } from './codes';

export interface AuthorshipCells {
  names: string;
  authorIds: string;
  orcids: string;
  countries: string;
  institutionNames: string;
  institutionIds: string;
  rawAffiliations: string;
  correspondingFlags: string;
  correspondingInstitutions: string;
}

export interface Authorships {
  authors: Author[];
  affiliations: Affiliation[];
  institutions: string[];
  countries: string[];
  /** Institutions (or raw affiliations) were present but could not be tied to authors. */
  isUnlinked: boolean;
  /** Country codes that are not ISO 3166-1 alpha-2. */
  unknownCodes: string[];
  /** Columns whose item count differs from the number of authors (their values were not used). */
  mismatched: string[];
}

/** Splits a "|"-joined cell keeping empty items (they hold an author's place). */
export const splitPipes = (value: string): string[] => (value === '' ? [] : value.split('|').map((item) => item.trim()));

/** "https://openalex.org/W123" -> "W123" (also for A-, I-, S- ids); other values are returned trimmed. */
export const stripOpenalexUrl = (value: string): string => value.trim().replace(/^https?:\/\/(?:www\.)?openalex\.org\//i, '');

const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

interface Item {
  key: string;
  affiliation?: Affiliation;
}

/** Items of the institution columns (web UI) or of the raw affiliation column (older exports). */
function affiliationItems(cells: AuthorshipCells): Item[] {
  if (cells.institutionNames || cells.institutionIds) {
    const names = splitPipes(cells.institutionNames);
    const ids = splitPipes(cells.institutionIds).map(stripOpenalexUrl);
    const useIds = ids.length === names.length;
    return names.map((name, i) => {
      const key = (useIds ? ids[i] : '') || name;
      if (!key) return { key: '' };
      return { key, affiliation: name ? { raw: name, institution: name } : { raw: key } };
    });
  }
  return splitPipes(cells.rawAffiliations).map((item) => {
    const raw = rawAffiliationString(item);
    return raw ? { key: raw, affiliation: parsePubmedAffiliation(raw) } : { key: '' };
  });
}

/**
 * The affiliation text of one item of the older `authorships.affiliations` column, written like
 * a Python dict: `{'raw_affiliation_string': 'Univ X, Italy', 'institution_ids': [...]}`. A plain
 * string (no dict) is returned as it is.
 */
export function rawAffiliationString(item: string): string {
  const label = item.indexOf('raw_affiliation_string');
  if (label < 0) return item.startsWith('{') ? '' : squash(item);
  const colon = item.indexOf(':', label);
  if (colon < 0) return '';
  let start = colon + 1;
  while (start < item.length && item[start] === ' ') start++;
  const quote = item[start];
  if (quote !== "'" && quote !== '"') {
    const end = item.indexOf(',', start);
    return squash(item.slice(start, end < 0 ? item.length : end));
  }
  let end = start + 1;
  while (end < item.length && !(item[end] === quote && item[end - 1] !== '\\')) end++;
  return squash(item.slice(start + 1, end).replace(/\\(['"])/g, '$1'));
}

/** Reads the authorship columns of one row. */
export function readAuthorships(cells: AuthorshipCells): Authorships {
  const names = splitPipes(cells.names);
  const count = names.length;
  const mismatched: string[] = [];
  const aligned = (value: string, column: string): string[] | undefined => {
    const items = splitPipes(value);
    if (items.length === 0) return undefined;
    if (items.length === count) return items;
    mismatched.push(column);
    return undefined;
  };
  const authorIds = aligned(cells.authorIds, 'authorships.author.id');
  const orcids = aligned(cells.orcids, 'authorships.author.orcid');
  const flags = aligned(cells.correspondingFlags, 'authorships.is_corresponding');

  const items = affiliationItems(cells);
  const affiliations: Affiliation[] = [];
  const indexOfKey = new Map<string, number>();
  for (const item of items) {
    if (item.key && item.affiliation && !indexOfKey.has(item.key)) {
      indexOfKey.set(item.key, affiliations.length);
      affiliations.push(item.affiliation);
    }
  }
  const keys = items.map((item) => item.key);
  const itemBlocks = keys.length ? splitWithCorresponding(keys, count, flags, cells.correspondingInstitutions) : undefined;

  const codes = splitPipes(cells.countries).map((code) => code.toUpperCase());
  const unknownCodes = unique(codes.filter((code) => code && !countryFromIso2(code)));
  const countryBlocks = codes.length ? splitIntoBlocks(codes, count) : undefined;

  const authors: Author[] = [];
  const derived = new Map<number, string>();
  for (let g = 0; g < count; g++) {
    const name = squash(names[g].replace(/;/g, ' '));
    const affiliationIndices: number[] = [];
    if (itemBlocks?.kind === 'unique') {
      for (let i = itemBlocks.bounds[g]; i < itemBlocks.bounds[g + 1]; i++) {
        const index = indexOfKey.get(keys[i]);
        if (index !== undefined && !affiliationIndices.includes(index)) affiliationIndices.push(index);
      }
      if (countryBlocks?.kind === 'unique') deriveCountry(derived, affiliationIndices, codes.slice(countryBlocks.bounds[g], countryBlocks.bounds[g + 1]));
    }
    if (!name) continue;
    const author = authorFromDisplayName(name);
    if (author.given === undefined) delete author.given;
    author.affiliationIndices = affiliationIndices;
    const sourceId = authorIds ? stripOpenalexUrl(authorIds[g]) : '';
    if (sourceId) author.sourceId = sourceId;
    const orcid = orcids ? ORCID.exec(orcids[g])?.[1]?.toUpperCase() : undefined;
    if (orcid) author.orcid = orcid;
    authors.push(author);
  }
  for (const [index, country] of derived) {
    if (country !== CONFLICT) affiliations[index].country ??= country;
  }

  const countryNames = codes.map((code) => countryFromIso2(code)).filter((name): name is string => !!name);
  const affiliationCountries = affiliations.map((a) => a.country).filter((name): name is string => !!name);
  return {
    authors,
    affiliations,
    institutions: unique(affiliations.map((a) => a.institution).filter((name): name is string => !!name)),
    countries: unique([...countryNames, ...affiliationCountries]),
    isUnlinked: count > 0 && affiliations.length > 0 && itemBlocks?.kind !== 'unique',
    unknownCodes,
    mismatched,
  };
}

/**
 * Splits the items with the corresponding author's institutions as a constraint: in the web-UI
 * export, `corresponding_institution_ids` lists exactly the institutions of the corresponding
 * author(s). When the data breaks that rule the split is tried again without it.
 */
function splitWithCorresponding(keys: string[], count: number, flags: string[] | undefined, correspondingCell: string): SplitResult {
  const corresponding = new Set(splitPipes(correspondingCell).map(stripOpenalexUrl).filter(Boolean));
  const isCorresponding = flags?.map((flag) => flag.toLowerCase() === 'true');
  const correspondingCount = isCorresponding?.filter(Boolean).length ?? 0;
  if (count === keys.length || corresponding.size === 0 || correspondingCount === 0 || !isCorresponding) return splitIntoBlocks(keys, count);
  const constraint: BlockConstraint = (group, start, end) => {
    if (!isCorresponding[group]) return true;
    for (let i = start; i < end; i++) if (!corresponding.has(keys[i])) return false;
    return correspondingCount > 1 || end - start === corresponding.size;
  };
  const constrained = splitIntoBlocks(keys, count, { constraint });
  return constrained.kind === 'none' ? splitIntoBlocks(keys, count) : constrained;
}

/** Marker for an institution that two authors place in different countries. */
const CONFLICT = '\u0000conflict';

/**
 * An author with exactly one country has all of their institutions in that country (OpenAlex
 * derives an author's countries from their institutions). Collected per affiliation index;
 * disagreeing authors leave the institution without a country.
 */
function deriveCountry(derived: Map<number, string>, indices: number[], codes: string[]): void {
  const known = codes.filter(Boolean);
  if (known.length !== 1) return;
  const country = countryFromIso2(known[0]);
  if (!country) return;
  for (const index of indices) {
    const previous = derived.get(index);
    derived.set(index, previous === undefined || previous === country ? country : CONFLICT);
  }
}
