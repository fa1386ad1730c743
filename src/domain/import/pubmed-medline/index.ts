/**
 * PubMed MEDLINE text ("PubMed" format, .nbib / .txt): four-character tags padded with spaces and
 * followed by "- ", continuation lines indented by six spaces, records separated by a blank line
 * and starting at "PMID- ". See FORMATS.md section 8. PubMed carries no cited references.
 */
import type { Publication } from '../../model';
import { squash } from '../../util/text';
import { IssueCollector } from '../issues';
import type { ImportResult, Importer, ParseOptions } from '../types';
import { PUBMED_FORMAT, RecordBuilder } from './record';

const TAG = /^[A-Z][A-Z0-9]{1,3} *$/;
const PROGRESS_EVERY = 2000;

/**
 * Parses a whole MEDLINE text into publications. Reads line by line without regular expressions
 * on the hot path; never throws on bad data: unreadable lines and empty records become issues.
 */
export function parsePubmed(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const issues = new IssueCollector(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const length = body.length;
  // CR-only files (re-saved on an old Mac) have no LF at all.
  const newline = body.indexOf('\n') >= 0 ? '\n' : '\r';
  const publications: Publication[] = [];
  let rows = 0;
  let skipped = 0;
  let builder: RecordBuilder | null = null;
  let tag = '';
  let value = '';
  let multiLine = false;
  let position = 0;
  let lineNumber = 0;

  const flushField = (): void => {
    if (builder && tag) builder.field(tag, multiLine ? squash(value) : value.trim());
    tag = '';
    value = '';
    multiLine = false;
  };
  const closeRecord = (): void => {
    flushField();
    if (!builder) return;
    const record = builder;
    builder = null;
    rows++;
    if (record.isEmpty) {
      skipped++;
      issues.add('empty-record', 'error', `Line ${record.line}: the record with PMID ${record.publication.ids.pmid ?? '(none)'} has no fields after its "PMID-" line, so it was skipped. The export may have been cut off; export it again from PubMed.`, { line: record.line });
      return;
    }
    const publication = record.finish();
    if (!publication.title) {
      issues.add('missing-title', 'warning', `Line ${record.line}: the record with PMID ${publication.ids.pmid ?? '(none)'} has no title (no "TI" or "BTI" line). It was kept, but it cannot be matched with the same paper from another database by title.`, { line: record.line, field: 'TI' });
    }
    publications.push(publication);
    if (options.onProgress && publications.length % PROGRESS_EVERY === 0) {
      options.onProgress({ phase: 'Reading PubMed records', done: position, total: length });
    }
  };

  while (position < length) {
    let end = body.indexOf(newline, position);
    if (end < 0) end = length;
    let lineEnd = end;
    if (newline === '\n' && lineEnd > position && body.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    lineNumber++;
    const first = body.charCodeAt(position);
    if (lineEnd === position) {
      closeRecord();
    } else if (first === 32 || first === 9) {
      const continuation = body.slice(position, lineEnd).trim();
      if (!continuation) closeRecord();
      else if (tag) {
        value += ' ' + continuation;
        multiLine = true;
      } else {
        issues.add('unrecognised-line', 'warning', `Line ${lineNumber}: an indented line was found outside any field, so it was ignored. MEDLINE continuation lines must follow a tagged line such as "AB  - ". The file may have been edited or cut at its start.`, { line: lineNumber });
      }
    } else if (lineEnd - position >= 5 && body.charCodeAt(position + 4) === 45 && (lineEnd - position === 5 || body.charCodeAt(position + 5) === 32) && TAG.test(body.slice(position, position + 4))) {
      flushField();
      const nextTag = body.slice(position, position + 4).trimEnd();
      if (nextTag === 'PMID') {
        closeRecord();
        builder = new RecordBuilder(file, lineNumber);
      } else if (!builder) {
        builder = new RecordBuilder(file, lineNumber);
        issues.add('record-without-pmid', 'warning', `Line ${lineNumber}: a record starts with "${nextTag}" instead of "PMID-". It was read, but without its PubMed ID it cannot be linked back to PubMed. Check that the file was not edited or cut.`, { line: lineNumber });
      }
      tag = nextTag;
      value = body.slice(position + 6, lineEnd);
    } else {
      flushField();
      const preview = body.slice(position, Math.min(lineEnd, position + 40));
      issues.add('unrecognised-line', 'warning', `Line ${lineNumber}: "${preview}" is not a MEDLINE line (expected a tag such as "TI  - " or a line indented by six spaces), so it was ignored. Export the records from PubMed again with "Save > Format: PubMed".`, { line: lineNumber });
    }
    position = end + 1;
  }
  closeRecord();

  if (rows === 0) {
    issues.add('no-pubmed-records', 'error', `"${file}" contains no PubMed record: no line starts with "PMID- ". In PubMed, choose "Save", then "Format: PubMed", and add the downloaded .txt file.`);
  } else if (publications.length > 0) {
    issues.add('no-cited-references', 'info', `"${file}" is a PubMed export, which never contains cited references. Co-authorship, affiliation and co-word (MeSH and author keyword) maps work; co-citation and bibliographic coupling need Web of Science, Scopus, Lens or OpenAlex data for the same papers.`);
  }
  return { format: PUBMED_FORMAT, publications, patents: [], issues: issues.list(), stats: { rows, records: publications.length, skipped } };
}

/** PubMed MEDLINE importer: detected when the first non-blank line starts with "PMID- ". */
export const pubmedImporter: Importer = {
  format: PUBMED_FORMAT,
  priority: 80,
  detect: (head) => /^\s*PMID- /.test(head),
  parse: parsePubmed,
};
