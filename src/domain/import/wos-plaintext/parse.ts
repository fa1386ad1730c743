/**
 * Web of Science plain text ("Full Record and Cited References"), FORMATS.md section 3:
 * `FN`/`VR` header, records from `PT` to `ER`, `EF` at the end, a two-character tag + space per
 * field, three-space continuation lines. Lines are scanned with indexOf (no split, no per-line
 * regex) because exports run to tens of megabytes.
 */
import type { Publication } from '../../model';
import { WosReferenceReader } from '../../references/parse-wos';
import { IssueCollector } from '../issues';
import type { ImportResult, ParseOptions } from '../types';
import { WOS_LINE_ITEM_TAGS, wosPublication, type WosFields } from '../wos-common';

const FORMAT = 'wos-plaintext';
const PROGRESS_EVERY = 1000;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isTagChar = (c: number): boolean => isUpper(c) || (c >= 48 && c <= 57);
const tagCode = (c0: number, c1: number): number => (c0 << 7) | c1;
/** The code of `CR`, cited references. */
const CR = tagCode(67, 82);

/** One string per tag, by code: the tags of every line are looked up, not cut out again. */
const TAG_CODES = 1 << 14;
const TAG_NAMES = new Array<string | undefined>(TAG_CODES);
/** 1 for the codes of WOS_LINE_ITEM_TAGS. */
const LINE_ITEM = new Uint8Array(TAG_CODES);
for (const tag of WOS_LINE_ITEM_TAGS) LINE_ITEM[tagCode(tag.charCodeAt(0), tag.charCodeAt(1))] = 1;

/**
 * The fields of the record being read, by tag code: one table for the whole file, its value lists
 * overwritten from record to record (a record's fields are read once, when it closes), so reading
 * a record builds no map and no list per field. The lists are never emptied (which would drop
 * their storage and have each record allocate it again): each tag's count of values in the current
 * record is kept aside and its list cut to that count only when read.
 */
class FieldTable implements WosFields {
  // Sized for every code up front: arrays grown by far-apart indices would turn into hash tables.
  private readonly lists = new Array<string[] | undefined>(TAG_CODES);
  /** `stamp[code] === record` when the tag is present in the current record. */
  private readonly stamp = new Int32Array(TAG_CODES);
  /** Values of each tag in the current record (valid when stamped). */
  private readonly counts = new Int32Array(TAG_CODES);
  private record = 0;

  /** Starts the next record. */
  reset(): void {
    this.record++;
  }

  /** Marks `code` present in this record; returns whether it already was (a repeated tag). */
  open(code: number): boolean {
    if (this.stamp[code] === this.record) return true;
    this.stamp[code] = this.record;
    this.counts[code] = 0;
    if (this.lists[code] === undefined) this.lists[code] = [];
    return false;
  }

  /** Values of `code` so far in this record (0 when it was opened empty). */
  count(code: number): number {
    return this.counts[code];
  }

  /** Adds a value to an opened tag. */
  append(code: number, value: string): void {
    const values = this.lists[code]!;
    values[this.counts[code]++] = value;
  }

  /** Joins a continuation line to the last value of an opened tag (that has one). */
  extendLast(code: number, value: string): void {
    const values = this.lists[code]!;
    const last = this.counts[code] - 1;
    values[last] = values[last] === '' ? value : `${values[last]} ${value}`;
  }

  get(tag: string): string[] | undefined {
    if (tag.length !== 2) return undefined;
    const code = tagCode(tag.charCodeAt(0), tag.charCodeAt(1));
    if (code >= TAG_CODES || this.stamp[code] !== this.record) return undefined;
    const values = this.lists[code]!;
    if (values.length !== this.counts[code]) values.length = this.counts[code];
    return values;
  }

  has(tag: string): boolean {
    return this.get(tag) !== undefined;
  }
}

