/**
 * Web of Science cited references (`CR`), one string per reference:
 * `AUTHOR, YEAR, SOURCE, Vvol, Ppage, DOI doi`, e.g.
 * `Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007`.
 *
 * Every part is optional in practice (see FORMATS.md sections 3 and 16): `[Anonymous]` authors,
 * missing author or year, sources cut to 20 characters or containing commas (conference names),
 * `pS98` / `pE185` pages, `ARTN`/`UNSP` article numbers, `DOI [a, b]` lists and doubled
 * `DOI DOI` prefixes. The parser is total: every string gives a `CitedReference` with at least `raw`.
 *
 * A plain-text import keeps each record's references compactly ({@link WosReferenceReader}): the
 * parser writes where each part stands (spans) and cuts nothing out; the objects, with their
 * whitespace collapsed, DOI lists read and surname keys derived, are made from the spans when
 * they are used (`referencesOf`). Both ways give the same objects (the tests check it).
 */
import type { CitedReference, CitedReferences, CitedWorkId, WosReferenceBlock } from '../model';
import { commaFields, foldAscii, isSpace, normalizeDoi, squash } from '../util/text';

// The field grammar, read with char codes rather than these regexes (the tests check both agree):
//   year    /^(1\d{3}|20\d{2})$/
//   volume  /^V(?:[A-Za-z]?\d\S*|[IVXLC]{1,6})$/   V11, V10008, V2-3, VS1, roman VIII: one token, no spaces
//   page    /^[Pp][A-Za-z]?\d\S*$/                 P959, pS98, pE185, P1-10: a digit right after the optional letter
/** Article numbers written by older exports: `ARTN e123`, `UNSP 123`. */
const ARTICLE_NUMBER = /^(?:ARTN|UNSP)\s+(\S+)$/;
/** Initials token of a WoS author: `JA`, `J.A.`, `J-P`, `H.` (upper-case letters, dots, hyphens). */
const INITIALS = /^(?:\p{Lu}[.-]?){1,5}\.?$/u;
/** Lower-case name particles that belong to the surname ("van Eck", "Di Gravio", "Costa de Beauregard"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'al', 'el', 'bin', 'ben', 'mac', 'st', 'lo', 'af']);
/** `DOI` as a field of its own, followed by what a DOI starts with (so an author named "Doi K" is not one). */
const DOI_MARK = /(?:^|,)\s*DOI\s+(?=[[(]|10\.|DOI\s)/i;
/** `, DOI ` written with other spacing (a tab, two spaces): what a collapsed `, DOI ` comes from. */
const SPACED_DOI = /,\s+DOI\s+(?=\S)/;
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
 * The common shapes keyed without regexes, as {@link surnameKey} would key them: an ASCII surname
 * (letters, hyphens, apostrophes) then, after single spaces, either initials only (`Surname
 * INITIALS`, `Surname I.`, `Surname I. J.`, `Surname I.-J.`) or given names written out
 * (`Mooney Paul`, `Keim Mark E`). Undefined when the shape differs.
 */
function quickSurnameKey(author: string): string | undefined {
  const space = author.indexOf(' ');
  if (space <= 0 || space === author.length - 1) return undefined;
  let punctuation = false;
  for (let i = 0; i < space; i++) {
    const c = author.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) continue;
    if (c === 45 || c === 39) punctuation = true; // - and ' are unchanged by | 32
    else return undefined;
  }
  // Initials (INITIALS) are all dropped; so are given names after a surname that is no particle,
  // when the next word is no particle either (the general reader keeps the first token alone then).
  if (!initialsOnly(author, space + 1) && !(givenNames(author, space + 1) && !isParticle(author, 0, space) && !isParticle(author, space + 1, wordEnd(author, space + 1)))) return undefined;
  return asciiKey(author, space, punctuation);
}

/** Whether `author` from `from` on is initials tokens (INITIALS, ASCII capitals only) after single spaces. */
function initialsOnly(author: string, from: number): boolean {
  let groups = 0;
  for (let i = from; i < author.length; i++) {
    const c = author.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      if (++groups > 5) return false;
      const next = author.charCodeAt(i + 1);
      if (next === 46 || next === 45) i++; // . or -
    } else if (c === 32 && groups > 0 && i + 1 < author.length) groups = 0;
    else if (c === 46 && groups > 0 && (i + 1 === author.length || author.charCodeAt(i + 1) === 32)) continue; // closing "."
    else return false;
  }
  return groups > 0;
}

