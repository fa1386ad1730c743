/**
 * Web of Science cited references (`CR`), one string per reference:
 * `AUTHOR, YEAR, SOURCE, Vvol, Ppage, DOI doi`, e.g.
 * `Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007`.
 *
 * Every part is optional in practice (see FORMATS.md sections 3 and 16): `[Anonymous]` authors,
 * missing author or year, sources cut to 20 characters or containing commas (conference names),
 * `pS98` / `pE185` pages, `ARTN`/`UNSP` article numbers, `DOI [a, b]` lists and doubled
 * `DOI DOI` prefixes. The parser is total: every string gives a `CitedReference` with at least `raw`.
 */
import type { CitedReference } from '../model';
import { foldAscii, normalizeDoi } from '../util/text';

const YEAR = /^(1\d{3}|20\d{2})$/;
/** `V11`, `V10008`, `V2-3`, `VS1`, and roman numerals `VIII`: one token, no spaces. */
const VOLUME = /^V(?:[A-Za-z]?\d\S*|[IVXLC]{1,6})$/;
/** `P959`, `pS98`, `pE185`, `P1-10`: one token, a digit right after the optional letter. */
const PAGE = /^[Pp][A-Za-z]?\d\S*$/;
/** Article numbers written by older exports: `ARTN e123`, `UNSP 123`. */
const ARTICLE_NUMBER = /^(?:ARTN|UNSP)\s+(\S+)$/;
/** Initials token of a WoS author: `JA`, `J.A.`, `J-P`, `H.` (upper-case letters, dots, hyphens). */
const INITIALS = /^(?:\p{Lu}[.-]?){1,5}\.?$/u;
/** Lower-case name particles that belong to the surname ("van Eck", "Di Gravio", "Costa de Beauregard"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'al', 'el', 'bin', 'ben', 'mac', 'st', 'lo', 'af']);
/** `DOI` as a field of its own, followed by what a DOI starts with (so an author named "Doi K" is not one). */
const DOI_MARK = /(?:^|,)\s*DOI\s+(?=[[(]|10\.|DOI\s)/i;
const LOOSE_SPACE = /[^\S ]| {2}/;
/** Recent authors' surname keys: the same cited authors recur across a whole export. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;
const ASCII = /^[\x20-\x7e]*$/;
/** A DOI `normalizeDoi` would return unchanged but lower-cased: the common case, checked in one test. */
const PLAIN_DOI = /^10\.\d{3,9}\/[^\s\])]*[^\s.,;:\])]$/;
const NOT_KEY_CHAR = /[^\p{L}\p{N}]+/gu;

/** Upper-case, ASCII-folded, letters and digits only. */
function keyOf(text: string): string {
  const folded = ASCII.test(text) ? text : foldAscii(text);
  return folded.replace(NOT_KEY_CHAR, '').toUpperCase();
}

/**
 * The surname key of a WoS cited-reference author, used to block reference matching:
 * upper-case, ASCII-folded, without spaces or punctuation, taken from the surname part (the
 * trailing initials are dropped, name particles kept): `Aria M` -> `ARIA`, `van Eck NJ` ->
 * `VANECK`, `Costa de Beauregard O.` -> `COSTADEBEAUREGARD`, `Al-antari MA` -> `ALANTARI`,
 * `[Anonymous]` -> `ANONYMOUS`, the old truncated form `CAVALLER.G` -> `CAVALLER`.
 * Given names written in full after the surname (`Mooney Paul`) are dropped as well.
 * Returns undefined when the author has no letter or digit.
 */
export function wosSurnameKey(author: string): string | undefined {
  const quick = quickSurnameKey(author);
  if (quick !== undefined) return quick;
  const cached = keyCache.get(author);
  if (cached !== undefined) return cached || undefined;
  const key = surnameKey(author);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(author, key ?? '');
  return key;
}

/**
 * The common shape `Surname INITIALS` (ASCII letters, hyphen or apostrophe in the surname, one to
 * five capitals after one space) keyed without regexes; undefined when the shape differs.
 */