interface OpenRecord {
  line: number;
  fields: FieldTable;
  /** Code of the tag the last line belonged to (continuations go there), -1 before the first. */
  current: number;
  currentTag: string;
  lineItem: boolean;
}

/** Reads a whole WoS plain-text export. Never throws on bad data; see {@link wosPlaintextImporter}. */
export function parseWosPlaintext(text: string, file: string, options: ParseOptions = {}): ImportResult {
  return parseWosPlaintextPieces([text], file, options);
}

/**
 * Reads a WoS plain-text export given in pieces, each but the last ending with a line break (as
 * `decodeExport` gives them): lines and records run on from one piece to the next.
 */
export function parseWosPlaintextPieces(pieces: readonly string[], file: string, options: ParseOptions = {}): ImportResult {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const issues = new IssueCollector(file);
  const publications: Publication[] = [];
  let rows = 0;
  let skipped = 0;
  let record: OpenRecord | undefined;
  let hasHeader = false;
  let endSeen = false;
  /** Where the current piece starts in the whole text, and the position in that piece. */
  let offset = 0;
  let pos = 0;
  let lineNo = 0;

  const fields = new FieldTable();
  /** The open record's cited references (`CR`), read as their lines are met. */
  const references = new WosReferenceReader();
  const open = (line: number): OpenRecord => {
    fields.reset();
    references.take();
    return { line, fields, current: -1, currentTag: '', lineItem: false };
  };

  const close = (rec: OpenRecord, how: 'er' | 'cut' | 'eof'): void => {
    rows++;
    const hasTitle = (rec.fields.get('TI') ?? []).some((t) => t.trim() !== '');
    if (how === 'eof') {
      issues.add(
        'truncated-record',
        'warning',
        hasTitle
          ? `The last record of "${file}" (from line ${rec.line}) stops without its "ER" end line: the file was probably cut off. It was kept because it has a title, but its later fields (cited references, times cited, accession number) may be missing. Export the records again to get them complete.`
          : `The last record of "${file}" (from line ${rec.line}) stops without its "ER" end line and has no title, so it was left out: the file was probably cut off. Export the records again.`,
        { line: rec.line },
      );
    } else if (how === 'cut') {
      issues.add('missing-er', 'warning', `The record starting on line ${rec.line} of "${file}" has no "ER" end line: it was read up to line ${lineNo}, where a new record or the end-of-file marker begins. Check it if its fields look mixed up.`, { line: rec.line });
    }
    const keep = hasTitle || (how === 'er' && (rec.fields.has('UT') || rec.fields.has('DI')));
    if (!keep) {
      skipped++;
      if (how !== 'eof') {
        issues.add('record-without-title', 'error', `The record starting on line ${rec.line} of "${file}" has no title, accession number (UT) or DOI, so it was left out. The export may be damaged; export the records again.`, { line: rec.line });
      }
      return;
    }
    publications.push(wosPublication(rec.fields, { file, format: FORMAT, line: rec.line }, references.take()));
    if (options.onProgress && publications.length % PROGRESS_EVERY === 0) options.onProgress({ phase: 'Reading records', done: offset + pos, total });
  };

  const junk = (lineNo: number, content: string) => {
    const shown = content.length > 60 ? `${content.slice(0, 60)}…` : content;
    issues.add('junk-line', 'warning', `Line ${lineNo} of "${file}" ("${shown}") is outside any record (records run from "PT" to "ER") and was ignored. If it is part of a record, the file was edited or damaged; export it again.`, { line: lineNo });
  };

  /** Reads one line, `body[pos, stop)` (its line break excluded). */
  const readLine = (body: string, pos: number, stop: number): void => {
    lineNo++;
    const length = stop - pos;
    const c0 = length > 0 ? body.charCodeAt(pos) : 0;

    if (length > 1 && isUpper(c0) && isTagChar(body.charCodeAt(pos + 1)) && (length === 2 || body.charCodeAt(pos + 2) === 32)) {
      const code = tagCode(c0, body.charCodeAt(pos + 1));
      const tag = (TAG_NAMES[code] ??= body.slice(pos, pos + 2));
      const value = length > 3 && code !== CR ? body.slice(pos + 3, stop) : '';
      if (tag === 'ER') {
        if (record) close(record, 'er');
        else junk(lineNo, 'ER');
        record = undefined;
      } else if (tag === 'PT' || tag === 'FN' || tag === 'VR' || tag === 'EF') {
        if (record) close(record, 'cut');
        record = undefined;
        if (tag === 'PT') {
          record = open(lineNo);
          fields.open(code);
          fields.append(code, value);
          endSeen = false;
        } else if (tag === 'EF') endSeen = true;
        else hasHeader = true;
      } else {
        if (!record) {
          issues.add('missing-pt', 'warning', `Line ${lineNo} of "${file}" starts a record without the "PT" line that should open it. The record was read anyway; check it.`, { line: lineNo });
          record = open(lineNo);
          endSeen = false;
        }
        if (fields.open(code)) {
          issues.add('repeated-tag', 'info', `The record starting on line ${record.line} of "${file}" has the ${tag} field twice (again on line ${lineNo}); both parts were kept.`, { line: lineNo, field: tag });
        }
        record.current = code;
        record.currentTag = tag;
        record.lineItem = LINE_ITEM[code] === 1;
        // Cited references are read where they stand (their text stays a span of the piece).
        if (code === CR) references.add(body, pos + 3, stop);
        else if (value !== '' || !record.lineItem) fields.append(code, value);
      }
    } else {
      let blank = true;
      for (let i = pos; i < stop; i++) {
        const c = body.charCodeAt(i);
        if (c !== 32 && c !== 9) {
          blank = false;
          break;
        }
      }
      if (!blank) {
        const isContinuation = c0 === 32;
        const from = isContinuation && body.startsWith('   ', pos) ? pos + 3 : pos;
        if (record && record.current >= 0) {
          if (!isContinuation) {
            issues.add('odd-line', 'warning', `Line ${lineNo} of "${file}" inside a record does not start with a field tag or three spaces; it was read as more of the ${record.currentTag} field. The file may have been edited by hand.`, { line: lineNo });
          }
          if (record.current === CR) references.add(body, from, stop);
          else {
            const value = body.slice(from, stop).trim();
            if (record.lineItem || fields.count(record.current) === 0) fields.append(record.current, value);
            else fields.extendLast(record.current, value);
          }
        } else {
          junk(lineNo, body.slice(pos, stop).trim());
        }
      }
    }
  };

  // CR-only files (re-saved on an old Mac) have no LF at all.
  const sep = pieces.some((piece) => piece.indexOf('\n') >= 0) ? '\n' : '\r';
  for (let p = 0; p < pieces.length; p++) {
    const body = p === 0 && pieces[0].charCodeAt(0) === 0xfeff ? pieces[0].slice(1) : pieces[p];
    const last = p === pieces.length - 1;
    // Each piece ends with its last line's break: the line after it starts the next piece.
    for (pos = 0; pos < body.length || (last && pos === body.length); ) {
      let end = body.indexOf(sep, pos);
      if (end === -1) end = body.length;
      let stop = end;
      if (sep === '\n' && stop > pos && body.charCodeAt(stop - 1) === 13) stop--;
      readLine(body, pos, stop);
      if (end >= body.length) break;
      pos = end + 1;
    }
    offset += body.length;
  }
  if (record) close(record, 'eof');
  if (!endSeen && (rows > 0 || hasHeader)) {
    issues.add('missing-ef', 'warning', `"${file}" does not end with the "EF" line that closes every Web of Science export, so the download may have been cut short. ${publications.length} records were read: compare this with the number Web of Science said it exported, and export again if they differ.`);
  }
  return { format: FORMAT, publications, patents: [], issues: issues.list(), stats: { rows, records: publications.length, skipped } };
}
