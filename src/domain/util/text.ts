/** Small, pure text helpers shared by every importer. */

/** Whitespace that needs collapsing: anything but a single space, or two spaces in a row. */
const LOOSE_SPACE = /[^\S ]| {2}/;
/** The whitespace of LOOSE_SPACE beyond Latin-1: a text without such characters fails it at once. */
const WIDE_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether `value` has whitespace to collapse (LOOSE_SPACE). Long values (abstracts, titles) are
 * searched with indexOf, one character at a time, which runs about twice as fast as the regex
 * here; short ones with the regex, whose single call costs less than eight.
 */
function hasLooseSpace(value: string): boolean {
  if (value.length < 64) return LOOSE_SPACE.test(value);
  return (
    value.indexOf('  ') >= 0 ||
    value.indexOf('\t') >= 0 ||
    value.indexOf('\n') >= 0 ||
    value.indexOf('\r') >= 0 ||
    value.indexOf('\v') >= 0 ||
    value.indexOf('\f') >= 0 ||
    value.indexOf('\u00a0') >= 0 ||
    WIDE_SPACE.test(value)
  );
}

/** Collapses runs of whitespace to one space and trims; values that are already tidy are not rebuilt. */
export const squash = (value: string): string => (hasLooseSpace(value) ? value.replace(/\s+/g, ' ').trim() : value.trim());

/** What JavaScript's `\s` (and `trim`) treats as whitespace, by char code: text is trimmed without being cut twice. */
export function isSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 32) return c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The comma-separated fields of `text[from, to)`, trimmed and non-empty, as spans written into
 * `starts`/`ends` (scratch arrays the caller reuses: nothing is cut out); returns their count.
 */
export function commaFields(text: string, from: number, to: number, starts: number[], ends: number[]): number {
  let count = 0;
  for (let start = from; start <= to; ) {
    let end = text.indexOf(',', start);
    if (end === -1 || end > to) end = to;
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) {
      starts[count] = a;
      ends[count] = b;
      count++;
    }
    start = end + 1;
  }
  return count;
}

/** Splits a multi-value cell on a delimiter, trims each item and drops empty ones. */
export function splitList(value: string | undefined, delimiter: string | RegExp): string[] {
  if (!value) return [];
  const out: string[] = [];
  if (typeof delimiter === 'string' && delimiter !== '') splitListInto(out, value, delimiter);
  else {
    for (const part of value.split(delimiter)) {
      const item = part.trim();
      if (item) out.push(item);
    }
  }
  return out;
}

/** {@link splitList} of `value` on a string delimiter, added to `out`: each item is cut out once, already trimmed. */
export function splitListInto(out: string[], value: string, delimiter: string): void {
  for (let start = 0; start <= value.length; ) {
    let end = value.indexOf(delimiter, start);
    if (end < 0) end = value.length;
    let a = start;
    let b = end;
    while (a < b && isSpace(value.charCodeAt(a))) a++;
    while (b > a && isSpace(value.charCodeAt(b - 1))) b--;
    if (b > a) out.push(a === 0 && b === value.length ? value : value.slice(a, b));
    start = end + delimiter.length;
  }
}

/** Removes diacritics and folds to ASCII where Unicode decomposition allows (Ø, ß, Ł ... handled by hand). */
export function foldAscii(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes HTML entities (`&#x27;`, `&#39;`, `&amp;` ...) that some exports (Dimensions) leave in text. */
export function decodeHtmlEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*|(?:doi\s+)+)/i;

/**
 * Normalises one DOI: lower-case, without `https://doi.org/`, `doi:` or (doubled) `DOI ` prefixes,
 * brackets and trailing punctuation. Returns undefined when the value is not a DOI (must start `10.`).
 */
export function normalizeDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let doi = value.trim().replace(/^[[(]+|[\])]+$/g, '').trim();
  while (DOI_PREFIX.test(doi)) doi = doi.replace(DOI_PREFIX, '').trim();
  doi = doi.replace(/[.,;:\])]+$/, '').toLowerCase();
  return /^10\.\d{3,9}\/\S+$/.test(doi) ? doi : undefined;
}

/**
 * Extracts every DOI from a value such as `DOI [10.1/a, 10.1/B]`, `DOI DOI 10.1/x` or a URL.
 * Returns distinct normalised DOIs in order.
 */
export function extractDois(value: string | undefined): string[] {
  if (!value) return [];
  const found = new Set<string>();
  for (const match of value.matchAll(/10\.\d{3,9}\/[^\s,;\][]+/g)) {
    const doi = normalizeDoi(match[0]);
    if (doi) found.add(doi);
  }
  return [...found];
}

/** Parses a positive integer cell ("12", " 12 ", "1,234"); undefined when empty or not a number. */
export function parseCount(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const cleaned = value.replace(/[,\s]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/** Parses a plausible publication year (1500..2100) from the start of a value. */
export function parseYear(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = /(1[5-9]\d\d|20\d\d|2100)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
