/**
 * VOSviewer thesaurus files: tab-separated, a header `label<TAB>replace by`, one variant per line.
 * A label is replaced by its "replace by" value; an empty "replace by" removes the term. Matching
 * is case-insensitive and ignores runs of spaces. Used for mined terms and for keywords alike.
 */
import type { ParseIssue } from '../model';
import { squash } from '../util/text';

/** A parsed thesaurus. */
export interface Thesaurus {
  /** Folded label (lower-case, spaces squashed) -> replacement as written, or null to drop the item. */
  replacements: Map<string, string | null>;
  /** Lines that were skipped or read with a doubt, each with its 1-based line number. */
  issues: ParseIssue[];
}

/** The lookup key of a thesaurus label: case-folded, whitespace squashed. */
export const thesaurusKey = (label: string): string => squash(label).toLowerCase();

/** Removes the double quotes a spreadsheet puts around a cell ("a ""b""" -> a "b"). */
const unquote = (cell: string): string => {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
};

/**
 * Parses a VOSviewer thesaurus file. Never throws: lines it cannot use are skipped and reported
 * (`code`, `severity`, `file`, `line`, `message`). A missing header is tolerated with a warning;
 * a label listed twice keeps its first replacement.
 */
export function parseThesaurus(text: string, file: string): Thesaurus {
  const replacements = new Map<string, string | null>();
  const issues: ParseIssue[] = [];
  const firstLine = new Map<string, number>();
  const issue = (code: string, severity: ParseIssue['severity'], line: number | undefined, message: string): void => {
    issues.push(line === undefined ? { code, severity, file, message } : { code, severity, file, line, message });
  };
  if (text.includes('\u0000')) {
    issue('thesaurus-not-text', 'error', undefined, `"${file}" is not a text file. A thesaurus is a tab-separated text file with the header "label" and "replace by".`);
    return { replacements, issues };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let headerSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i];
    if (!raw.trim()) continue;
    const cells = raw.split('\t').map(unquote);
    if (!headerSeen) {
      headerSeen = true;
      if (cells[0].toLowerCase() === 'label') {
        if (cells.length < 2 || cells[1].toLowerCase() !== 'replace by') issue('thesaurus-header', 'warning', lineNo, `Line ${lineNo}: the header should be "label" and "replace by" separated by a tab; the second column is read as the replacement anyway.`);
        continue;
      }
      issue('thesaurus-header', 'warning', lineNo, `Line ${lineNo}: the file has no header line "label<tab>replace by"; the first line was read as a replacement.`);
    }
    if (cells.length === 1) {
      if (/\S {2,}\S/.test(raw)) {
        issue('thesaurus-no-tab', 'error', lineNo, `Line ${lineNo} ("${raw.trim()}") has no tab between the label and its replacement (spaces were used?); the line was skipped.`);
        continue;
      }
      issue('thesaurus-no-tab', 'warning', lineNo, `Line ${lineNo} ("${raw.trim()}") has no tab, so it was read as "remove this term". Add a tab and a replacement to merge it instead.`);
    }
    const label = squash(cells[0]);
    if (!label) {
      issue('thesaurus-empty-label', 'error', lineNo, `Line ${lineNo} has an empty label; the line was skipped.`);
      continue;
    }
    if (cells.slice(2).some((c) => c !== '')) issue('thesaurus-extra-columns', 'warning', lineNo, `Line ${lineNo} has more than two columns; only "label" and "replace by" were read.`);
    const key = thesaurusKey(label);
    const replacement = cells.length > 1 ? squash(cells[1]) || null : null;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      if (replacements.get(key) !== replacement) issue('thesaurus-duplicate', 'warning', lineNo, `Line ${lineNo}: "${label}" is already listed on line ${earlier}; this line was ignored.`);
      continue;
    }
    firstLine.set(key, lineNo);
    replacements.set(key, replacement);
  }
  if (!replacements.size && !issues.some((x) => x.severity === 'error')) issue('thesaurus-empty', 'warning', undefined, `"${file}" contains no replacements.`);
  return { replacements, issues };
}

/**
 * The label after the thesaurus: its replacement, `null` when the thesaurus removes it, or the
 * label itself when the thesaurus does not list it. One pass: replacements are not replaced again.
 */
export function applyThesaurus(label: string, thesaurus: Pick<Thesaurus, 'replacements'> | undefined): string | null {
  if (!thesaurus) return label;
  const replacement = thesaurus.replacements.get(thesaurusKey(label));
  return replacement === undefined ? label : replacement;
}
