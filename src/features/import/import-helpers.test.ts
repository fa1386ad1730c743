import { describe, expect, it } from 'vitest';
import type { ParseIssue } from '../../domain/model';
import { createTranslator } from '../../ui/i18n/translate';
import { collectIssues, issuesToCsv } from './issues-csv';
import { parseRecordId } from './record-ref';
import { applyProgress } from './use-import';

const issues: ParseIssue[] = [
  { code: 'row-field-count', severity: 'warning', file: 'a.csv', line: 12, field: 'Authors', message: 'Row has 3 fields, "expected" 4', count: 2 },
  { code: 'unknown-format', severity: 'error', file: 'b.txt', message: '"b.txt" is not an export format Meridian knows.' },
];

describe('issuesToCsv', () => {
  it('writes translated headers and severities with every issue field', () => {
    const csv = issuesToCsv(issues, createTranslator('en'));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Severity,File,Line,Field,Code,Message,Rows');
    expect(lines[1]).toBe('Warning,a.csv,12,Authors,row-field-count,"Row has 3 fields, ""expected"" 4",2');
    expect(lines[2]).toBe('Error,b.txt,,,unknown-format,"""b.txt"" is not an export format Meridian knows.",1');
  });

  it('translates headers to Chinese but keeps importer messages as they are', () => {
    const csv = issuesToCsv(issues, createTranslator('zh'));
    expect(csv).toContain('严重程度,文件,行,字段,代码,说明,行数');
    expect(csv).toContain('警告,a.csv,12');
    expect(csv).toContain('is not an export format Meridian knows');
  });
});

describe('collectIssues', () => {
  it('lists errors first and keeps the importers order otherwise', () => {
    expect(collectIssues([{ issues: [issues[0]] }, { issues: [issues[1]] }]).map((issue) => issue.code)).toEqual(['unknown-format', 'row-field-count']);
  });
});

describe('parseRecordId', () => {
  it('reads format, file and line, even with colons in the file name', () => {
    expect(parseRecordId('scopus-csv:C:/exports/x.csv:17')).toEqual({ format: 'scopus-csv', file: 'C:/exports/x.csv', line: 17 });
  });

  it('falls back to the raw id when it is not in the importer form', () => {
    expect(parseRecordId('weird')).toEqual({ file: 'weird' });
  });
});

describe('applyProgress', () => {
  it('updates one file, or the whole-import stage for fileIndex -1', () => {
    const run = { state: 'running' as const, files: [{ file: 'a', phase: 'queued' as const, done: 0, total: 0 }], stage: undefined };
    const parsed = applyProgress(run, { fileIndex: 0, file: 'a', phase: 'parsing', done: 5, total: 10 });
    expect(parsed.files[0]).toEqual({ file: 'a', phase: 'parsing', done: 5, total: 10 });
    expect(run.files[0].phase).toBe('queued');
    expect(applyProgress(parsed, { fileIndex: -1, file: '', phase: 'merging', done: 0, total: 1 }).stage).toBe('merging');
  });
});
