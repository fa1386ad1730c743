/** Authors and addresses of a WoS record (plain text and tab-delimited alike). */
import type { Affiliation, Author } from '../../model';
import { parseAffiliation } from '../../util/address';
import { authorFromName, initialsOf } from '../../util/names';
import { foldAscii, squash } from '../../util/text';

const LOWER = /\p{Ll}/u;
const ASCII = /^[\x20-\x7e]*$/;

/** "GARCIA-LOPEZ" -> "Garcia-Lopez", "O'BRIEN" -> "O'Brien", "VAN LABEKE" -> "Van Labeke". */
const titleCase = (value: string): string => value.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** Key to compare names written slightly differently: "Houssein, Essam H." == "HOUSSEIN, ESSAM H". */
export const nameKey = (name: string): string => (ASCII.test(name) ? name : foldAscii(name)).toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * Builds the authors of a WoS record from `AF` (full names) and `AU` (short names), paired by
 * position. Old exports write names in upper case (`BREVIK, I`): those are title-cased
 * (`Brevik, I`) so they meet the same authors written normally elsewhere; initials stay as they are.
 */
export function wosAuthors(af: readonly string[], au: readonly string[]): Author[] {
  const count = Math.max(af.length, au.length);
  const authors: Author[] = [];
  for (let i = 0; i < count; i++) {
    const full = squash(af[i] ?? '');
    const short = squash(au[i] ?? '');
    const name = full || short;
    if (!name) continue;
    let author = authorFromName(name);
    if (!LOWER.test(name)) {
      // A given part that is the same as AU's is initials ("JP"); a longer AF given name is a word.
      const givenIsInitials = !full || full === short || !author.given || author.given.replace(/[\s.-]/g, '').length <= 3;
      const given = author.given && !givenIsInitials ? titleCase(author.given) : author.given;
      author = authorFromName(given ? `${titleCase(author.surname)}, ${given}` : titleCase(author.surname));
    }
    if (short && full) {
      author.shortName = LOWER.test(short) && isShortForm(short) ? short : authorFromName(LOWER.test(short) ? short : titleCaseSurname(short)).shortName;
    }
    authors.push(author);
  }
  return authors;
}