/** Whether `author` from `from` on is words of ASCII letters, dots, hyphens and apostrophes after single spaces, the first of letters only. */
function givenNames(author: string, from: number): boolean {
  const first = wordEnd(author, from);
  if (first === from) return false;
  for (let i = from; i < first; i++) {
    const c = author.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  for (let i = first; i < author.length; i++) {
    const c = author.charCodeAt(i);
    if (c === 32) {
      if (i + 1 === author.length || author.charCodeAt(i + 1) === 32) return false;
    } else if (!((c | 32) >= 97 && (c | 32) <= 122) && c !== 46 && c !== 45 && c !== 39) return false;
  }
  return true;
}

/** Where the word starting at `from` ends (the next space, or the end). */
function wordEnd(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 ? text.length : space;
}

/** `text[a, b)` (at most 5 ASCII letters) packed case-insensitively into one number, base 27. */
function letterCode(text: string, a: number, b: number): number {
  let code = 0;
  for (let i = a; i < b; i++) code = code * 27 + ((text.charCodeAt(i) | 32) - 96);
  return code;
}

/** The name particles as {@link letterCode}s (all are 2-5 letters). */
const PARTICLE_CODES: ReadonlySet<number> = new Set([...PARTICLES].map((p) => letterCode(p, 0, p.length)));

/** Whether the word `text[a, b)` is a name particle, in any case. */
function isParticle(text: string, a: number, b: number): boolean {
  if (b - a > 5) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return PARTICLE_CODES.has(letterCode(text, a, b));
}

/**
 * Char-code arrays of the key being built, one per key length (reused: parsing is synchronous):
 * an array whose length is set for each key would be reshaped every time.
 */
const keyCodes: number[][] = [];

/**
 * `author[0, end)` upper-cased without `-` and `'`, for an ASCII surname: built from char codes,
 * since a string cut from a two-byte text would take the slow, Unicode-aware case change.
 */
function asciiKey(author: string, end: number, punctuation: boolean): string | undefined {
  let n = end;
  if (punctuation) for (let i = 0; i < end; i++) if (author.charCodeAt(i) === 45 || author.charCodeAt(i) === 39) n--;
  if (n === 0) return undefined;
  const codes = (keyCodes[n] ??= new Array<number>(n).fill(0));
  let k = 0;
  for (let i = 0; i < end; i++) {
    const c = author.charCodeAt(i);
    if (punctuation && (c === 45 || c === 39)) continue;
    codes[k++] = c >= 97 ? c - 32 : c;
  }
  return String.fromCharCode.apply(null, codes);
}

/** The general surname-key reader (regexes); exported for the tests that check the quick path against it. */
export function surnameKey(author: string): string | undefined {
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

/**
 * `value.toLowerCase()`, returning `value` itself when it has no capital: V8 copies a string cut
 * from a two-byte text on every case change, even one that changes nothing.
 */
function asciiLower(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return value.toLowerCase();
  }
  return value;
}

/**
 * Volumes and pages are mostly small numbers that recur across references (a real 500-record
 * export: 23,442 references, 930 distinct volumes): those up to 9999 share one string each,
 * indexed by value (no hashing), which keeps two strings per reference fewer alive.
 */
const SMALL_NUMBERS = new Array<string | undefined>(10_000);

/** `text[a, b)` as a string, shared when it is a number from 0 to 9999 written without leading zeros. */
function numberText(text: string, a: number, b: number): string {
  const length = b - a;
  if (length > 4) return text.slice(a, b);
  let value = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || (c === 48 && i === a && length > 1)) return text.slice(a, b);
    value = value * 10 + (c - 48);
  }
  return (SMALL_NUMBERS[value] ??= text.slice(a, b));
}

/** Whether `text[a, b)` has whitespace other than single spaces (then it is collapsed). */
function hasLooseSpace(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? text.charCodeAt(i + 1) === 32 : c < 33 || c >= 160 ? isSpace(c) : false) return true;
  }
  return false;
}

