import { addImports, createDataset, summarizeCitedWorks, summarizeDataset } from '../domain/dataset';
import type { FileImport } from '../domain/import';
import { FORMAT_LABELS, type FormatId, type ParseIssue } from '../domain/model';

/** The JSON document `cli inspect --json` prints (see README). */
export interface InspectReport {
  files: { file: string; format: FormatId | null; records: number; issues: Pick<ParseIssue, 'code' | 'severity' | 'line' | 'message'>[] }[];
  dataset: { publications: number; patents: number; duplicatesMerged: number };
  topCitedReferences: { label: string; doi: string | null; count: number }[];
  topAuthorKeywords: { keyword: string; count: number }[];
}

/** Builds the inspect report from the files' import outcomes (pure: the CLI does the I/O). */
export function buildInspectReport(imports: FileImport[]): InspectReport {
  const dataset = addImports(createDataset('cli', 'cli'), imports);
  const summary = summarizeDataset(dataset);
  const cited = summarizeCitedWorks(dataset);
  return {
    files: dataset.files.map((f) => ({
      file: f.file,
      format: f.format ?? null,
      records: f.records,
      issues: f.issues.map((i) => ({ code: i.code, severity: i.severity, ...(i.line !== undefined ? { line: i.line } : {}), message: i.message })),
    })),
    dataset: { publications: summary.publications, patents: summary.patents, duplicatesMerged: summary.duplicatesMerged },
    topCitedReferences: cited.top.map((r) => ({ label: r.label, doi: r.doi ?? null, count: r.count })),
    topAuthorKeywords: summary.topAuthorKeywords.map((k) => ({ keyword: k.label, count: k.count })),
  };
}

const pad = (value: string | number, width: number): string => String(value).padEnd(width);
const padLeft = (value: string | number, width: number): string => String(value).padStart(width);

/** The same report as readable text tables. */
export function formatInspectReport(report: InspectReport): string {
  const lines: string[] = [];
  const fileWidth = Math.max(4, ...report.files.map((f) => f.file.length));
  lines.push(`${pad('File', fileWidth)}  ${pad('Format', 28)}  ${padLeft('Records', 7)}  Issues`);
  for (const f of report.files) {
    lines.push(`${pad(f.file, fileWidth)}  ${pad(f.format ? FORMAT_LABELS[f.format] : 'not recognised', 28)}  ${padLeft(f.records, 7)}  ${f.issues.length}`);
    for (const issue of f.issues) lines.push(`    ${issue.severity.toUpperCase()} ${issue.code}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}`);
  }
  lines.push('');
  lines.push(`Dataset: ${report.dataset.publications} publications, ${report.dataset.patents} patents, ${report.dataset.duplicatesMerged} duplicates merged`);
  if (report.topCitedReferences.length) {
    lines.push('', 'Top cited references (citing records)');
    for (const r of report.topCitedReferences) lines.push(`${padLeft(r.count, 6)}  ${r.label}${r.doi ? `  doi:${r.doi}` : ''}`);
  }
  if (report.topAuthorKeywords.length) {
    lines.push('', 'Top author keywords (records)');
    for (const k of report.topAuthorKeywords) lines.push(`${padLeft(k.count, 6)}  ${k.keyword}`);
  }
  return lines.join('\n');
}