/** `Surname, AB`: one to three capitals after the comma, which `authorFromName` keeps as they are. */
function isShortForm(name: string): boolean {
  const comma = name.indexOf(',');
  const initials = name.length - comma - 2;
  if (comma <= 0 || initials < 1 || initials > 3 || name.charCodeAt(comma + 1) !== 32 || name.charCodeAt(comma - 1) === 32) return false;
  for (let i = comma + 2; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function titleCaseSurname(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? titleCase(name) : `${titleCase(name.slice(0, comma))}${name.slice(comma)}`;
}

/** Splits `[A; B] Org...; [C] Org2...` on `; ` only outside brackets or right before `[`. */
export function splitAddresses(value: string): string[] {
  if (value.indexOf('; ') < 0) {
    // One address (what each C1 line of a plain-text export holds).
    const address = value.trim();
    return address === '' ? [] : [address];
  }
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93) depth = Math.max(0, depth - 1);
    else if (c === 59 && value.charCodeAt(i + 1) === 32 && (depth === 0 || value.charCodeAt(i + 2) === 91)) {
      out.push(value.slice(start, i));
      depth = 0;
      start = i + 2;
    }
  }
  out.push(value.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** An address with the author names its leading bracket lists (empty when it has none). */
function splitBracket(entry: string): { names: string[]; address: string } {
  if (!entry.startsWith('[')) return { names: [], address: entry };
  const close = entry.indexOf(']');
  if (close < 0) return { names: [], address: entry };
  const names = entry.slice(1, close).split(';').map((n) => n.trim()).filter((n) => n !== '');
  return { names, address: entry.slice(close + 1).trim() };
}

/** Up to this many authors, exact names are looked up by scanning the list rather than through a map. */
const SCAN_AUTHORS = 32;

/**
 * Finds the authors a bracketed or corresponding-author name refers to: by the exact `AF`/`AU`
 * string first (what WoS writes), then by a normalised key and by surname + initials, built only
 * when an exact lookup fails.
 */
class AuthorLookup {
  /** Exact names, for records with more than SCAN_AUTHORS authors. */
  private readonly exact: Map<string, number[]> | undefined;
  private loose: Map<string, number[]> | undefined;

  constructor(
    private readonly authors: readonly Author[],
    private readonly au: readonly string[],
  ) {
    if (authors.length <= SCAN_AUTHORS) return;
    const exact = new Map<string, number[]>();
    authors.forEach((author, i) => {
      add(exact, author.fullName, i);
      if (au[i]) add(exact, au[i], i);
    });
    this.exact = exact;
  }

  /** The authors whose `AF` or `AU` name is `name` exactly, in order (undefined when none). */
  private exactly(name: string): number[] | undefined {
    if (this.exact) return this.exact.get(name);
    let found: number[] | undefined;
    for (let i = 0; i < this.authors.length; i++) if (this.authors[i].fullName === name || this.au[i] === name) (found ??= []).push(i);
    return found;
  }

  find(name: string): number[] {
    const exact = this.exactly(name);
    if (exact) return exact;
    if (!this.loose) {
      const loose = new Map<string, number[]>();
      this.authors.forEach((author, i) => {
        add(loose, nameKey(author.fullName), i);
        add(loose, nameKey(author.shortName), i);
        if (this.au[i]) add(loose, nameKey(this.au[i]), i);
      });
      this.loose = loose;
    }
    const direct = this.loose.get(nameKey(name));
    if (direct) return direct;
    const comma = name.indexOf(',');
    if (comma < 0) return [];
    return this.loose.get(nameKey(`${name.slice(0, comma)} ${initialsOf(name.slice(comma + 1).trim())}`)) ?? [];
  }
}

function add(index: Map<string, number[]>, key: string, i: number): void {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [i]);
  else if (!list.includes(i)) list.push(i);
}

const CORRESPONDING = /\s*\((?:corresponding|reprint) author\),?\s*/gi;

/** `RP`: `Name (corresponding author), Address.; Name2; Name3 (corresponding author), Address2.` */
export function parseReprint(value: string): { names: string[]; address: string }[] {
  const out: { names: string[]; address: string }[] = [];
  let namesStart = 0;
  for (const match of value.matchAll(CORRESPONDING)) {
    const names = value.slice(namesStart, match.index).split(';').map((n) => n.trim()).filter((n) => n !== '');
    const addressStart = match.index + match[0].length;
    let addressEnd = value.indexOf('; ', addressStart);
    if (addressEnd < 0) addressEnd = value.length;
    out.push({ names, address: value.slice(addressStart, addressEnd).trim() });
    namesStart = addressEnd + 1;
  }
  return out;
}

/**
 * Affiliations from `C1` entries (or, when a record has no `C1`, from `RP`), linking each author
 * to the addresses whose bracketed author list (or corresponding-author name) names them.
 * Entries without brackets link nobody. Mutates `authors[i].affiliationIndices`.
 * `organisationFirst` is false for records WoS took from other databases (MEDLINE addresses
 * start with the department).
 */
export function wosAffiliations(c1: readonly string[], rp: string | undefined, authors: Author[], au: readonly string[], organisationFirst = true): Affiliation[] {
  const entries: { names: string[]; address: string }[] = [];
  for (const value of c1) for (const entry of splitAddresses(value)) entries.push(splitBracket(entry));
  if (entries.length === 0 && rp) entries.push(...parseReprint(rp));
  const affiliations: Affiliation[] = [];
  const byRaw = new Map<string, number>();
  const index = entries.some((e) => e.names.length > 0) ? new AuthorLookup(authors, au) : undefined;
  for (const entry of entries) {
    if (!entry.address) continue;
    let at = byRaw.get(entry.address);
    if (at === undefined) {
      at = affiliations.length;
      affiliations.push(parseAffiliation(entry.address, organisationFirst));
      byRaw.set(entry.address, at);
    }
    if (!index) continue;
    for (const name of entry.names) {
      for (const i of index.find(name)) {
        if (!authors[i].affiliationIndices.includes(at)) authors[i].affiliationIndices.push(at);
      }
    }
  }
  return affiliations;
}