function quickSurnameKey(author: string): string | undefined {
  const space = author.indexOf(' ');
  if (space <= 0 || author.length - space - 1 > 5 || author.length - space - 1 < 1) return undefined;
  for (let i = space + 1; i < author.length; i++) {
    const c = author.charCodeAt(i);
    if (c < 65 || c > 90) return undefined;
  }
  let punctuation = false;
  for (let i = 0; i < space; i++) {
    const c = author.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) continue;
    if (c === 45 || c === 39) punctuation = true; // - and ' are unchanged by | 32
    else return undefined;
  }
  const surname = author.slice(0, space);
  // Particles are short words ('van', 'della'): longer surnames need no lower-casing to rule them out.
  if (surname.length <= 5 && PARTICLES.has(surname.toLowerCase())) return undefined;
  return (punctuation ? surname.replace(/[-']/g, '') : surname).toUpperCase();
}

function surnameKey(author: string): string | undefined {
  const clean = author.trim();
  if (clean === '') return undefined;
  if (/^\[?anonymous\]?$/i.test(clean)) return 'ANONYMOUS';
  const tokens = clean.split(/\s+/);
  // Old exports cut surnames to 8 letters and glue the initial after a period: "COSTADEB.O".
  if (tokens.length === 1) {
    const glued = /^(\p{Lu}{2,})\.(\p{Lu}{1,3})$/u.exec(tokens[0]);
    const key = keyOf(glued ? glued[1] : tokens[0]);
    return key || undefined;
  }
  let end = tokens.length;
  while (end > 1 && INITIALS.test(tokens[end - 1])) end--;
  // Keep the first token plus any particles and the word each particle introduces.
  const surname = [tokens[0]];
  let i = 1;
  let afterParticle = PARTICLES.has(tokens[0].toLowerCase());
  while (i < end && (afterParticle || PARTICLES.has(tokens[i].toLowerCase()))) {
    afterParticle = PARTICLES.has(tokens[i].toLowerCase());
    surname.push(tokens[i]);
    i++;
  }
  const key = keyOf(surname.join(''));
  return key || undefined;
}

/** DOIs of the text after `DOI `: a bracketed list `[a, DOI b]` or one DOI (spaces inside removed). */
function doisOf(text: string): string[] {
  const body = text.trim();
  if (PLAIN_DOI.test(body)) return [body.toLowerCase()];
  const items = body.startsWith('[') ? body.replace(/^\[|\]$/g, '').split(',') : [body];
  const dois: string[] = [];
  for (const item of items) {
    // A DOI never contains spaces; WoS sometimes breaks one ("10.1016/j.ecoli nd.2020.1") .
    const compact = item.trim().replace(/^(?:DOI\s+)+/i, '').replace(/\s+/g, '');
    const doi = PLAIN_DOI.test(compact) ? compact.toLowerCase() : normalizeDoi(compact);
    if (doi && !dois.includes(doi)) dois.push(doi);
  }
  return dois;
}

/**
 * The DOI list of the many references without one: shared and frozen (references are never
 * changed after parsing), which spares the garbage collector one array per reference.
 */
const NO_DOIS = Object.freeze([]) as unknown as string[];

/** Scratch spans of the comma-separated fields of the reference being parsed (reused: parsing is synchronous). */
const starts: number[] = [];
const ends: number[] = [];

/** Fills `starts`/`ends` with the trimmed, non-empty comma-separated fields of `text` before `limit`; returns their count. */
function splitFields(text: string, limit: number): number {
  let count = 0;
  let start = 0;
  while (start <= limit) {
    let end = text.indexOf(',', start);
    if (end === -1 || end > limit) end = limit;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    if (b > a) {
      starts[count] = a;
      ends[count] = b;
      count++;
    }
    start = end + 1;
  }
  return count;
}

/** Volume, page or article-number token; the first character is checked before any regex runs. */
function isStructured(field: string): boolean {
  const c = field.charCodeAt(0);
  if (c === 86) return VOLUME.test(field); // V
  if (c === 80 || c === 112) return PAGE.test(field); // P p
  if (c === 65 || c === 85) return ARTICLE_NUMBER.test(field); // A U
  return false;
}

const isYear = (field: string): boolean => field.length === 4 && YEAR.test(field);

/**
 * Parses one WoS cited reference into author, surname key, year, source (J9-style abbreviation
 * or a full title as written), volume, first page (or article number) and DOIs (normalised,
 * lower-case). Never throws: unreadable parts are simply left out and `raw` is always kept.
 */
export function parseWosReference(raw: string): CitedReference {
  const ref: CitedReference = { raw, dois: NO_DOIS };
  const text = LOOSE_SPACE.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
  if (text === '') return ref;

  // Most references write ", DOI " exactly; the regex handles the rest (lower case, no space after the comma).
  let doiAt = text.indexOf(', DOI ');
  let doiLength = 6;
  if (doiAt < 0 && /doi/i.test(text)) {
    const mark = DOI_MARK.exec(text);
    if (mark) {
      doiAt = mark.index;
      doiLength = mark[0].length;
    }
  }
  if (doiAt >= 0) ref.dois = doisOf(text.slice(doiAt + doiLength));

  const count = splitFields(text, doiAt >= 0 ? doiAt : text.length);
  let i = 0;
  // Author: absent when the reference starts with the year (or a volume/page token).
  if (count > 0) {
    const author = text.slice(starts[0], ends[0]);
    if (!isYear(author) && !isStructured(author)) {
      // Placeholders such as "[No title captured]" or "**DATA OBJECT**" alone are not authors.
      const isPlaceholder = count === 1 && (author.charCodeAt(0) === 91 || author.charCodeAt(0) === 42) && !/^\[anonymous\]$/i.test(author);
      if (!isPlaceholder) {
        ref.author = author;
        const key = wosSurnameKey(author);
        if (key) ref.authorKey = key;
      }
      i = 1;
    }
  }
  if (i < count) {
    const year = text.slice(starts[i], ends[i]);
    if (isYear(year)) {
      ref.year = Number(year);
      i++;
    }
  }
  // Source: every field up to the first volume / page / article-number token (conference names contain commas).
  const sourceFrom = i;
  while (i < count && !isStructured(text.slice(starts[i], ends[i]))) i++;
  if (i > sourceFrom) ref.source = text.slice(starts[sourceFrom], ends[i - 1]);
  for (; i < count; i++) {
    const token = text.slice(starts[i], ends[i]);
    if (ref.volume === undefined && token.charCodeAt(0) === 86 && VOLUME.test(token)) ref.volume = token.slice(1);
    else if (ref.page === undefined) {
      if (PAGE.test(token)) ref.page = token.slice(1);
      else {
        const number = ARTICLE_NUMBER.exec(token);
        if (number) ref.page = number[1];
      }
    }
  }
  return ref;
}