/** DOIs of the text after `DOI `: a bracketed list `[a, DOI b]` or one DOI (spaces inside removed). Exported for tests. */
export function doisOf(text: string): string[] {
  const body = text.trim();
  if (PLAIN_DOI.test(body)) return [asciiLower(body)];
  const items = body.startsWith('[') ? body.replace(/^\[|\]$/g, '').split(',') : [body];
  const dois: string[] = [];
  for (const part of items) {
    const item = part.trim();
    // The usual list items, `10.1/a` and `DOI 10.1/a`, need no more than their prefix cut.
    const bare = item.startsWith('DOI ') ? item.slice(4) : item;
    let doi: string | undefined;
    if (PLAIN_DOI.test(bare)) doi = asciiLower(bare);
    else {
      // A DOI never contains spaces; WoS sometimes breaks one ("10.1016/j.ecoli nd.2020.1") .
      const compact = item.replace(/^(?:DOI\s+)+/i, '').replace(/\s+/g, '');
      doi = PLAIN_DOI.test(compact) ? asciiLower(compact) : normalizeDoi(compact);
    }
    if (doi && !dois.includes(doi)) dois.push(doi);
  }
  return dois;
}

/**
 * Whether `text[from, to)` is one DOI as {@link doisOf} reads it (trimmed: `10.`, 3 to 9 digits,
 * `/`, no whitespace, none of `.,;:])` at the end), checked in place: then its trimmed span is
 * written to `out` (DOI_A, DOI_B) with DOI_AS_IS or DOI_LOWER (it has capitals); false for
 * anything else (doisOf reads it then).
 */
function plainDoi(text: string, from: number, to: number, out: Int32Array, o: number): boolean {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b - a < 6 || text.charCodeAt(a) !== 49 || text.charCodeAt(a + 1) !== 48 || text.charCodeAt(a + 2) !== 46) return false; // 10.
  let i = a + 3;
  while (i < b && isDigit(text.charCodeAt(i))) i++;
  const digits = i - a - 3;
  if (digits < 3 || digits > 9 || i >= b - 1 || text.charCodeAt(i) !== 47) return false; // /
  let lower = true;
  for (i++; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) return false;
    if ((c >= 65 && c <= 90) || c > 127) lower = false;
  }
  // Brackets inside a DOI are kept as they are (`10.1016/S0140-6736(20)30183-5`); one at the end
  // may be the list's, which doisOf reads.
  const last = text.charCodeAt(b - 1);
  if (last === 46 || last === 44 || last === 59 || last === 58 || last === 93 || last === 41) return false; // . , ; : ] )
  out[o + DOI_A] = a;
  out[o + DOI_B] = b;
  out[o + DOI_READ] = lower ? DOI_AS_IS : DOI_LOWER;
  return true;
}

/**
 * The DOI list of the many references without one: shared and frozen (references are never
 * changed after parsing), which spares the garbage collector one array per reference.
 */
const NO_DOIS = Object.freeze([]) as unknown as string[];

/** Scratch spans of the comma-separated fields of the reference being parsed (reused: parsing is synchronous). */
const starts: number[] = [];
const ends: number[] = [];

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** `[A-Za-z]?\d\S*` over `text[from, to)`: what follows the `V` of a volume or the `P` of a page. */
function isNumberedSpan(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i >= to || !isDigit(text.charCodeAt(i))) return false;
  for (i++; i < to; i++) if (isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The volume grammar over the field `text[a, b)`, without cutting it out. */
function isVolumeSpan(text: string, a: number, b: number): boolean {
  if (text.charCodeAt(a) !== 86 || b - a < 2) return false; // V
  if (isNumberedSpan(text, a + 1, b)) return true;
  if (b - a > 7) return false;
  for (let i = a + 1; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67) return false; // I V X L C
  }
  return true;
}

/** The page grammar over the field `text[a, b)`. */
function isPageSpan(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  return (c === 80 || c === 112) && isNumberedSpan(text, a + 1, b); // P p
}

/** Volume, page or article-number field; only article numbers (rare) are cut out to be tested. */
function isStructured(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c === 86) return isVolumeSpan(text, a, b);
  if (c === 80 || c === 112) return isPageSpan(text, a, b);
  if (c === 65 || c === 85) return ARTICLE_NUMBER.test(text.slice(a, b)); // A U
  return false;
}

