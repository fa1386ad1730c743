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
const NAME_WORD = `(?:\\p{Lu}[\\p{L}'’-]*|${PARTICLE})`;
/** "Aria M.", "Van Eck N.J.", "Moreira A P", "Kosolapov V. M.", "Miron J.-P.", "Kruglyakov Yu A". */
const NAME_WITH_INITIALS = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}?)\\s+(\\p{Lu}\\p{Ll}?\\.?(?:[\\s-]*\\p{Lu}\\.?)*)$`, 'u');
/** A surname standing alone, followed by a token of initials ("Aksha", "S.K."). */
const SURNAME_ONLY = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}$`, 'u');
const INITIALS_ONLY = /^\p{Lu}\.(?:\s?-?\s?\p{Lu}\.)*$/u;
const ET_AL = /^et\.?\s+al\.?$/i;
const TRAILING_ET_AL = /\s+et\.?\s+al\.?$/i;
const ANONYMOUS = /^\[?anon(?:ymous)?\.?\]?\.?$/i;
const YEAR_IN_PARENS = /\((1[5-9]\d\d|20\d\d)[a-z]?\)/g;
const YEAR_AT_END = /,\s*\((1[5-9]\d\d|20\d\d)[a-z]?\)[\s.]*$/;
const YEAR_ONLY = /^\((1[5-9]\d\d|20\d\d)[a-z]?\)[\s.]*$/;
const PAGES = /^(?:pp?\.|art\.?\s*no\.?|article\s+number:?)\s*([^\s\-–,]+)/i;
const VOLUME_ISSUE = /^([^\s()]{1,12})\s*\(([^()]{1,20})\)$/;
const NUMBERISH = /^[A-Za-z]{0,2}\d[\dA-Za-z/-]{0,9}$/;
const DOI_TOKEN = /^(?:doi:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{3,9}\//i;
/** Longest token tested against the name patterns: keeps the regexes linear on huge garbage cells. */
const MAX_NAME_LENGTH = 80;

/**
 * Upper-case ASCII key of a surname for matching references across databases: diacritics folded,
 * spaces, hyphens and punctuation removed ("Van Eck" -> "VANECK", "Osei-Kyei" -> "OSEIKYEI",
 * "Béné" -> "BENE"). Returns undefined when nothing is left. Agrees with the key the WoS parser
 * builds from "van Eck NJ".
 */
export function referenceAuthorKey(surname: string): string | undefined {
  const key = foldAscii(surname).toUpperCase().replace(/[^A-Z]/g, '');
  return key || undefined;
}

const isBareName = (segment: string): boolean => segment.length <= MAX_NAME_LENGTH && !segment.includes(',') && NAME_WITH_INITIALS.test(segment);

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

/** Splits on ", " outside parentheses (so "(Methods, Approaches)" stays whole). */
function splitTopLevel(text: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 44 && depth === 0) {
      tokens.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  tokens.push(text.slice(start).trim());
  // Unbalanced parentheses (truncated or garbled text): fall back to a plain split.
  return depth === 0 ? tokens : text.split(',').map((t) => t.trim());
}

interface Authors {
  first?: { written: string; surname: string; anonymous: boolean };
  consumed: number;
}

/** Reads the author tokens at the start of a reference; stops at the first token that is not a name. */
function readAuthors(tokens: string[]): Authors {
  const result: Authors = { consumed: 0 };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i].replace(TRAILING_ET_AL, '');
    if (token.length > MAX_NAME_LENGTH) break;
    if (ET_AL.test(token)) {
      i++;
      continue;
    }
    if (i === 0 && ANONYMOUS.test(token)) {
      result.first = { written: token, surname: 'Anonymous', anonymous: true };
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined && INITIALS_ONLY.test(next) && SURNAME_ONLY.test(token)) {
      result.first ??= { written: `${token}, ${next}`, surname: token, anonymous: false };
      i += 2;
      continue;
    }
    const match = NAME_WITH_INITIALS.exec(token);
    if (!match) break;
    result.first ??= { written: token, surname: match[1], anonymous: false };
    i++;
  }
  result.consumed = i;
  return result;
}

/** First page of "pp. 959-975" / "p. 1985" / "art. no. 12", or undefined. */
const pageOf = (token: string): string | undefined => PAGES.exec(token)?.[1];

/** Reads "11 (4)", "19", "pp. 1-9" tokens after a source; returns what it found. */
function readNumbers(tokens: string[], ref: CitedReference): void {
  for (const token of tokens) {
    const page = pageOf(token);
    if (page !== undefined) {
      ref.page ??= page;
      continue;
    }
    if (ref.volume !== undefined) continue;
    const vi = VOLUME_ISSUE.exec(token);
    if (vi) {
      ref.volume = vi[1];
      ref.issue = vi[2].trim();
    } else if (NUMBERISH.test(token)) {
      ref.volume = token;
    }
  }
}

