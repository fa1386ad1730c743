import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import-file';
import { hasSampleData, sampleBytes, sampleText } from '../test-support';
import { resultProblems } from '../patent-common/synthetic-csv';
import type { ImportResult } from '../types';
import { lensPatentImporter, parseLensPatentCsv } from '.';

const FILE = 'lens-patent-csv-opensangamo-130rec.csv';
const codes = (result: ImportResult): string[] => result.issues.map((issue) => issue.code);

const readOk = (bytes: Uint8Array, name: string): ImportResult => {
  const imported = importFile(bytes, name);
  if (!imported.ok) throw new Error(`not imported: ${JSON.stringify(imported.issues)}`);
  expect(imported.result.format).toBe('lens-patent-csv');
  return imported.result;
};

/** Rewrites the real file as Excel would: CR-only lines, dates of the date columns day-first. */
function excelResave(text: string, twoDigitYears: boolean): string {
  const dateCell = /(^|,)(\d{4})-(\d{2})-(\d{2})(?=,|\r?\n|$)/gm;
  return text
    .replace(dateCell, (_all, lead: string, y: string, m: string, d: string) => `${lead}${d}/${m}/${twoDigitYears ? y.slice(2) : y}`)
    .replace(/\r\n/g, '\r');
}

describe.skipIf(!hasSampleData)(`Lens patent CSV golden file ${FILE}`, () => {
  const result = readOk(sampleBytes(FILE), FILE);
  const byLine = (line: number) => result.patents.find((patent) => patent.origins[0].line === line);

  it('reads all 130 records and reports nothing', () => {
    expect(result.stats).toEqual({ rows: 130, records: 130, skipped: 0 });
    expect(result.patents).toHaveLength(130);
    expect(codes(result)).toEqual([]);
    expect(resultProblems(result)).toEqual([]);
  });

  it('matches the first-record snapshot', () => {
    expect(result.patents[0]).toMatchSnapshot();
  });

  it('keeps every record on its own line, in file order', () => {
    expect(result.patents.map((patent) => patent.origins[0].line)).toEqual(Array.from({ length: 130 }, (_, i) => i + 2));
    expect(new Set(result.patents.map((patent) => patent.id)).size).toBe(130);
  });

  it('keeps Lens IDs that end in X as strings', () => {
    expect(byLine(4)).toMatchObject({ publicationNumber: 'US 2020/0102577 A1', lensId: '015-738-608-351-42X', kindCode: 'A1' });
    expect(result.patents.filter((patent) => patent.lensId?.endsWith('X'))).toHaveLength(14);
  });

  it('gives grant dates to granted patents only', () => {
    expect(result.patents.filter((patent) => patent.grantDate)).toHaveLength(55);
    for (const patent of result.patents) expect(!!patent.grantDate).toBe(patent.kindCode === 'B2');
    expect(byLine(3)).toMatchObject({ documentType: 'Patent Application', owners: [], citedDois: [], priorityDate: '2018-02-08' });
    expect(byLine(3)?.grantDate).toBeUndefined();
  });

  it('strips the assignment dates from owners and splits parties on ;; only', () => {
    expect(byLine(125)?.owners).toEqual(['SIGMA ALDRICH CO. LLC', 'SANGAMO THERAPEUTICS INC', 'SANGAMO BIOSCIENCE INC']);
    expect(byLine(131)?.applicants).toEqual(['MINCZUK MICHAL', 'GAMMAGE PAYAM A', 'SANGAMO THERAPEUTICS INC', 'THE CHANCELLOR MASTERS AND SCHOLARS OF THE UNIV OF CAMBRIDGE']);
    expect(byLine(131)?.priorityNumbers).toEqual(['US 201916982941 A', 'US 201862646156 P', 'US 2019/0023359 W']);
  });

  it('keeps only DOIs as cited DOIs, from the resolved ids and the citation text', () => {
    const all = result.patents.flatMap((patent) => patent.citedDois);
    expect(all.length).toBe(3486);
    for (const doi of all) expect(doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    expect(byLine(4)?.citedDois).toHaveLength(5);
  });

  it('reads an Excel re-save (CR-only, dd/mm/yyyy) to the same dates and says so', () => {
    const resaved = parseLensPatentCsv(excelResave(sampleText(FILE), false), 'resaved.csv');
    expect(resaved.stats).toEqual({ rows: 130, records: 130, skipped: 0 });
    expect(codes(resaved)).toEqual(['excel-resaved', 'excel-dates', 'excel-dates', 'excel-dates']);
    expect(resaved.issues.filter((issue) => issue.code === 'excel-dates').map((issue) => issue.field)).toEqual(['Publication Date', 'Application Date', 'Earliest Priority Date']);
    expect(resaved.issues[1].message).toContain('day/month/year');
    const dates = (patents: ImportResult['patents']) => patents.map((p) => [p.publicationDate, p.applicationDate, p.priorityDate, p.grantDate, p.owners]);
    expect(dates(resaved.patents)).toEqual(dates(result.patents));
  });

  it('reads two-digit years of an Excel re-save (dd/mm/yy) within the stated window', () => {
    const resaved = parseLensPatentCsv(excelResave(sampleText(FILE), true), 'resaved.csv');
    expect(resaved.patents.map((p) => p.publicationDate)).toEqual(result.patents.map((p) => p.publicationDate));
    expect(resaved.issues[1].message).toContain('Two-digit years were read as');
  });
});

describe('Lens patent CSV detection', () => {
  it('claims Lens patent headers in every generation and delimiter', () => {
    expect(lensPatentImporter.detect('"#",Jurisdiction,Kind,Display Key,Lens ID')).toBe(true);
    expect(lensPatentImporter.detect('#,Jurisdiction,Kind,Publication Number,Lens ID')).toBe(true);
    expect(lensPatentImporter.detect('#;Jurisdiction;Kind;Display Key;Lens ID')).toBe(true);
  });
  it('leaves other exports alone', () => {
    expect(lensPatentImporter.detect('Lens ID,Title,Date Published,Publication Year')).toBe(false);
    expect(lensPatentImporter.detect('search URL:,https://patents.google.com/?q=x')).toBe(false);
    expect(lensPatentImporter.detect('#,Jurisdictions,Kinds')).toBe(false);
  });
  it.skipIf(!hasSampleData)('is what importFile picks for the real file', () => {
    expect(importText(sampleText(FILE), FILE).ok).toBe(true);
  });
});
