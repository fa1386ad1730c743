import Papa from 'papaparse';

/** One data row of a delimited file with the 1-based line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

export interface CsvTable {
  /** Header cells, trimmed, BOM and surrounding quotes removed (original case kept). */
  header: string[];
  /** 1-based line of the header. */
  headerLine: number;
  rows: CsvRow[];
  /** Malformed quoting reported by the CSV reader (1-based lines). */
  quoteErrors: { line: number; message: string }[];
  /** Line terminator found: used to report CR-only files re-saved by Excel for Mac. */
  newline: '\n' | '\r\n' | '\r';
}

export interface ReadCsvOptions {
  delimiter?: ',' | '\t' | ';';
  /** Number of lines before the header to skip (a preamble such as Google Patents' "search URL:"). */
  skipLines?: number;
  /** Called every ~2,000 rows with the characters read so far. */
  onRow?: (charsRead: number) => void;
}

const detectNewline = (text: string): '\n' | '\r\n' | '\r' => {
  const lf = text.indexOf('\n');
  if (lf === -1) return text.includes('\r') ? '\r' : '\n';
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
};

/**
 * Reads a whole delimited text with papaparse, keeping the starting line number of every row
 * (rows may span several lines when quoted cells contain line breaks). Empty lines are skipped.
 * Never throws on malformed input: quoting problems are returned in `quoteErrors`.
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): CsvTable {
  const newline = detectNewline(text);
  const nlChar = newline === '\r' ? '\r' : '\n';
  let offset = 0;
  let line = 1;
  for (let skipped = 0; skipped < (options.skipLines ?? 0); skipped++) {
    const next = text.indexOf(nlChar, offset);
    if (next === -1) {
      offset = text.length;
      break;
    }
    offset = next + 1;
    line++;
  }
  const body = offset > 0 ? text.slice(offset) : text;
  const firstLine = line;

  const rows: CsvRow[] = [];
  const quoteErrors: CsvTable['quoteErrors'] = [];
  // Lines are counted incrementally from the row cursors papaparse reports.
  let counted = 0;
  let linesBefore = 0;
  let rowStart = 0;
  const lineAt = (pos: number): number => {
    let i = counted;
    while (i < pos) {
      const next = body.indexOf(nlChar, i);
      if (next === -1 || next >= pos) break;
      linesBefore++;
      i = next + 1;
    }
    counted = Math.max(counted, i);
    return firstLine + linesBefore;
  };

  let header: string[] | undefined;
  let headerLine = firstLine;
  let sinceReport = 0;
  Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? ',',
    newline,
    skipEmptyLines: false,
    step(result) {
      const cursor = result.meta.cursor;
      // Skip the row separator(s) so the row starts on its own first line.
      let start = rowStart;
      while (start < body.length && (body[start] === '\n' || body[start] === '\r')) start++;
      const startLine = lineAt(start);
      rowStart = cursor;
      const cells = result.data;
      for (const error of result.errors) {
        if (error.type === 'Quotes') quoteErrors.push({ line: startLine, message: error.message });
      }
      if (cells.length === 1 && cells[0] === '') return;
      if (!header) {
        header = cells.map(cleanHeaderCell);
        headerLine = startLine;
        return;
      }
      rows.push({ cells, line: startLine });
      if (options.onRow && ++sinceReport >= 2000) {
        sinceReport = 0;
        options.onRow(offset + cursor);
      }
    },
  });
  return { header: header ?? [], headerLine, rows, quoteErrors, newline };
}

/** Trims a header cell and removes a BOM and surrounding quotes. */
export function cleanHeaderCell(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().replace(/^"(.*)"$/, '$1').trim();
}

/** Case-folded header key for matching columns by name. */
export const headerKey = (name: string): string => cleanHeaderCell(name).toLowerCase();

/**
 * Builds a column lookup by case-folded header name. `get(row, 'Title')` returns the trimmed cell
 * or '' when the column or cell is absent.
 */
export function columnIndex(header: string[]): { has(name: string): boolean; index(name: string): number; get(cells: string[], name: string): string } {
  const map = new Map<string, number>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    if (!map.has(key)) map.set(key, i);
  });
  // Callers pass the same literal names row after row: resolve each name once.
  const resolved = new Map<string, number>();
  const index = (name: string): number => {
    let i = resolved.get(name);
    if (i === undefined) {
      i = map.get(headerKey(name)) ?? -1;
      resolved.set(name, i);
    }
    return i;
  };
  return {
    has: (name) => index(name) >= 0,
    index,
    get(cells, name) {
      const i = index(name);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    },
  };
}

/**
 * Resolves each field to the index of the first of its header aliases present in `header`
 * (case-folded), or -1: `resolveColumns(header, { title: ['Title', 'display_name'] })`.
 */
export function resolveColumns<K extends string>(header: string[], aliases: Record<K, readonly string[]>): Record<K, number> {
  const lookup = columnIndex(header);
  const index = {} as Record<K, number>;
  for (const key of Object.keys(aliases) as K[]) {
    const found = aliases[key].find((name) => lookup.has(name));
    index[key] = found ? lookup.index(found) : -1;
  }
  return index;
}