/** The year grammar over the field `text[a, b)`: the year, or 0. */
function yearOf(text: string, a: number, b: number): number {
  if (b - a !== 4) return 0;
  const c0 = text.charCodeAt(a);
  const c1 = text.charCodeAt(a + 1);
  const c2 = text.charCodeAt(a + 2);
  const c3 = text.charCodeAt(a + 3);
  if (!isDigit(c1) || !isDigit(c2) || !isDigit(c3)) return 0;
  if (c0 !== 49 && !(c0 === 50 && c1 === 48)) return 0; // 1xxx or 20xx
  return (c0 - 48) * 1000 + (c1 - 48) * 100 + (c2 - 48) * 10 + (c3 - 48);
}

/** Where the DOI part starts (its comma) and how long its `, DOI ` mark is, for a reference without a plain `, DOI `. */
function looseDoiMark(text: string): { at: number; length: number } | undefined {
  const mark = SPACED_DOI.exec(text) ?? DOI_MARK.exec(text);
  return mark ? { at: mark.index, length: mark[0].length } : undefined;
}

/**
 * Where each part of a reference stands, as int32 slots of a `spans` array (WOS_REFERENCE_SLOTS
 * per reference): `[_A, _B)` spans of the text (`_A` is -1 when the part is absent), the year (0
 * when absent) and how the DOI span is read.
 */
export const WOS_REFERENCE_SLOTS = 14;
const RAW_A = 0;
const RAW_B = 1;
const AUTHOR_A = 2;
const AUTHOR_B = 3;
const YEAR = 4;
const SOURCE_A = 5;
const SOURCE_B = 6;
const VOLUME_A = 7;
const VOLUME_B = 8;
const PAGE_A = 9;
const PAGE_B = 10;
const DOI_A = 11;
const DOI_B = 12;
const DOI_READ = 13;
/** The slots holding a text position (moved when spans are made relative to another text). */
const POSITION_SLOTS = [RAW_A, RAW_B, AUTHOR_A, AUTHOR_B, SOURCE_A, SOURCE_B, VOLUME_A, VOLUME_B, PAGE_A, PAGE_B, DOI_A, DOI_B];
/** DOI_READ values: no DOI; one DOI written in lower case; one with capitals; anything else, read by {@link doisOf} (lists, spaces inside). */
const DOI_NONE = 0;
const DOI_AS_IS = 1;
const DOI_LOWER = 2;
const DOI_LIST = 3;

/**
 * Parses one WoS cited reference into author, surname key, year, source (J9-style abbreviation
 * or a full title as written), volume, first page (or article number) and DOIs (normalised,
 * lower-case). Never throws: unreadable parts are simply left out and `raw` is always kept.
 */
export function parseWosReference(raw: string): CitedReference {
  return readReference(raw, 0, raw.length);
}

/**
 * The cited reference written in `text[from, to)` once trimmed (undefined when that is empty),
 * read where it stands in `text` (a whole piece of an export: reading a string cut out of another
 * is slower). Gives what {@link parseWosReference} gives for the trimmed text.
 */
export function readWosReference(text: string, from: number, to: number): CitedReference | undefined {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return from < to ? readReference(text, from, to) : undefined;
}

/** The spans of the one reference read by {@link readReference} (reused: parsing is synchronous). */
const scratch = new Int32Array(WOS_REFERENCE_SLOTS);

function readReference(text: string, from: number, to: number): CitedReference {
  scanReference(text, from, to, scratch, 0);
  return referenceAt(text, scratch, 0);
}

/**
 * Reads the reference `text[from, to)` in place: writes where its parts stand into
 * `out[o, o + WOS_REFERENCE_SLOTS)` and cuts nothing out of `text` that is kept.
 */
