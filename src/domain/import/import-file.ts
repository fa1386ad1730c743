import type { FormatId, ParseIssue } from '../model';
import { decodeExport } from './encoding';
import { DETECT_HEAD_CHARS, detectImporter } from './registry';
import type { ImportResult, ParseOptions } from './types';

/** The outcome of reading one file: either an import result or a rejection that changes nothing. */
export type FileImport =
  | { ok: true; file: string; bytes: number; encoding: string; result: ImportResult }
  | { ok: false; file: string; bytes: number; format?: FormatId; issues: ParseIssue[] };

const reject = (file: string, bytes: number, code: string, message: string, format?: FormatId): FileImport => ({
  ok: false,
  file,
  bytes,
  format,
  issues: [{ code, severity: 'error', file, message }],
});

/**
 * Reads one export file from its bytes: decodes it, detects its format from its content (never
 * its name), parses it, and turns anything that is not a usable export into one clear rejection.
 * A rejected file adds nothing to the dataset.
 */
export function importFile(bytes: Uint8Array, file: string, options: ParseOptions = {}): FileImport {
  // Formats read line by line get the text in pieces (see decodeExport).
  const decoded = decodeExport(bytes, file, (head) => detectImporter(head)?.parsePieces !== undefined);
  if (!decoded.ok) return { ok: false, file, bytes: bytes.length, issues: [decoded.issue] };
  return importPieces(decoded.pieces, file, bytes.length, decoded.encoding, options);
}

/** As {@link importFile}, for text that is already decoded (tests, the CLI on strings). */
export function importText(text: string, file: string, bytes = text.length, encoding = 'utf-8', options: ParseOptions = {}): FileImport {
  return importPieces([text], file, bytes, encoding, options);
}

/** The start of the text given in pieces, at least `length` characters when the text has them. */
function headOf(pieces: readonly string[], length: number): string {
  let head = '';
  for (let i = 0; i < pieces.length && head.length < length; i++) head += pieces[i];
  return head;
}

/** Imports decoded text, given in pieces that each end with a line break (or in one piece). */
function importPieces(pieces: string[], file: string, bytes: number, encoding: string, options: ParseOptions): FileImport {
  if (pieces.length > 0 && pieces[0].charCodeAt(0) === 0xfeff) pieces = [pieces[0].slice(1), ...pieces.slice(1)];
  if (!pieces.some((piece) => /\S/.test(piece))) return reject(file, bytes, 'empty-file', `"${file}" contains no text. Export the records again and make sure the download finished.`);
  const start = headOf(pieces, DETECT_HEAD_CHARS);
  const head = start.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head)) {
    return reject(file, bytes, 'html-page', `"${file}" is a web page (HTML), not an export: the database probably showed an error or a login page instead of the file. Open the database again, run the export, and save the file it downloads.`);
  }
  const importer = detectImporter(start);
  if (!importer) {
    const firstLine = start.split(/\r\n|\n|\r/, 1)[0].slice(0, 80);
    return reject(file, bytes, 'unknown-format', `"${file}" is not an export format Meridian knows. Its first line is "${firstLine}". Supported: Web of Science (plain text or tab-delimited), Scopus CSV, Lens.org scholarly or patent CSV, Dimensions CSV, PubMed (MEDLINE text), OpenAlex CSV and Google Patents CSV.`);
  }
  let result: ImportResult;
  try {
    result = importer.parsePieces ? importer.parsePieces(pieces, file, options) : importer.parse(pieces.length === 1 ? pieces[0] : pieces.join(''), file, options);
  } catch (error) {
    // A thrown error is a bug in Meridian, not bad data: say so, and keep the workspace intact.
    const detail = error instanceof Error ? error.message : String(error);
    return reject(file, bytes, 'internal-error', `Meridian failed while reading "${file}" as ${importer.format} (${detail}). Nothing from this file was added. Please report this with the file.`, importer.format);
  }
  if (result.publications.length + result.patents.length === 0) {
    return { ok: false, file, bytes, format: importer.format, issues: [...result.issues, { code: 'no-records', severity: 'error', file, message: `"${file}" looks like ${importer.format} but no record could be read from it. The export may be truncated or empty; export it again.` }] };
  }
  return { ok: true, file, bytes, encoding, result };
}
