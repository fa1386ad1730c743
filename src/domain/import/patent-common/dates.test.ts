import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../issues';
import { PatentDateReader, expandTwoDigitYear, isoDate, parseYearFirstDate, splitDayMonthDate, type DayMonthOrder } from './dates';

describe('isoDate', () => {
  it('formats real calendar dates and rejects impossible ones', () => {
    expect(isoDate(2017, 12, 5)).toBe('2017-12-05');
    expect(isoDate(2016, 2, 29)).toBe('2016-02-29');
    expect(isoDate(2017, 2, 29)).toBeUndefined();
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(1900, 2, 29)).toBeUndefined();
    expect(isoDate(2017, 4, 31)).toBeUndefined();
    expect(isoDate(2017, 13, 1)).toBeUndefined();
    expect(isoDate(2017, 0, 1)).toBeUndefined();
  });
});

describe('parseYearFirstDate', () => {
  it('reads ISO, year-first slash and compact dates', () => {
    expect(parseYearFirstDate('2017-12-05')).toBe('2017-12-05');
    expect(parseYearFirstDate(' 2017-1-5 ')).toBe('2017-01-05');
    expect(parseYearFirstDate('2017-12-05T00:00:00Z')).toBe('2017-12-05');
    expect(parseYearFirstDate('2017/12/05')).toBe('2017-12-05');
    expect(parseYearFirstDate('20061219')).toBe('2006-12-19');
  });
  it('refuses day-month dates and nonsense', () => {
    for (const value of ['05/12/2017', '14/03/17', '2017-13-01', '20171340', 'None', '', '2017']) expect(parseYearFirstDate(value)).toBeUndefined();
  });
});

describe('splitDayMonthDate and expandTwoDigitYear', () => {
  it('splits the Excel shapes', () => {
    expect(splitDayMonthDate('14/03/17')).toEqual({ first: 14, second: 3, year: 17, isTwoDigitYear: true });
    expect(splitDayMonthDate('3/14/2017')).toEqual({ first: 3, second: 14, year: 2017, isTwoDigitYear: false });
    expect(splitDayMonthDate('14.03.2017')).toEqual({ first: 14, second: 3, year: 2017, isTwoDigitYear: false });
    expect(splitDayMonthDate('3/14/2017 0:00')).toEqual({ first: 3, second: 14, year: 2017, isTwoDigitYear: false });
    expect(splitDayMonthDate('2017-03-14')).toBeUndefined();
    expect(splitDayMonthDate('3/14')).toBeUndefined();
  });
  it('puts two-digit years at most five years after the reference year', () => {
    expect(expandTwoDigitYear(17, 2025)).toBe(2017);
    expect(expandTwoDigitYear(30, 2025)).toBe(2030);
    expect(expandTwoDigitYear(31, 2025)).toBe(1931);
    expect(expandTwoDigitYear(98, 2025)).toBe(1998);
  });
});

/** Runs a reader over (column, value, line) cells the way the importers do: observe all, then read all. */
function readAll(cells: [string, string, number][], defaultOrder: DayMonthOrder = 'dmy') {
  const issues = new IssueCollector('f.csv');
  const reader = new PatentDateReader(issues, { defaultOrder, checkSite: 'lens.org', sourceName: 'Lens', referenceYear: 2025 });
  for (const [, value, line] of cells) reader.observe(value, line);
  const values = cells.map(([column, value, line]) => reader.read(column, value, line));
  reader.report();
  return { values, issues: issues.list(), order: reader.order };
}

describe('PatentDateReader', () => {
  it('reads ISO dates silently', () => {
    const { values, issues } = readAll([['Publication Date', '2017-12-05', 2], ['Publication Date', '', 3]]);
    expect(values).toEqual(['2017-12-05', undefined]);
    expect(issues).toEqual([]);
  });

  it('decides day-first from a value with a day above 12 and reports it per column', () => {
    const { values, issues, order } = readAll([
      ['Publication Date', '05/12/17', 2],
      ['Application Date', '04/03/16', 2],
      ['Publication Date', '14/03/17', 3],
    ]);
    expect(order).toBe('dmy');
    expect(values).toEqual(['2017-12-05', '2016-03-04', '2017-03-14']);
    expect(issues.map((issue) => [issue.code, issue.field, issue.line])).toEqual([
      ['excel-dates', 'Publication Date', 2],
      ['excel-dates', 'Application Date', 2],
    ]);
    expect(issues[0].message).toContain('"14/03/17" (line 3) can only be read that way');
    expect(issues[0].message).toContain('day/month/year');
    expect(issues[0].message).toContain('Two-digit years were read as 1931–2030');
  });

  it('decides month-first from a value with a second part above 12', () => {
    const { values, issues } = readAll([
      ['Publication Date', '4/5/2017', 2],
      ['Publication Date', '3/14/2017', 3],
    ]);
    expect(values).toEqual(['2017-04-05', '2017-03-14']);
    expect(issues[0].message).toContain('month/day/year');
    expect(issues[0].message).not.toContain('Two-digit');
  });

  it('falls back to the format default when nothing tells, and says it could not be confirmed', () => {
    const lens = readAll([['Publication Date', '04/05/17', 2]], 'dmy');
    expect(lens.values).toEqual(['2017-05-04']);
    expect(lens.issues[0].message).toContain('could not be confirmed');
    const google = readAll([['publication date', '4/5/2017', 2]], 'mdy');
    expect(google.values).toEqual(['2017-04-05']);
  });

  it('leaves ambiguous dates empty in a file that mixes both orders', () => {
    const { values, issues, order } = readAll([
      ['Publication Date', '14/03/2017', 2],
      ['Publication Date', '03/14/2017', 3],
      ['Publication Date', '04/05/2017', 4],
      ['Publication Date', '05/05/2017', 5],
    ]);
    expect(order).toBeUndefined();
    expect(values).toEqual(['2017-03-14', '2017-03-14', undefined, '2017-05-05']);
    expect(issues.map((issue) => issue.code)).toEqual(['ambiguous-date', 'excel-dates']);
    expect(issues[0].line).toBe(4);
    expect(issues[1].message).toContain('mixes day-first');
  });

  it('reports values that are not dates, with line and column', () => {
    const { values, issues } = readAll([['Application Date', 'not known', 7], ['Application Date', '31/02/2017', 8]]);
    expect(values).toEqual([undefined, undefined]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'bad-date', field: 'Application Date', line: 7, count: 2 });
    expect(issues[0].message).toContain('Line 7');
  });

  it('does not take an impossible date as evidence of the order', () => {
    const { values, issues } = readAll([['A', '45/01/2017', 2], ['A', '4/5/2017', 3]], 'mdy');
    expect(values).toEqual([undefined, '2017-04-05']);
    expect(issues.map((issue) => issue.code)).toEqual(['bad-date', 'excel-dates']);
  });

  it('names an ambiguous example when a file mixes both orders', () => {
    const { issues } = readAll([['A', '14/03/2017', 2], ['A', '03/14/2017', 3], ['A', '04/05/2017', 4]]);
    expect(issues.find((issue) => issue.code === 'excel-dates')?.message).toContain('(such as "04/05/2017", line 4)');
  });

  it('never throws on arbitrary cells', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'B'), fc.oneof(fc.string(), fc.stringMatching(/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/)))), (cells) => {
        const result = readAll(cells.map(([column, value], i) => [column, value, i + 2]));
        for (const value of result.values) if (value !== undefined) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 200 },
    );
  });
});
