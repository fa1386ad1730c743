/**
 * VOSviewer thesaurus files in the analysis worker: checked when the user picks one (what it
 * holds, why it cannot be used), parsed once per text and shared by the threshold counts, the
 * map run, the network rebuilt for "documents behind" and thematic evolution.
 */
import { parseThesaurus } from '../../src/domain/text/thesaurus';
import type { Thesaurus } from '../../src/domain/text/thesaurus';
import type { ThesaurusCheck, ThesaurusFile, UnitKind } from './analysis-types';
import { isThesaurusUnit } from './analysis-types';
import { namedError } from './errors';
import { WORKSPACE_ERROR_NAMES } from './workspace-types';

/** Issues sent to the UI with a check (the count says how many there are in all). */
export const THESAURUS_ISSUES_SHOWN = 50;

/** The first cell of the first non-empty line, lower-case, without quotes: "label" in a thesaurus. */
function firstCell(text: string): string | undefined {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).find((line) => line.trim() !== '');
  return first?.split('\t')[0].trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase();
}

/**
 * What a thesaurus file holds and whether it is used. Stricter than `parseThesaurus` (which reads
 * a file without a header, for the CLI): a file picked in the UI must start with the VOSviewer
 * header, so an export or a list picked by mistake is not read as a list of terms to remove.
 */
export function checkThesaurus(file: ThesaurusFile, parsed: Thesaurus = parseThesaurus(file.text, file.fileName)): ThesaurusCheck {
  let merges = 0;
  let drops = 0;
  for (const replacement of parsed.replacements.values()) {
    if (replacement === null) drops++;
    else merges++;
  }
  const isBinary = parsed.issues.some((issue) => issue.code === 'thesaurus-not-text');
  const problem: ThesaurusCheck['problem'] = isBinary ? 'not-text' : firstCell(file.text) !== 'label' ? (file.text.trim() ? 'no-header' : 'empty') : parsed.replacements.size === 0 ? 'empty' : undefined;
  const check: ThesaurusCheck = {
    fileName: file.fileName,
    isUsable: problem === undefined,
    entries: parsed.replacements.size,
    merges,
    drops,
    issues: parsed.issues.slice(0, THESAURUS_ISSUES_SHOWN),
    issueCount: parsed.issues.length,
  };
  return problem ? { ...check, problem } : check;
}

/** The message for a thesaurus that cannot be used, in the worker's (English) error voice. */
const refusal = (check: ThesaurusCheck): string => {
  const why = check.problem === 'not-text' ? 'it is not a text file' : check.problem === 'no-header' ? 'its first line is not the header "label" and "replace by" separated by a tab' : 'it lists no term';
  return `The thesaurus "${check.fileName}" cannot be used: ${why}.`;
};

/**
 * A one-entry cache of parsed thesauri: the dialog asks for counts on every change of unit, and a
 * map run, its evolution and its documents reuse the same file.
 */
export function createThesaurusCache() {
  let last: { text: string; fileName: string; thesaurus: Thesaurus; check: ThesaurusCheck } | undefined;
  const parse = (file: ThesaurusFile) => {
    if (last?.text !== file.text || last.fileName !== file.fileName) {
      const thesaurus = parseThesaurus(file.text, file.fileName);
      last = { text: file.text, fileName: file.fileName, thesaurus, check: checkThesaurus(file, thesaurus) };
    }
    return last;
  };
  return {
    check: (file: ThesaurusFile): ThesaurusCheck => parse(file).check,
    /**
     * The parsed thesaurus to apply to `unit`: undefined without a file or for units it does not
     * apply to; a file that is not a usable thesaurus is refused (`invalid`), never applied.
     */
    forUnit(file: ThesaurusFile | undefined, unit: UnitKind): Pick<Thesaurus, 'replacements'> | undefined {
      if (!file || !isThesaurusUnit(unit)) return undefined;
      const { thesaurus, check } = parse(file);
      if (!check.isUsable) throw namedError(WORKSPACE_ERROR_NAMES.invalid, refusal(check));
      return thesaurus;
    },
  };
}

export type ThesaurusCache = ReturnType<typeof createThesaurusCache>;