const isNumberToken = (token: string): boolean => pageOf(token) !== undefined || VOLUME_ISSUE.test(token) || NUMBERISH.test(token);

/** Classic layout: the year in parentheses sits between the title and the source. */
function parseClassic(ref: CitedReference, before: string, after: string): void {
  const head = splitTopLevel(before.replace(/[,\s]+$/, '')).filter(Boolean);
  const authors = readAuthors(head);
  setAuthor(ref, authors);
  const title = head.slice(authors.consumed).join(', ');
  if (title) ref.title = title;
  const tail = after ? splitTopLevel(after) : [];
  const source: string[] = [];
  let i = 0;
  for (; i < tail.length; i++) {
    const token = tail[i];
    if (token === '' || isNumberToken(token) || DOI_TOKEN.test(token)) break;
    source.push(token);
  }
  if (source.length > 0) ref.source = source.join(', ');
  // A book: ", , Publisher, City" follows the title; only numbers right after the source count.
  const numbers: string[] = [];
  for (; i < tail.length && tail[i] !== ''; i++) numbers.push(tail[i]);
  readNumbers(numbers, ref);
}

/** 2023-24 and 2025 layouts (year last, or no year at all): authors, title, source, vol, issue, pages. */
function parseYearLast(ref: CitedReference, body: string): void {
  let text = body;
  const firstComma = text.indexOf(', ');
  const authorZone = firstComma === -1 ? text : text.slice(0, firstComma);
  // 2025: "Smith J.; Doe A.; Roe B., Title" -> authors joined by ", " like the 2023-24 layout.
  if (authorZone.includes(';')) text = authorZone.replace(/;\s*/g, ', ') + text.slice(authorZone.length);
  const tokens = splitTopLevel(text).filter((t) => t !== '' && !DOI_TOKEN.test(t));
  const authors = readAuthors(tokens);
  setAuthor(ref, authors);
  const rest = tokens.slice(authors.consumed);
  let end = rest.length;
  while (end > 0 && pageOf(rest[end - 1]) !== undefined) {
    ref.page = pageOf(rest[end - 1]);
    end--;
  }
  const numbers: string[] = [];
  while (end > 0 && numbers.length < 2 && NUMBERISH.test(rest[end - 1]) && end - 1 > 0) numbers.unshift(rest[--end]);
  if (numbers.length > 0) ref.volume = numbers[0];
  if (numbers.length > 1) ref.issue = numbers[1];
  const middle = rest.slice(0, end);
  if (middle.length === 1) ref.title = middle[0];
  else if (middle.length > 1) {
    ref.title = middle.slice(0, -1).join(', ');
    ref.source = middle[middle.length - 1];
  }
}

function setAuthor(ref: CitedReference, authors: Authors): void {
  const first = authors.first;
  if (!first) return;
  ref.author = first.anonymous ? 'Anonymous' : first.written;
  ref.authorKey = first.anonymous ? 'ANONYMOUS' : referenceAuthorKey(first.surname);
}

/**
 * Parses one Scopus cited reference (any of the three layouts) into first author (as written),
 * its surname key, year, title, full source title, volume, issue, first page and DOIs. Parts that
 * cannot be recognised are left undefined; `raw` always keeps the input. Never throws.
 */
export function parseScopusReference(raw: string): CitedReference {
  const text = raw.trim().replace(/;$/, '').trim();
  const ref: CitedReference = { raw: text, dois: extractDois(text) };
  if (!text) return ref;
  const yearOnly = YEAR_ONLY.exec(text);
  if (yearOnly) {
    ref.year = Number(yearOnly[1]);
    return ref;
  }
  const last = YEAR_AT_END.exec(text);
  if (last) {
    ref.year = Number(last[1]);
    parseYearLast(ref, text.slice(0, last.index));
    return ref;
  }
  let year: RegExpExecArray | undefined;
  YEAR_IN_PARENS.lastIndex = 0;
  for (let m = YEAR_IN_PARENS.exec(text); m; m = YEAR_IN_PARENS.exec(text)) year = m;
  if (!year) {
    parseYearLast(ref, text);
    return ref;
  }
  ref.year = Number(year[1]);
  parseClassic(ref, text.slice(0, year.index), text.slice(year.index + year[0].length).replace(/^[,\s]+/, ''));
  return ref;
}

/** Splits and parses a whole Scopus `References` cell. */
export function parseScopusReferences(cell: string | undefined): CitedReference[] {
  return splitScopusReferences(cell).map(parseScopusReference);
}
