import type { ParseIssue } from '../../domain/model';
import { toCsv } from '../../ui/csv';
import type { Translate } from '../../ui/i18n';

/** The issues table as CSV: translated headers and severities, messages as the importers wrote them. */
export function issuesToCsv(issues: readonly ParseIssue[], t: Translate): string {
  const header = [
    t('issues.col.severity'), t('issues.col.file'), t('issues.col.line'), t('issues.col.field'),
    t('issues.col.code'), t('issues.col.message'), t('issues.col.count'),
  ];
  const rows = issues.map((issue) => [
    t(`issues.severity.${issue.severity}`), issue.file, issue.line, issue.field, issue.code, issue.message, issue.count ?? 1,
  ]);
  return toCsv(header, rows);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every file's issues in one list: errors first, then by file and line. */
export function collectIssues(files: readonly { issues: readonly ParseIssue[] }[]): ParseIssue[] {
  return files
    .flatMap((file) => file.issues)
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue);
}
