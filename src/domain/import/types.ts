import type { FormatId, ParseIssue, Patent, Publication } from '../model';

/** Progress of a long parse, reported at most every few thousand rows. */
export interface ParseProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ParseOptions {
  onProgress?: (progress: ParseProgress) => void;
}

/** What one importer returns for one file. It never throws on bad data: problems are `issues`. */
export interface ImportResult {
  format: FormatId;
  publications: Publication[];
  patents: Patent[];
  issues: ParseIssue[];
  stats: {
    /** Data rows / records seen in the file. */
    rows: number;
    /** Records produced. */
    records: number;
    /** Rows that could not be read at all (each is explained in `issues`). */
    skipped: number;
  };
}

/**
 * One importer per export format. `detect` looks only at the decoded start of the file (BOM
 * removed) and never at its name; `parse` reads the whole decoded text.
 */
export interface Importer {
  format: FormatId;
  /** Higher runs first when several importers could claim a file. */
  priority: number;
  detect(head: string): boolean;
  parse(text: string, file: string, options?: ParseOptions): ImportResult;
  /**
   * The same, from the text in pieces that each end with a line break (as `decodeExport` gives
   * them), for formats read line by line: the pieces are read as they are, never joined into one
   * string. Without it, the pieces are joined and given to `parse`.
   */
  parsePieces?(pieces: readonly string[], file: string, options?: ParseOptions): ImportResult;
}
