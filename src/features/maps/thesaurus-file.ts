import type { ThesaurusCheck, ThesaurusFile } from '../../services';
import type { MessageKey } from '../../ui/i18n';

/** Larger files are refused before they are read (a thesaurus of 100,000 lines is ~3 MB). */
export const MAX_THESAURUS_BYTES = 10 * 1024 * 1024;

/** Issues listed under the file in the dialog (the rest are counted). */
export const THESAURUS_ISSUES_LISTED = 5;

/** A check for a file the dialog refused before the worker saw it. */
export const refusedThesaurus = (fileName: string, problem: 'too-large' | 'unreadable'): ThesaurusCheck => ({
  fileName, isUsable: false, problem, entries: 0, merges: 0, drops: 0, issues: [], issueCount: 0,
});

/** Reads a picked file as text, or says why it was not read (too large, unreadable). */
export async function readThesaurusFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<{ file: ThesaurusFile } | { refused: ThesaurusCheck }> {
  if (file.size > MAX_THESAURUS_BYTES) return { refused: refusedThesaurus(file.name, 'too-large') };
  try {
    return { file: { fileName: file.name, text: await file.text() } };
  } catch {
    return { refused: refusedThesaurus(file.name, 'unreadable') };
  }
}

/** Why a thesaurus file is not used, as a message key (placeholder `{file}`). */
export const thesaurusProblemKey = (problem: NonNullable<ThesaurusCheck['problem']>): MessageKey => `maps.thesaurus.problem.${problem}`;

/**
 * The message key of a parser issue (placeholder `{line}`), by code and severity: the parser's
 * own messages are English, the dialog speaks the user's language. Undefined for an unknown code
 * (the parser's message is shown then).
 */
export function thesaurusIssueKey(issue: { code: string; severity: string }): MessageKey | undefined {
  switch (issue.code) {
    case 'thesaurus-header': return 'maps.thesaurus.issue.header';
    case 'thesaurus-no-tab': return issue.severity === 'error' ? 'maps.thesaurus.issue.spaces' : 'maps.thesaurus.issue.noTab';
    case 'thesaurus-empty-label': return 'maps.thesaurus.issue.emptyLabel';
    case 'thesaurus-extra-columns': return 'maps.thesaurus.issue.extraColumns';
    case 'thesaurus-duplicate': return 'maps.thesaurus.issue.duplicate';
    default: return undefined;
  }
}
