import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSampleData, SAMPLE_DIR } from '../domain/import/test-support';

const root = resolve(import.meta.dirname, '../..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/main.ts'), ...args], { encoding: 'utf8' });

describe.skipIf(!hasSampleData)('cli inspect', () => {
  const wos = join(SAMPLE_DIR, 'wos-plaintext-umbrella-review-29rec.txt');
  const scopus = join(SAMPLE_DIR, 'scopus-csv-umbrella-review-29rec.csv');
  const patents = join(SAMPLE_DIR, 'lens-patent-csv-opensangamo-130rec.csv');

  it('prints only JSON with files, dataset, top cited references and top keywords', () => {
    const run = cli(['inspect', '--json', wos, scopus, patents]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { format: string; records: number }) => [f.format, f.records])).toEqual([
      ['wos-plaintext', 29],
      ['scopus-csv', 29],
      ['lens-patent-csv', 130],
    ]);
    expect(report.dataset).toEqual({ publications: 29, patents: 130, duplicatesMerged: 29 });
    expect(report.topCitedReferences).toHaveLength(20);
    expect(report.topAuthorKeywords).toHaveLength(20);
    for (const r of report.topCitedReferences) expect(Object.keys(r).sort()).toEqual(['count', 'doi', 'label']);
    // Counts are citing records, so they are at most the 29 merged papers, and sorted.
    const counts = report.topCitedReferences.map((r: { count: number }) => r.count);
    expect(counts[0]).toBeLessThanOrEqual(29);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(report.topAuthorKeywords[0]).toEqual({ keyword: expect.stringMatching(/^[^A-Z]+$/), count: expect.any(Number) });
  });

  it('agrees with an independent keyword count', () => {
    const report = JSON.parse(cli(['inspect', '--json', wos]).stdout);
    // Independent count: DE lines of the raw file, case-folded, once per record.
    const text = execFileSync('cat', [wos], { encoding: 'utf8' });
    const counts = new Map<string, number>();
    for (const record of text.split(/\nER\n/)) {
      const match = /\nDE (.*(?:\n {3}.*)*)/.exec(record);
      if (!match) continue;
      const keywords = new Set(match[1].replace(/\n {3}/g, ' ').split('; ').map((k) => k.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean));
      for (const k of keywords) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const { keyword, count } of report.topAuthorKeywords) expect(counts.get(keyword), keyword).toBe(count);
  });

  it('prints readable tables without --json', () => {
    const run = cli(['inspect', wos]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Web of Science plain text');
    expect(run.stdout).toContain('Top cited references');
  });

  it('exits non-zero with a clear message on stderr for a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meridian-cli-'));
    const bad = join(dir, 'savedrecs.txt');
    writeFileSync(bad, '<!DOCTYPE html><html><body>Your session has expired</body></html>');
    const run = cli(['inspect', '--json', wos, bad]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is a web page (HTML)');
    const report = JSON.parse(run.stdout);
    expect(report.files[1]).toMatchObject({ file: 'savedrecs.txt', format: null, records: 0, issues: [{ code: 'html-page', severity: 'error' }] });
    expect(report.dataset.publications).toBe(29);
    const missing = cli(['inspect', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('does not exist');
  });
});
