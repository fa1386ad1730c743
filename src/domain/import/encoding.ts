import type { ParseIssue } from '../model';

export type DecodeResult =
  /** `pieces`: the text, BOM removed, in the order of the file; see {@link decodeExport}. */
  | { ok: true; pieces: string[]; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'; issues: ParseIssue[] }
  | { ok: false; issue: ParseIssue };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK.. (xlsx, docx, zip)
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls/.doc

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/**
 * Pieces of decoded UTF-8 (each ends at a line break): large ones of pure ASCII, big enough for V8
 * to store them apart from the young generation (over 128 kB), which its garbage collector then
 * never copies; small ones where the text has other characters.
 */
export const LARGE_PIECE_BYTES = 132 * 1024;
export const SMALL_PIECE_BYTES = 16 * 1024;

/**
 * Decodes an export file's bytes to text. Accepts UTF-8 (with or without BOM) and UTF-16 with a
 * BOM; recognises PDFs, spreadsheets and other binary files, and text in a legacy encoding, and
 * explains each in a message a librarian can act on. The BOM is removed from the text.
 *
 * The text comes in one piece, or, when `inPieces` says so on seeing its start (for formats read
 * line by line), in pieces that each end with a line break (LF): V8 stores a string with two
 * bytes per character as soon as one of its characters is beyond Latin-1 (one Greek letter or en
 * dash in a 50 MB export is enough), and every string cut from it then takes twice the memory and
 * is slower to read. Decoded in pieces, only the few pieces that hold such a character are (3% of
 * the text of a real 500-record WoS export), and decoding is faster. Pieces of pure ASCII are
 * large ({@link LARGE_PIECE_BYTES}); the rest is cut again into small ones ({@link SMALL_PIECE_BYTES}).
 * (Pieces joined again cost more than one decode: formats that need one string get one.)
 */
export function decodeExport(bytes: Uint8Array, file: string, inPieces?: (head: string) => boolean): DecodeResult {
  const fail = (code: string, message: string): DecodeResult => ({ ok: false, issue: { code, severity: 'error', file, message } });
  if (bytes.length === 0) return fail('empty-file', `"${file}" is empty (0 bytes). Export the records again and make sure the download finished.`);
  if (startsWith(bytes, PDF_MAGIC)) return fail('not-an-export', `"${file}" is a PDF document, not a database export. Export the records as plain text, tab-delimited or CSV instead.`);
  if (startsWith(bytes, ZIP_MAGIC)) return fail('not-an-export', `"${file}" is a compressed or Excel (.xlsx) file. Unzip it, or save the sheet as CSV (UTF-8), then add it again.`);
  if (startsWith(bytes, OLE_MAGIC)) return fail('not-an-export', `"${file}" is an old Excel (.xls) or Word file. Save it as CSV (UTF-8), then add it again.`);

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, pieces: [new TextDecoder('utf-16le').decode(bytes.subarray(2))], encoding: 'utf-16le', issues: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, pieces: [new TextDecoder('utf-16be').decode(bytes.subarray(2))], encoding: 'utf-16be', issues: [] };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;

  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  const probe = body.subarray(0, Math.min(body.length, 4096));
  let zeros = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) zeros++;
  if (probe.length >= 16 && zeros > probe.length / 4) {
    return fail('unsupported-encoding', `"${file}" looks like UTF-16 text without a byte-order mark, or a binary file. Re-export it as UTF-8 (in Web of Science choose "UTF-8"; in Excel "CSV UTF-8"), then add it again.`);
  }
  try {
    const encoding = hasBom ? 'utf-8-bom' : 'utf-8';
    if (inPieces && inPieces(new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, pieceEnd(body, 0, LARGE_PIECE_BYTES, body.length))))) {
      return { ok: true, pieces: decodeUtf8Pieces(body), encoding, issues: [] };
    }
    return { ok: true, pieces: [new TextDecoder('utf-8', { fatal: true }).decode(body)], encoding, issues: [] };
  } catch {
    const guess = guessLegacyEncoding(body);
    return fail('unsupported-encoding', `"${file}" is not UTF-8 text; it looks like ${guess}. Re-export it as UTF-8 (in Excel: "Save as CSV UTF-8"; in a text editor: "Save with encoding UTF-8"), then add it again.`);
  }
}

/** Where a piece starting at `start` ends: just after the first LF at least `size` bytes on, or at `limit`. */
function pieceEnd(bytes: Uint8Array, start: number, size: number, limit: number): number {
  const lf = start + size < limit ? bytes.indexOf(10, start + size) : -1;
  return lf < 0 || lf >= limit ? limit : lf + 1;
}

/**
 * UTF-8 bytes decoded piece by piece, each piece ending just after an LF byte (which is never part
 * of a multi-byte character, so each piece is valid UTF-8 exactly when the whole is). Throws on
 * invalid UTF-8.
 */
function decodeUtf8Pieces(bytes: Uint8Array): string[] {
  // A byte-order mark is dropped at the start of the text only, as a whole-text decode would.
  const first = new TextDecoder('utf-8', { fatal: true });
  const rest = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const decode = (start: number, end: number): string => (start === 0 ? first : rest).decode(bytes.subarray(start, end));
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = pieceEnd(bytes, start, LARGE_PIECE_BYTES, bytes.length);
    const piece = decode(start, end);
    // As many characters as bytes: pure ASCII.
    if (piece.length === end - start) pieces.push(piece);
    else for (let from = start; from < end; ) {
      const to = pieceEnd(bytes, from, SMALL_PIECE_BYTES, end);
      pieces.push(decode(from, to));
      from = to;
    }
    start = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

/** A rough, explainable guess of a legacy 8-bit or CJK encoding, used only in the error message. */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let high = 0;
  let gbPairs = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b >= 0x80) {
      high++;
      const next = sample[i + 1];
      if (b >= 0x81 && b <= 0xfe && next !== undefined && next >= 0x40 && next <= 0xfe && next !== 0x7f) {
        gbPairs++;
        i++;
      }
    }
  }
  if (high > 0 && gbPairs * 2 >= high * 0.9 && gbPairs > 4) return 'a Chinese encoding (GBK / GB18030)';
  return 'a Western legacy encoding (Windows-1252 / Latin-1)';
}

/** Splits text into lines on LF, CRLF or lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