function scanReference(text: string, from: number, to: number, out: Int32Array, o: number): void {
  out[o + RAW_A] = from;
  out[o + RAW_B] = to;
  // Absent parts are [-1, -1): the spans of a text are then the same wherever they were written.
  out[o + AUTHOR_A] = out[o + AUTHOR_B] = -1;
  out[o + YEAR] = 0;
  out[o + SOURCE_A] = out[o + SOURCE_B] = -1;
  out[o + VOLUME_A] = out[o + VOLUME_B] = -1;
  out[o + PAGE_A] = out[o + PAGE_B] = -1;
  out[o + DOI_A] = out[o + DOI_B] = -1;
  out[o + DOI_READ] = DOI_NONE;

  // Most references write ", DOI " exactly, and nothing like it earlier; the regexes handle the
  // rest (other spacing, lower case, a "DOI" before the first ", DOI ").
  // (Searched in `raw`, which ends where the reference does, rather than on through the piece.)
  const raw = from === 0 && to === text.length ? text : text.slice(from, to);
  const plainAt = raw.indexOf(', DOI ');
  let doiAt = plainAt < 0 ? -1 : from + plainAt;
  let doiLength = 6;
  if (plainAt < 0 ? /doi/i.test(raw) : raw.indexOf('DOI') < plainAt + 2) {
    const mark = looseDoiMark(raw);
    if (mark) {
      doiAt = from + mark.at;
      doiLength = mark.length;
    }
  }
  if (doiAt >= 0 && !plainDoi(text, doiAt + doiLength, to, out, o)) {
    out[o + DOI_A] = doiAt + doiLength;
    out[o + DOI_B] = to;
    out[o + DOI_READ] = DOI_LIST;
  }

  const count = commaFields(text, from, doiAt >= 0 ? doiAt : to, starts, ends);
  let i = 0;
  // Author: absent when the reference starts with the year (or a volume/page token).
  if (count > 0 && yearOf(text, starts[0], ends[0]) === 0 && !isStructured(text, starts[0], ends[0])) {
    const a = starts[0];
    const b = ends[0];
    // Placeholders such as "[No title captured]" or "**DATA OBJECT**" alone are not authors.
    const c = text.charCodeAt(a);
    const isPlaceholder = count === 1 && (c === 91 || c === 42) && !/^\[anonymous\]$/i.test(text.slice(a, b));
    if (!isPlaceholder) {
      out[o + AUTHOR_A] = a;
      out[o + AUTHOR_B] = b;
    }
    i = 1;
  }
  if (i < count) {
    const year = yearOf(text, starts[i], ends[i]);
    if (year !== 0) {
      out[o + YEAR] = year;
      i++;
    }
  }
  // Source: every field up to the first volume / page / article-number token (conference names contain commas).
  const sourceFrom = i;
  while (i < count && !isStructured(text, starts[i], ends[i])) i++;
  if (i > sourceFrom) {
    out[o + SOURCE_A] = starts[sourceFrom];
    out[o + SOURCE_B] = ends[i - 1];
  }
  for (; i < count; i++) {
    const a = starts[i];
    const b = ends[i];
    if (out[o + VOLUME_A] < 0 && isVolumeSpan(text, a, b)) {
      out[o + VOLUME_A] = a + 1;
      out[o + VOLUME_B] = b;
    } else if (out[o + PAGE_A] < 0) {
      if (isPageSpan(text, a, b)) {
        out[o + PAGE_A] = a + 1;
        out[o + PAGE_B] = b;
      } else {
        const c = text.charCodeAt(a);
        const number = c === 65 || c === 85 ? ARTICLE_NUMBER.exec(text.slice(a, b)) : null;
        if (number) {
          out[o + PAGE_A] = b - number[1].length;
          out[o + PAGE_B] = b;
        }
      }
    }
  }
}

/**
 * The reference whose spans are `spans[o, o + WOS_REFERENCE_SLOTS)` over `text`, as an object:
 * only here are its parts cut out, runs of whitespace collapsed (author, source) and the surname
 * key derived.
 */
