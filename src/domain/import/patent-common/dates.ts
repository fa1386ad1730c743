/**
 * Dates in patent exports. Lens and Google Patents write ISO dates (`2017-12-05`), Lens appends
 * compact ones to priority numbers (`US 60123456 A 20061219`), and a file opened and saved again
 * in Excel comes back with `dd/mm/yy`, `dd/mm/yyyy` or `m/d/yyyy` dates, depending on the locale
 * of the machine that saved it. Which of day and month comes first cannot be seen in one value
 * such as `04/05/17`, so it is decided once per file from the values where one part is above 12
 * (Excel writes every date of a file in the same locale), and the decision is reported.
 */
import type { IssueCollector } from '../issues';

/** Order of day and month in a slash date: day first (`14/03/17`) or month first (`3/14/2017`). */
export type DayMonthOrder = 'dmy' | 'mdy';

/** A date written `a/b/year` (or with `.`/`-`), before day and month are told apart. */
export interface DayMonthDate {
  first: number;
  second: number;
  year: number;
  isTwoDigitYear: boolean;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO date `YYYY-MM-DD` for a calendar date, or undefined when it does not exist (31 April, 29 Feb 2017). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return undefined;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && isLeap ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= max ? `${year}-${pad2(month)}-${pad2(day)}` : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const YEAR_FIRST_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

/**
 * Reads a date whose order is certain: ISO `2017-12-05` (a time part is ignored), `2017/12/05`
 * or compact `20171205`. Returns the ISO date, or undefined for anything else.
 */
export function parseYearFirstDate(value: string): string | undefined {
  const text = value.trim();
  const match = ISO_DATE.exec(text) ?? YEAR_FIRST_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Splits `14/03/17`, `3/14/2017`, `14.03.2017` or `14-03-2017` (an Excel time part is ignored); undefined for other shapes. */
export function splitDayMonthDate(value: string): DayMonthDate | undefined {
  const match = DAY_MONTH_DATE.exec(value.trim());
  if (!match) return undefined;
  return { first: Number(match[1]), second: Number(match[2]), year: Number(match[3]), isTwoDigitYear: match[3].length === 2 };
}

/**
 * Expands a two-digit year: years up to `referenceYear + 5` are 20xx, the rest 19xx (so with
 * reference 2025, `30` is 2030 and `31` is 1931). Patent dates are never far in the future.
 */
export function expandTwoDigitYear(yy: number, referenceYear: number): number {
  return 2000 + yy <= referenceYear + 5 ? 2000 + yy : 1900 + yy;
}

/** The ISO date of a slash date read in the given order, or undefined when that date does not exist. */
export function dayMonthDateToIso(date: DayMonthDate, order: DayMonthOrder, referenceYear: number): string | undefined {
  const year = date.isTwoDigitYear ? expandTwoDigitYear(date.year, referenceYear) : date.year;
  return order === 'dmy' ? isoDate(year, date.second, date.first) : isoDate(year, date.first, date.second);
}

/** The only order a slash date can be read in, when one part is above 12; undefined when both orders (or none) work. */
export function forcedOrder(date: DayMonthDate): DayMonthOrder | undefined {
  if (date.first > 12 && date.first <= 31 && date.second >= 1 && date.second <= 12) return 'dmy';
  if (date.second > 12 && date.second <= 31 && date.first >= 1 && date.first <= 12) return 'mdy';
  return undefined;
}

export interface PatentDateReaderOptions {
  /** Order assumed when no date of the file tells (Lens re-saves: day first; Google Patents re-saves: month first). */
  defaultOrder: DayMonthOrder;
  /** Where a librarian can check a record, e.g. "lens.org". */
  checkSite: string;
  /** The export's name in messages, e.g. "Lens". */
  sourceName: string;
  /** Year used to expand two-digit years; defaults to the current year. */
  referenceYear?: number;
}

interface Sample {
  value: string;
  line: number;
}

interface ColumnState {
  converted: number;
  ambiguous: number;
  hasTwoDigitYears: boolean;
  first?: Sample;
  firstAmbiguous?: Sample;
}

const ORDER_WORDS: Record<DayMonthOrder, string> = { dmy: 'day/month/year', mdy: 'month/day/year' };

/**
 * Reads the date cells of one file. First `observe` every date cell (so the day/month order can be
 * decided from the whole file), then `read` each cell, then `report` once: one `excel-dates`
 * warning per column that held Excel-style dates, naming the order used and why. Values that are
 * not dates give a `bad-date` warning; in a file that mixes both orders, dates that could be read
 * either way are left empty with an `ambiguous-date` warning.
 */
export class PatentDateReader {
  private dayFirst?: Sample;
  private monthFirst?: Sample;
  private readonly columns = new Map<string, ColumnState>();
  private readonly referenceYear: number;

  constructor(
    private readonly issues: IssueCollector,
    private readonly options: PatentDateReaderOptions,
  ) {
    this.referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  }

  /** First pass: notes which day/month order a value forces, if any. */
  observe(value: string, line: number): void {
    // ISO dates (the normal case) and empty cells never force an order.
    if (value.length < 6 || value.length > 30 || value[4] === '-') return;
    const date = splitDayMonthDate(value);
    if (!date) return;
    const order = forcedOrder(date);
    if (order === 'dmy' && !this.dayFirst) this.dayFirst = { value: value.trim(), line };
    if (order === 'mdy' && !this.monthFirst) this.monthFirst = { value: value.trim(), line };
  }

  /** The order the file's Excel dates are read in, or undefined when the file mixes both orders. */
  get order(): DayMonthOrder | undefined {
    if (this.dayFirst && this.monthFirst) return undefined;
    if (this.dayFirst) return 'dmy';
    if (this.monthFirst) return 'mdy';
    return this.options.defaultOrder;
  }

  /** Second pass: the ISO date of one cell, or undefined when empty or unreadable (then reported). */
  read(column: string, value: string, line: number): string | undefined {
    const text = value.trim();
    if (text === '') return undefined;
    const iso = parseYearFirstDate(text);
    if (iso) return iso;
    const date = splitDayMonthDate(text);
    if (!date) {
      this.badDate(column, text, line);
      return undefined;
    }
    const state = this.column(column);
    state.first ??= { value: text, line };
    if (date.isTwoDigitYear) state.hasTwoDigitYears = true;
    const order = forcedOrder(date) ?? (date.first === date.second ? 'dmy' : this.order);
    if (!order) {
      state.ambiguous++;
      state.firstAmbiguous ??= { value: text, line };
      this.issues.add(
        'ambiguous-date',
        'warning',
        `Line ${line}: the ${column} "${text}" could be read day-first or month-first, and this file contains dates of both kinds, so it was left empty. Check the record on ${this.options.checkSite}.`,
        { line, field: column },
      );
      return undefined;
    }
    const result = dayMonthDateToIso(date, order, this.referenceYear);
    if (!result) {
      this.badDate(column, text, line);
      return undefined;
    }
    state.converted++;
    return result;
  }

  /** Adds one `excel-dates` warning per column that held Excel-style dates. */
  report(): void {
    for (const [column, state] of this.columns) {
      // A column whose only Excel-style values were impossible dates is covered by `bad-date`.
      if (!state.first || state.converted + state.ambiguous === 0) continue;
      this.issues.add('excel-dates', 'warning', this.describe(column, state), { line: state.first.line, field: column });
    }
  }

  private describe(column: string, state: ColumnState): string {
    const first = state.first as Sample;
    const opening = `The ${column} column holds dates written like "${first.value}" (first on line ${first.line}) instead of the ${this.options.sourceName} form 2017-12-05: the file was opened and saved again in Excel, which rewrites dates.`;
    let basis: string;
    const order = this.order;
    if (!order) {
      const dayFirst = this.dayFirst as Sample;
      const monthFirst = this.monthFirst as Sample;
      basis = `The file mixes day-first dates ("${dayFirst.value}", line ${dayFirst.line}) and month-first dates ("${monthFirst.value}", line ${monthFirst.line}), so Meridian converted only the ${state.converted} dates whose order is certain and left ${state.ambiguous} dates that could be read either way empty${state.firstAmbiguous ? ` (such as "${state.firstAmbiguous.value}", line ${state.firstAmbiguous.line})` : ''}.`;
    } else if (order === 'dmy' ? this.dayFirst : this.monthFirst) {
      const proof = (order === 'dmy' ? this.dayFirst : this.monthFirst) as Sample;
      basis = `Meridian read ${state.converted} of them as ${ORDER_WORDS[order]}, because dates such as "${proof.value}" (line ${proof.line}) can only be read that way.`;
    } else {
      basis = `Meridian read ${state.converted} of them as ${ORDER_WORDS[order]}, the usual order for Excel copies of ${this.options.sourceName} exports, but no date in the file has a part above 12, so this could not be confirmed: check one record on ${this.options.checkSite}.`;
    }
    const latest = this.referenceYear + 5;
    const years = state.hasTwoDigitYears ? ` Two-digit years were read as ${latest - 99}–${latest}.` : '';
    return `${opening} ${basis}${years} To avoid guessing, export the file again from ${this.options.sourceName} and add it without opening it in Excel.`;
  }

  private column(name: string): ColumnState {
    let state = this.columns.get(name);
    if (!state) {
      state = { converted: 0, ambiguous: 0, hasTwoDigitYears: false };
      this.columns.set(name, state);
    }
    return state;
  }

  private badDate(column: string, text: string, line: number): void {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    this.issues.add(
      'bad-date',
      'warning',
      `Line ${line}: the ${column} "${shown}" is not a date Meridian can read (expected a date such as 2017-12-05). The record was kept without this date; check it on ${this.options.checkSite}.`,
      { line, field: column },
    );
  }
}
