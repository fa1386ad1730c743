/**
 * Scopus cited references (the `References` cell of a Scopus CSV export), in the three shapes
 * Scopus has written (FORMATS.md sections 5 and 16):
 *
 * - classic (to 2022): `Aria M., Cuccurullo C., Title, (2017) Journal, 11 (4), pp. 959-975`, older
 *   files with comma-separated initials `Aksha, S.K., Emrich, C.T., Title (2020) Journal, 17 (6), p. 1985`;
 * - 2023-24: `Akkamis M., Keskin M., Title, Journal, 3, 2, pp. 423-437, (2021)` (year last);
 * - 2025: `Smith J.; Doe A., Title, Journal, 50, pp. 128-139, (2025)` (authors separated by `;`).
 *
 * Entries are separated by `; ` in every shape; in the 2025 shape the same separator also sits
 * between the authors of one entry, which {@link splitScopusReferences} resolves.
 */
import type { CitedReference } from '../model';
import { extractDois, foldAscii } from '../util/text';

const PARTICLE = "(?:van|von|der|den|de|da|das|dos|du|del|della|di|le|la|ter|ten|al|el|bin|ben|zu|y|e|\\p{Ll}{1,3}['’]\\p{Lu}[\\p{L}'’-]*)";
const NAME_WORD = `(?:\\p{Lu}[\\p{L}'’\\u00AD-]*|${PARTICLE})`;
/** "Aria M.", "Van Eck N.J.", "Moreira A P", "Kosolapov V. M.", "Miron J.-P.", "Kruglyakov Yu A", "Temiraev V Kh". */
const NAME_WITH_INITIALS = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}?)\\s+(\\p{Lu}\\p{Ll}?\\.?(?:[\\s-]*\\p{Lu}\\p{Ll}?\\.?)*)$`, 'u');
/** The common case of NAME_WITH_INITIALS, tested first because it is about twice as fast: "Smith J.", "Van Eck N.J.". */
const SIMPLE_NAME = /^([A-Z][A-Za-z'-]*(?: [A-Z][A-Za-z'-]*)?) ([A-Z]\.(?:-?[A-Z]\.)*)$/;

const ET_AL = /^et\.?\s+al\.?$/i;
const TRAILING_ET_AL = /\s+et\.?\s+al\.?$/i;
const ANONYMOUS = /^\[?anon(?:ymous)?\.?\]?\.?$/i;
const YEAR_AT = /^\((1[5-9]\d\d|20\d\d)[a-z]?\)/;
const YEAR_AT_END = /,\s*\((1[5-9]\d\d|20\d\d)[a-z]?\)[\s.]*$/;
const YEAR_ONLY = /^\((1[5-9]\d\d|20\d\d)[a-z]?\)[\s.]*$/;
const PAGES = /^(?:pp?\.|art\.?\s*no\.?|article\s+number:?)\s*([^\s\-–,]+)/i;
const VOLUME_ISSUE = /^([^\s()]{1,12})\s*\(([^()]{1,20})\)$/;
const NUMBERISH = /^[A-Za-z]{0,2}\d[\dA-Za-z/-]{0,9}$/;
const DOI_TOKEN = /^(?:doi:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{3,9}\//i;
/** Longest token tested against the name patterns: keeps the regexes linear on huge garbage cells. */
const MAX_NAME_LENGTH = 80;

/** An upper-case letter (any script). */
const isUpper = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/** "S.K.", "V.W.Y.", "J.-P.", "M. E.": initials with periods, as older Scopus files write them after "Surname, ". */
function isInitialsOnly(token: string): boolean {
  const n = token.length;
  if (n < 2 || n > 16) return false;
  let i = 0;
  while (i < n) {
    if (!isUpper(token, i) || token.charCodeAt(i + 1) !== 46) return false;
    i += 2;
    while (i < n && (token.charCodeAt(i) === 32 || token.charCodeAt(i) === 45)) i++;
  }
  return true;
}

/** A surname standing alone before a token of initials ("Aksha", "van Eck", "Zainal Abidin"): letters, spaces, hyphens, apostrophes. */
function isSurnameOnly(token: string): boolean {
  const n = token.length;
  if (n === 0 || n > 40) return false;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c === 32) {
      if (++spaces > 4) return false;
    } else if ((c >= 48 && c <= 57) || c === 40 || c === 41 || c === 44 || c === 59 || c === 58 || c === 46) return false;
  }
  return true;
}

/**
 * Upper-case ASCII key of a surname for matching references across databases: diacritics folded,
 * spaces, hyphens and punctuation removed ("Van Eck" -> "VANECK", "Osei-Kyei" -> "OSEIKYEI",
 * "Béné" -> "BENE"). Returns undefined when nothing is left. Agrees with the key the WoS parser
 * builds from "van Eck NJ".
 */
export function referenceAuthorKey(surname: string): string | undefined {
  let key = '';
  for (let i = 0; i < surname.length; i++) {
    const c = surname.charCodeAt(i);
    if (c >= 65 && c <= 90) key += surname[i];
    else if (c >= 97 && c <= 122) key += String.fromCharCode(c - 32);
    else if (c >= 128) return foldedKey(surname);
  }
  return key || undefined;
}

const foldedKey = (surname: string): string | undefined => foldAscii(surname).toUpperCase().replace(/[^A-Z]/g, '') || undefined;

/** Cheap test that rules out most non-names before the regex: a name ends in an initial or its period. */
const mayBeName = (token: string): boolean => {
  if (token.length > MAX_NAME_LENGTH || token.length < 3) return false;
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  if (last === 46 || !(last >= 97 && last <= 122)) return true;
  // A two-letter initial such as "Kh" or "Yu" closing the name.
  const before = token.charCodeAt(n - 2);
  return before >= 65 && before <= 90 && token.charCodeAt(n - 3) === 32;
};

const isBareName = (segment: string): boolean => mayBeName(segment) && !segment.includes(',') && NAME_WITH_INITIALS.test(segment);

/**
 * Splits a Scopus `References` cell into single references. The layout is detected per cell:
 * when many `; `-separated pieces are bare author names ("Doe A."), the cell is in the 2025
 * layout, whose authors are separated by `;` too, and such pieces are joined to the next piece
 * until the entry's closing `(YYYY)`. Otherwise every `; ` separates two references.
 */
export function splitScopusReferences(cell: string | undefined): string[] {
  if (!cell) return [];
  const pieces = cell.split(/;\s+/);
  let bare = 0;
  for (const piece of pieces) if (isBareName(piece.trim())) bare++;
  const out: string[] = [];
  if (bare === 0 || bare * 10 < pieces.length) {
    for (const piece of pieces) {
      const item = piece.trim().replace(/;$/, '').trim();
      if (item) out.push(item);
    }
    return out;
  }
  let pending: string[] = [];
  for (const piece of pieces) {
    const item = piece.trim();
    if (!item) continue;
    pending.push(item);
    // An author name alone cannot end an entry: the entry goes on to its title and "(YYYY)".
    if (isBareName(item)) continue;
    out.push(pending.join('; ').replace(/;$/, '').trim());
    pending = [];
  }
  if (pending.length > 0) out.push(pending.join('; '));
  return out;
}

/** text.slice(from, to).trim() without the intermediate string when there is nothing to trim. */
function trimSlice(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && text.charCodeAt(a) <= 32) a++;
  while (b > a && text.charCodeAt(b - 1) <= 32) b--;
  return text.slice(a, b);
}

/**
 * True when `char` occurs in text[from, to). indexOf may read on past `to` (to the end of one
 * reference at most), and still beats a character loop over the span: measured, a native search
 * costs a fraction of what each `charCodeAt` does.
 */
function hasCharBetween(text: string, char: string, from: number, to: number): boolean {
  const at = text.indexOf(char, from);
  return at !== -1 && at < to;
}

/**
 * Index of the next ", " separator at or after `from` that is outside parentheses (so
 * "(Methods, Approaches)" stays in one token), or -1. With unbalanced parentheses (garbled text)
 * the plain next separator is used.
 */
function nextSeparator(text: string, from: number): number {
  const sep = text.indexOf(', ', from);
  if (sep === -1 || !hasCharBetween(text, '(', from, sep)) return sep;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 44 && depth === 0 && text.charCodeAt(i + 1) === 32) return i;
  }
  return sep;
}

/** Index of the last ", " separator that ends before `end`, outside parentheses, or -1. */
function prevSeparator(text: string, end: number): number {
  if (end < 2) return -1;
  const sep = text.lastIndexOf(', ', end - 2);
  if (sep === -1 || !hasCharBetween(text, ')', sep, end)) return sep;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) depth++;
    else if (c === 40) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 44 && depth === 0 && text.charCodeAt(i + 1) === 32) return i;
  }
  return sep;
}

interface Authors {
  first?: { written: string; surname: string; anonymous: boolean };
  /** Where the first token after the authors starts. */
  end: number;
}

const hasEtAlEnding = (token: string): boolean => {
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  const l = last === 46 ? token.charCodeAt(n - 2) : last;
  return (l === 108 || l === 76) && n >= 5;
};

/** Reads the author tokens at the start of `text`; stops at the first token that is not a name. */
function readAuthors(text: string): Authors {
  const result: Authors = { end: 0 };
  let pos = 0;
  let index = 0;
  while (pos < text.length) {
    const sep = text.indexOf(', ', pos);
    const tokenEnd = sep === -1 ? text.length : sep;
    if (tokenEnd - pos > MAX_NAME_LENGTH) break;
    const rawToken = trimSlice(text, pos, tokenEnd);
    const token = hasEtAlEnding(rawToken) ? rawToken.replace(TRAILING_ET_AL, '') : rawToken;
    const after = sep === -1 ? text.length : sep + 2;
    if (token.length <= 7 && ET_AL.test(token)) {
      pos = after;
      continue;
    }
    if (index === 0 && token.length <= 12 && ANONYMOUS.test(token)) {
      result.first = { written: token, surname: 'Anonymous', anonymous: true };
      pos = after;
      index++;
      continue;
    }
    if (sep !== -1 && text.charCodeAt(after + 1) === 46) {
      const sep2 = text.indexOf(', ', after);
      const next = trimSlice(text, after, sep2 === -1 ? text.length : sep2);
      if (isInitialsOnly(next) && isSurnameOnly(token)) {
        result.first ??= { written: `${token}, ${next}`, surname: token, anonymous: false };
        pos = sep2 === -1 ? text.length : sep2 + 2;
        index++;
        continue;
      }
    }
    if (!mayBeName(token)) break;
    if (result.first) {
      if (!SIMPLE_NAME.test(token) && !NAME_WITH_INITIALS.test(token)) break;
    } else {
      const match = SIMPLE_NAME.exec(token) ?? NAME_WITH_INITIALS.exec(token);
      if (!match) break;
      result.first = { written: token, surname: match[1], anonymous: false };
    }
    pos = after;
    index++;
  }
  result.end = Math.min(pos, text.length);
  return result;
}

/** First page of "pp. 959-975" / "p. 1985" / "art. no. 12", or undefined. */
const pageOf = (token: string): string | undefined => {
  const c = token.charCodeAt(0) | 32;
  return token.length > 1 && (c === 112 || c === 97) ? PAGES.exec(token)?.[1] : undefined;
};

/** Reads one "11 (4)", "19" or "pp. 1-9" token after a source into `ref`. */
function readNumber(token: string, ref: CitedReference): void {
  const page = pageOf(token);
  if (page !== undefined) {
    ref.page ??= page;
    return;
  }
  if (ref.volume !== undefined) return;
  const vi = VOLUME_ISSUE.exec(token);
  if (vi) {
    ref.volume = vi[1];
    ref.issue = vi[2].trim();
  } else if (NUMBERISH.test(token)) {
    ref.volume = token;
  }
}

/** "11 (4)", "19", "pp. 1-9": never longer than 36 characters; a long token is a title or source. */
const isNumberToken = (token: string): boolean => token.length <= 36 && (pageOf(token) !== undefined || VOLUME_ISSUE.test(token) || NUMBERISH.test(token));

function trimEndCommas(text: string): string {
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); end > 0 && (c === 44 || c === 32 || c === 9 || c === 10 || c === 13); c = text.charCodeAt(end - 1)) end--;
  return text.slice(0, end);
}

/** Classic layout: the year in parentheses sits between the title and the source. */
function parseClassic(ref: CitedReference, before: string, after: string): void {
  const head = trimEndCommas(before);
  const authors = readAuthors(head);
  setAuthor(ref, authors);
  const title = head.slice(authors.end).trim();
  if (title) ref.title = title;
  let pos = 0;
  let sourceEnd = 0;
  let firstEnd = 0;
  let numbersFollow = false;
  // Source: the tokens up to the first number, empty token or DOI.
  while (pos < after.length) {
    const sep = nextSeparator(after, pos);
    const end = sep === -1 ? after.length : sep;
    const token = trimSlice(after, pos, end);
    if (token === '' || DOI_TOKEN.test(token)) break;
    if (isNumberToken(token)) {
      numbersFollow = true;
      break;
    }
    sourceEnd = end;
    firstEnd ||= end;
    pos = sep === -1 ? after.length : sep + 2;
  }
  // "Journal, Part B: Title, 12" keeps its comma; a book's "Publisher, City" keeps the publisher only.
  if (sourceEnd > 0) ref.source = after.slice(0, numbersFollow ? sourceEnd : firstEnd).trim();
  // Numbers right after the source; a book's ", , Publisher, City" ends them.
  while (pos < after.length) {
    const sep = nextSeparator(after, pos);
    const token = trimSlice(after, pos, sep === -1 ? after.length : sep);
    if (token === '') break;
    readNumber(token, ref);
    pos = sep === -1 ? after.length : sep + 2;
  }
}

function setAuthor(ref: CitedReference, authors: Authors): void {
  const first = authors.first;
  if (!first) return;
  ref.author = first.anonymous ? 'Anonymous' : first.written;
  ref.authorKey = first.anonymous ? 'ANONYMOUS' : referenceAuthorKey(first.surname);
}

/** 2023-24 and 2025 layouts (year last, or no year at all): authors, title, source, vol, issue, pages. */
function parseYearLast(ref: CitedReference, body: string): void {
  let text = body;
  const firstComma = text.indexOf(', ');
  const authorZone = firstComma === -1 ? text : text.slice(0, firstComma);
  // 2025: "Smith J.; Doe A.; Roe B., Title" -> authors joined by ", " like the 2023-24 layout.
  if (authorZone.includes(';')) text = authorZone.replace(/;\s*/g, ', ') + text.slice(authorZone.length);
  const authors = readAuthors(text);
  setAuthor(ref, authors);
  const start = authors.end;
  let end = trimEndCommas(text).length;
  let last: string | undefined;
  let beforeLast: string | undefined;
  // From the end: pages, DOIs and empty tokens, then at most two numbers (volume, issue).
  while (end > start) {
    const sep = prevSeparator(text, end);
    const tokenStart = sep < start ? start : sep + 2;
    const token = trimSlice(text, tokenStart, end);
    const page = last === undefined ? pageOf(token) : undefined;
    if (page !== undefined) ref.page = page;
    else if (token === '' || DOI_TOKEN.test(token)) {
      // skipped
    } else if (beforeLast === undefined && sep >= start && NUMBERISH.test(token)) {
      if (last === undefined) last = token;
      else beforeLast = token;
    } else break;
    end = sep < start ? start : sep;
  }
  if (beforeLast !== undefined) {
    ref.volume = beforeLast;
    ref.issue = last;
  } else if (last !== undefined) ref.volume = last;
  const middle = text.slice(start, end).trim();
  if (!middle) return;
  const sep = prevSeparator(middle, middle.length);
  if (sep === -1) ref.title = middle;
  else {
    ref.title = middle.slice(0, sep).trim();
    ref.source = middle.slice(sep + 2).trim();
  }
}

/**
 * Parses one Scopus cited reference (any of the three layouts) into first author (as written),
 * its surname key, year, title, full source title, volume, issue, first page and DOIs. Parts that
 * cannot be recognised are left undefined; `raw` always keeps the input. Never throws.
 */
export function parseScopusReference(raw: string): CitedReference {
  let text = raw.trim();
  if (text.endsWith(';')) text = text.slice(0, -1).trimEnd();
  const ref: CitedReference = { raw: text, dois: text.includes('10.') ? extractDois(text) : [] };
  if (!text) return ref;
  const yearOnly = text.length <= 9 ? YEAR_ONLY.exec(text) : null;
  if (yearOnly) {
    ref.year = Number(yearOnly[1]);
    return ref;
  }
  const tail = text.length > 16 ? text.slice(-16) : text;
  const last = YEAR_AT_END.exec(tail);
  if (last) {
    ref.year = Number(last[1]);
    parseYearLast(ref, text.slice(0, text.length - tail.length + last.index));
    return ref;
  }
  const year = lastYearInParens(text);
  if (!year) {
    parseYearLast(ref, text);
    return ref;
  }
  ref.year = year.year;
  parseClassic(ref, text.slice(0, year.start), text.slice(skipCommas(text, year.end)));
  return ref;
}

/** The last "(YYYY)" or "(YYYYa)" in the text, found from the end without a regex scan. */
function lastYearInParens(text: string): { year: number; start: number; end: number } | undefined {
  for (let open = text.lastIndexOf('('); open !== -1; open = open > 0 ? text.lastIndexOf('(', open - 1) : -1) {
    if (!isDigit(text.charCodeAt(open + 1)) || !isDigit(text.charCodeAt(open + 4))) continue;
    const match = YEAR_AT.exec(text.slice(open, open + 7));
    if (match) return { year: Number(match[1]), start: open, end: open + match[0].length };
  }
  return undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Position after any commas and spaces from `from`. */
function skipCommas(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 44 || c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(i)) i++;
  return i;
}

/** Splits and parses a whole Scopus `References` cell. */
export function parseScopusReferences(cell: string | undefined): CitedReference[] {
  return splitScopusReferences(cell).map(parseScopusReference);
}