function referenceAt(text: string, spans: Int32Array, o: number, workId?: CitedWorkId): CitedReference {
  const rawA = spans[o + RAW_A];
  const rawB = spans[o + RAW_B];
  const raw = rawA === 0 && rawB === text.length ? text : text.slice(rawA, rawB);
  // Every field a WoS reference can get (and the workId matching adds) is declared here, in one
  // order: all references then share one shape with their fields inside the object, rather than
  // each growing a separate property store as fields are added.
  const ref: CitedReference = { raw, dois: NO_DOIS, author: undefined, authorKey: undefined, year: undefined, source: undefined, volume: undefined, page: undefined, workId };
  const doiRead = spans[o + DOI_READ];
  if (doiRead !== DOI_NONE) {
    const doi = text.slice(spans[o + DOI_A], spans[o + DOI_B]);
    ref.dois = doiRead === DOI_AS_IS ? [doi] : doiRead === DOI_LOWER ? [doi.toLowerCase()] : doisOf(doi);
  }
  if (spans[o + AUTHOR_A] >= 0) {
    const field = text.slice(spans[o + AUTHOR_A], spans[o + AUTHOR_B]);
    const quick = quickSurnameKey(field);
    const author = quick === undefined ? squash(field) : field;
    ref.author = author;
    const key = quick ?? wosSurnameKey(author);
    if (key) ref.authorKey = key;
  }
  if (spans[o + YEAR] !== 0) ref.year = spans[o + YEAR];
  const sourceA = spans[o + SOURCE_A];
  if (sourceA >= 0) {
    const sourceB = spans[o + SOURCE_B];
    ref.source = hasLooseSpace(text, sourceA, sourceB) ? squash(text.slice(sourceA, sourceB)) : text.slice(sourceA, sourceB);
  }
  if (spans[o + VOLUME_A] >= 0) ref.volume = numberText(text, spans[o + VOLUME_A], spans[o + VOLUME_B]);
  if (spans[o + PAGE_A] >= 0) ref.page = numberText(text, spans[o + PAGE_A], spans[o + PAGE_B]);
  return ref;
}

/** The references of a {@link WosReferenceBlock} as objects (with the work ids matching wrote). */
export function wosBlockReferences(block: WosReferenceBlock): CitedReference[] {
  const out = new Array<CitedReference>(block.count);
  for (let i = 0; i < block.count; i++) out[i] = referenceAt(block.text, block.spans, i * WOS_REFERENCE_SLOTS, block.workIds?.[i]);
  return out;
}

/** The most text kept between two references of one block part (a line break and an indent are a few characters). */
const MAX_GAP = 64;

/**
 * Reads the cited references of one WoS plain-text record as their lines come, into one
 * {@link WosReferenceBlock}: each reference is read where it stands in the piece of the export
 * (no string cut out per part), and the block's text is the record's run of `CR` lines cut out
 * once at the end. Reused from record to record.
 */
export class WosReferenceReader {
  private spans = new Int32Array(WOS_REFERENCE_SLOTS * 128);
  private count = 0;
  /** The texts of the closed parts (the run of CR lines split across pieces), and their length. */
  private parts: string[] = [];
  private partsLength = 0;
  /** The piece the open part is in, and where that part starts and (so far) ends. */
  private body = '';
  private from = 0;
  private to = 0;

  /** Adds the reference written in `body[from, to)` (trimmed; nothing when blank). */
  add(body: string, from: number, to: number): void {
    while (from < to && isSpace(body.charCodeAt(from))) from++;
    while (to > from && isSpace(body.charCodeAt(to - 1))) to--;
    if (from >= to) return;
    // A new part when the text changes piece, or when more than a line break and an indent lies
    // between this reference and the last (a repeated CR tag after other fields).
    if (this.count === 0 || body !== this.body || from - this.to > MAX_GAP) {
      if (this.count > 0) this.closePart();
      this.body = body;
      this.from = from;
    }
    this.to = to;
    const o = this.count * WOS_REFERENCE_SLOTS;
    if (o + WOS_REFERENCE_SLOTS > this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    scanReference(body, from, to, this.spans, o);
    // Positions become relative to the block's text: the parts before, then this part from its start.
    const shift = this.partsLength - this.from;
    if (shift !== 0) for (const slot of POSITION_SLOTS) if (this.spans[o + slot] >= 0) this.spans[o + slot] += shift;
    this.count++;
  }

  private closePart(): void {
    const part = this.body.slice(this.from, this.to);
    this.parts.push(part);
    this.partsLength += part.length;
  }

  /** The references added since the last call (an empty array when none), and starts again. */
  take(): CitedReferences {
    if (this.count === 0) return [];
    this.closePart();
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const block: WosReferenceBlock = { kind: 'wos-references', count: this.count, text, spans: this.spans.slice(0, this.count * WOS_REFERENCE_SLOTS) };
    this.count = 0;
    this.parts = [];
    this.partsLength = 0;
    this.body = '';
    return block;
  }
}
