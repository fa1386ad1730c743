import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import-file';
import { resultProblems } from '../patent-common/synthetic-csv';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import type { ImportResult } from '../types';
import { googlePatentsImporter, parseGooglePatentsCsv } from '.';

const FILE = 'googlepatents-csv-biogas-brazil-511rec.csv';
const codes = (result: ImportResult): string[] => result.issues.map((issue) => issue.code);

describe.skipIf(!hasSampleData)(`Google Patents CSV golden file ${FILE}`, () => {
  const imported = importFile(sampleBytes(FILE), FILE);
  if (!imported.ok) throw new Error(`not imported: ${JSON.stringify(imported.issues)}`);
  const result = imported.result;
  const byLine = (line: number) => result.patents.find((patent) => patent.origins[0].line === line);

  it('reads all 511 records, skipping the search URL line', () => {
    expect(result.format).toBe('google-patents-csv');
    expect(result.stats).toEqual({ rows: 511, records: 511, skipped: 0 });
    expect(codes(result)).toEqual(['no-classification']);
    expect(result.issues[0].severity).toBe('info');
    expect(resultProblems(result)).toEqual([]);
    expect(result.patents.map((patent) => patent.origins[0].line)).toEqual(Array.from({ length: 511 }, (_, i) => i + 3));
  });

  it('matches the first-record snapshot', () => {
    expect(result.patents[0]).toMatchSnapshot();
  });

  it('splits ids into office and kind code and trims titles', () => {
    for (const patent of result.patents) {
      expect(patent.jurisdiction).toBe('BR');
      expect(patent.publicationNumber).toBe(`BR-${patent.publicationNumber.slice(3, -patent.kindCode!.length - 1)}-${patent.kindCode}`);
      expect(patent.title).toBe(patent.title.trim());
      expect(patent.grantDate).toBeUndefined();
      expect([patent.cpc, patent.ipc, patent.simpleFamily, patent.citedDois]).toEqual([[], [], [], []]);
    }
    expect(result.patents.filter((patent) => patent.kindCode === 'B1')).toHaveLength(90);
    expect(result.patents.filter((patent) => !patent.priorityDate)).toHaveLength(18);
  });

  it('re-joins legal forms written after a comma', () => {
    expect(byLine(143)?.applicants).toEqual(['Air Products And Chemicals, Inc.']);
    expect(byLine(290)?.applicants).toEqual(['Microsoft Technology Licensing, Llc']);
    expect(byLine(332)?.applicants).toEqual(['Grupo Rotoplas, S.A. De C.V.']);
    expect(byLine(63)?.applicants).toEqual(["L'air Liquide, Société Anonyme Pour L'etude Et L'exploitation Des Procedes Georges Claude"]);
    expect(byLine(461)?.applicants).toEqual([
      'Universidade Federal Fluminense',
      'Moschen & Oliveira Soluções Ambientais Ltda Me',
      'Euler Sánchez Ocampo',
      'Instituto Federal De Educação, Ciência E Tecnologia Do Rio De Janeiro - Ifrj',
      'Osvaldo Agripino De Castro Junior',
      'Claudio Iorio Tessari',
      'Jorge Moreira Caldas Fernandes',
    ]);
    expect(byLine(290)?.inventors).toEqual(['Christian L. Belady', 'Brian Janous', 'Sean James']);
  });

  it('reads the file without its search URL line the same way', () => {
    const text = sampleText(FILE);
    const headerFirst = parseGooglePatentsCsv(text.slice(text.indexOf('\n') + 1), FILE);
    expect(headerFirst.stats.records).toBe(511);
    expect(headerFirst.patents[0].origins[0].line).toBe(2);
    expect(headerFirst.patents.map((p) => p.publicationNumber)).toEqual(result.patents.map((p) => p.publicationNumber));
    expect(googlePatentsImporter.detect(text.slice(text.indexOf('\n') + 1))).toBe(true);
  });

  it('reads an Excel re-save (CR-only, M/D/YYYY, padded search line) to the same dates', () => {
    const text = sampleText(FILE)
      .replace(/^(search URL:,[^\n]*)/, '$1,,,,,,,,')
      .replace(/(^|,)(\d{4})-(\d{2})-(\d{2})(?=,|\n|$)/gm, (_all, lead: string, y: string, m: string, d: string) => `${lead}${Number(m)}/${Number(d)}/${y}`)
      .replace(/\n/g, '\r');
    const resaved = parseGooglePatentsCsv(text, 'resaved.csv');
    expect(resaved.stats).toEqual({ rows: 511, records: 511, skipped: 0 });
    expect(codes(resaved)).toEqual(['excel-resaved', 'no-classification', 'excel-dates', 'excel-dates', 'excel-dates']);
    expect(resaved.issues.slice(2).map((issue) => issue.field)).toEqual(['priority date', 'filing/creation date', 'publication date']);
    expect(resaved.issues[2].message).toContain('month/day/year');
    const dates = (patents: ImportResult['patents']) => patents.map((p) => [p.priorityDate, p.applicationDate, p.publicationDate]);
    expect(dates(resaved.patents)).toEqual(dates(result.patents));
  });
});

describe('Google Patents CSV detection', () => {
  it('claims the search URL line or the header', () => {
    expect(googlePatentsImporter.detect('search URL:,https://patents.google.com/?q=drone\nid,title')).toBe(true);
    expect(googlePatentsImporter.detect('id,title,assignee,inventor/author,priority date')).toBe(true);
    expect(googlePatentsImporter.detect('id;title;assignee;inventor/author;priority date')).toBe(true);
  });
  it('leaves other files alone', () => {
    expect(googlePatentsImporter.detect('"#",Jurisdiction,Kind,Display Key')).toBe(false);
    expect(googlePatentsImporter.detect('id,display_name,doi')).toBe(false);
    expect(googlePatentsImporter.detect('search URL:,https://example.com/')).toBe(false);
  });
  it.skipIf(!hasSampleData)('is what importText picks for the real file', () => {
    const imported = importText(sampleText(FILE), FILE);
    expect(imported.ok && imported.result.format).toBe('google-patents-csv');
  });
});
