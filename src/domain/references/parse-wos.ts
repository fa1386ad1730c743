/**
 * Web of Science cited references (`CR`), one string per reference:
 * `AUTHOR, YEAR, SOURCE, Vvol, Ppage, DOI doi`, e.g.
 * `Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007`.
 *
 * Every part is optional in practice (see FORMATS.md sections 3 and 16): `[Anonymous]` authors,
 * missing author or year, sources cut to 20 characters or containing commas (conference names),
 * `pS98` / `pE185` pages, `ARTN`/`UNSP` article numbers, `DOI [a, b]` lists and doubled
 * `DOI DOI` prefixes. The parser is total: any string gives a `CitedReference` with at least `raw`.
 */
import type { CitedReference } from '../model';
import { foldAscii, normalizeDoi } from '../util/text';

const YEAR = /^(1\d{3}|20\d{2})$/;
/** `V11`, `V10008`, `V2-3`, `VS1`, and roman numerals `VIII`: one token, no spaces. */
const VOLUME = /^V(?:[A-Za-z]?\d\S*|[IVXLC]{1,6})$/;
/** `P959`, `pS98`, `pE185`, `P1-10`: one token, a digit right after the optional letter. */
const PAGE = /^[Pp]([A-Za-z]?\d\S*)$/;
/** Article numbers written by older exports: `ARTN e123`, `UNSP 123`. */
const ARTICLE_NUMBER = /^(?:ARTN|UNSP)\s+(\S+)$/;
/** Initials token of a WoS author: `JA`, `J.A.`, `J-P`, `H.` (upper-case letters, dots, hyphens). */
const INITIALS = /^(?:\p{Lu}[.-]?){1,5}\.?$/u;
/** Lower-case name particles that belong to the surname ("van Eck", "Di Gravio", "Costa de Beauregard"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'al', 'el', 'bin', 'ben', 'mac', 'st', 'lo', 'af']);
const DOI_MARK = /(?:^|,\s*)DOI\s/i;
const ASCII = /^[\x20-\x7e]*$/;
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
  const items = body.startsWith('[') ? body.replace(/^\[|\]$/g, '').split(',') : [body];
  const dois: string[] = [];
  for (const item of items) {
    // A DOI never contains spaces; WoS sometimes breaks one ("10.1016/j.ecoli nd.2020.1") .
    const compact = item.trim().replace(/^(?:DOI\s+)+/i, '').replace(/\s+/g, '');
    const doi = normalizeDoi(compact);
    if (doi && !dois.includes(doi)) dois.push(doi);
  }
  return dois;
}

interface Field {
  text: string;
  start: number;
  end: number;
}

/** Comma-separated fields, trimmed, with their span in `text` so a source keeps its own commas as written. */
function splitFields(text: string): Field[] {
  const fields: Field[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf(',', start);
    if (end === -1) end = text.length;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    if (b > a) fields.push({ text: text.slice(a, b), start: a, end: b });
    start = end + 1;
  }
  return fields;
}

const isStructured = (field: string): boolean => VOLUME.test(field) || PAGE.test(field) || ARTICLE_NUMBER.test(field);

/**
 * Parses one WoS cited reference into author, surname key, year, source (J9-style abbreviation
 * or a full title as written), volume, first page (or article number) and DOIs (normalised,
 * lower-case). Never throws: unreadable parts are simply left out and `raw` is always kept.
 */
export function parseWosReference(raw: string): CitedReference {
  const ref: CitedReference = { raw, dois: [] };
  let text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return ref;

  const doiMark = DOI_MARK.exec(text);
  if (doiMark) {
    ref.dois = doisOf(text.slice(doiMark.index + doiMark[0].length));
    text = text.slice(0, doiMark.index);
  }

  const fields = splitFields(text);
  let i = 0;
  // Author: absent when the reference starts with the year (or a volume/page token).
  if (fields.length > 0 && !YEAR.test(fields[0].text) && !isStructured(fields[0].text)) {
    const author = fields[0].text;
    // Placeholders such as "[No title captured]" or "**DATA OBJECT**" alone are not authors.
    const isPlaceholder = fields.length === 1 && !/^\[anonymous\]$/i.test(author) && /^[[*]/.test(author);
    if (!isPlaceholder) {
      ref.author = author;
      const key = wosSurnameKey(author);
      if (key) ref.authorKey = key;
    }
    i = 1;
  }
  if (i < fields.length && YEAR.test(fields[i].text)) {
    ref.year = Number(fields[i].text);
    i++;
  }
  // Source: every field up to the first volume / page / article-number token (conference names contain commas).
  const source: Field[] = [];
  while (i < fields.length && !isStructured(fields[i].text)) source.push(fields[i++]);
  if (source.length > 0) ref.source = text.slice(source[0].start, source[source.length - 1].end);
  for (; i < fields.length; i++) {
    const field = fields[i].text;
    if (ref.volume === undefined && VOLUME.test(field)) ref.volume = field.slice(1);
    else if (ref.page === undefined) {
      const page = PAGE.exec(field) ?? ARTICLE_NUMBER.exec(field);
      if (page) ref.page = page[1];
    }
  }
  return ref;
}
