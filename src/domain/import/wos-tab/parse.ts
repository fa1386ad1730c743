/**
 * Web of Science tab-delimited export, FORMATS.md section 4: a header row of two-letter tags,
 * one record per line, cells separated by tabs and never quoted, multi-values joined with `; `.
 * Cells are split on tabs directly rather than with a CSV reader: WoS does not quote, so a title
 * that starts with a double quote must not open a quoted cell.
 */
import type { Publication } from '../../model';
import { IssueCollector } from '../issues';
import type { ImportResult, ParseOptions } from '../types';
import { splitAddresses, WOS_LINE_ITEM_TAGS, wosPublication } from '../wos-common';

const FORMAT = 'wos-tab';
const PROGRESS_EVERY = 2000;
const TAG = /^[A-Z][A-Z0-9]$/;

/** Header cells without BOM and surrounding spaces; trailing empty cells (a trailing tab) dropped. */
export function wosTabHeader(line: string): string[] {
  const cells = line.replace(/^\uFEFF/, '').split('\t').map((c) => c.trim().replace(/^"(.*)"$/, '$1').toUpperCase());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** True when a header row is a WoS tag row: starts with `PT`, only two-letter tags, and has `UT` or `TI`. */
export function isWosTabHeader(cells: readonly string[]): boolean {
  return cells.length >= 3 && cells[0] === 'PT' && cells.every((c) => TAG.test(c)) && (cells.includes('UT') || cells.includes('TI'));
}

const splitItems = (tag: string, value: string): string[] =>
  tag === 'C1' ? splitAddresses(value) : value.split('; ').map((v) => v.trim()).filter((v) => v !== '');

/** Reads a whole WoS tab-delimited export. Never throws on bad data; see {@link wosTabImporter}. */
export function parseWosTab(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues = new IssueCollector(file);
  const publications: Publication[] = [];
  let rows = 0;
  let skipped = 0;
  let header: string[] | undefined;
  let lineItem: boolean[] = [];
  let hasCrColumn = false;
  let crFilled = false;

  const sep = body.indexOf('\n') >= 0 ? '\n' : '\r';
  let pos = 0;
  let lineNo = 0;
  while (pos <= body.length) {
    let end = body.indexOf(sep, pos);
    if (end === -1) end = body.length;
    let stop = end;
    if (sep === '\n' && stop > pos && body.charCodeAt(stop - 1) === 13) stop--;
    lineNo++;
    const line = body.slice(pos, stop);
    if (line.trim() !== '') {
      if (!header) {
        header = wosTabHeader(line);
        if (!isWosTabHeader(header)) {
          issues.add('bad-header', 'error', `The first line of "${file}" should be the Web of Science tag row ("PT", "AU", "TI" ... "UT" separated by tabs) but is "${line.slice(0, 60)}". Nothing was read. Export the records again as "Tab-delimited file".`, { line: lineNo });
          return finish();
        }
        lineItem = header.map((tag) => WOS_LINE_ITEM_TAGS.has(tag));
        hasCrColumn = header.includes('CR');
      } else {
        readRow(line, lineNo, header);
      }
    }
    if (end >= body.length) break;
    pos = end + 1;
  }
  if (!header) return finish();
  if (publications.length > 0 && !crFilled) {
    issues.add(
      'no-cited-references',
      'warning',
      hasCrColumn
        ? `"${file}" was exported without cited references (its CR column is empty in every row): co-citation and bibliographic coupling analyses will not be available. To get them, export again choosing "Full Record and Cited References".`
        : `"${file}" has no CR (cited references) column: co-citation and bibliographic coupling analyses will not be available. To get them, export again choosing "Full Record and Cited References".`,
      { field: 'CR' },
    );
  }
  return finish();

  function readRow(line: string, lineNo: number, tags: string[]): void {
    rows++;
    const cells = line.split('\t');
    if (cells.length > tags.length) {
      const extra = cells.slice(tags.length).filter((c) => c.trim() !== '');
      if (extra.length > 0) {
        issues.add('extra-fields', 'warning', `Line ${lineNo} of "${file}" has ${cells.length} tab-separated values but the header names only ${tags.length} fields; the extra values (starting "${extra[0].slice(0, 40)}") were ignored. A value probably contains a tab; check this record.`, { line: lineNo });
      }
    } else if (cells.length < tags.length) {
      issues.add('missing-fields', 'warning', `Line ${lineNo} of "${file}" has ${cells.length} tab-separated values but the header names ${tags.length} fields; the missing ones were left empty. The line may have been cut or edited; check this record.`, { line: lineNo });
    }
    const fields = new Map<string, string[]>();
    const count = Math.min(cells.length, tags.length);
    for (let i = 0; i < count; i++) {
      const value = cells[i].trim();
      if (value === '') continue;
      const tag = tags[i];
      const values = lineItem[i] ? splitItems(tag, value) : [value];
      const existing = fields.get(tag);
      if (existing) existing.push(...values);
      else fields.set(tag, values);
    }
    if (!fields.has('TI') && !fields.has('UT') && !fields.has('DI')) {
      skipped++;
      issues.add('row-without-title', 'error', `Line ${lineNo} of "${file}" has no title, accession number (UT) or DOI, so it was left out. It may be a piece of the previous record broken by a line break; check the file or export it again.`, { line: lineNo });
      return;
    }
    if (fields.has('CR')) crFilled = true;
    publications.push(wosPublication(fields, { file, format: FORMAT, line: lineNo }));
    if (options.onProgress && publications.length % PROGRESS_EVERY === 0) options.onProgress({ phase: 'Reading records', done: pos, total: body.length });
  }

  function finish(): ImportResult {
    return { format: FORMAT, publications, patents: [], issues: issues.list(), stats: { rows, records: publications.length, skipped } };
  }
}
