/**
 * Reads a Lens.org patent CSV export (any of its three header generations) into patents.
 * Multi-values are split on `;;` only: a single `;` occurs inside person names (`SURNAME; GIVEN`).
 */
import { emptyPatent, type Patent } from '../../model';
import { extractDois, normalizeDoi, parseCount, parseYear, splitList, squash, unique } from '../../util/text';
import { IssueCollector } from '../issues';
import {
  PatentDateReader,
  delimiterAfter,
  isGrantKind,
  observeDates,
  parsePublicationNumber,
  patentImportResult,
  readPatentRows,
  readPatentTable,
  reportMissingNumberColumn,
  splitPriorityNumber,
} from '../patent-common';
import type { ImportResult, ParseOptions } from '../types';
import { MISSING_BY_GENERATION, resolveLensColumns, type LensField } from './columns';

const FORMAT = 'lens-patent-csv' as const;
const LENS_ID = /^\d{3}-\d{3}-\d{3}-\d{3}-\d{2}[\dX]$/;
const OWNER_DATE = /\s*\(\d{4}-\d{2}-\d{2}\)$/;
const DATE_FIELDS = ['publicationDate', 'applicationDate', 'earliestPriorityDate'] as const;

/** Splits a Lens multi-value cell on `;;` and drops repeated values. */
const multi = (value: string): string[] => unique(splitList(value, ';;'));

/**
 * Parses the decoded text of a Lens patent CSV export. Never throws on bad data: rows that cannot
 * be read are skipped, counted in `stats.skipped` and explained in `issues`.
 */
export function parseLensPatentCsv(text: string, file: string, options: ParseOptions = {}): ImportResult {
  const issues = new IssueCollector(file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = delimiterAfter(body.trimStart(), /^"?#"?/);
  const table = readPatentTable(body, issues, { ...options, delimiter, sourceName: 'Lens' });
  const columns = resolveLensColumns(table.header);
  const { index } = columns;
  if (index.publicationNumber < 0) {
    reportMissingNumberColumn(table, issues, '"Display Key" or "Publication Number"', 'Make sure this is a Lens.org patent export (Export > CSV) and that the first line was not edited.');
    return patentImportResult(FORMAT, table, [], issues);
  }
  if (columns.generation !== 'current') issues.add('older-lens-layout', 'info', `${MISSING_BY_GENERATION[columns.generation]} Export the search again from lens.org for the full current layout.`);

  const dates = new PatentDateReader(issues, { defaultOrder: 'dmy', checkSite: 'lens.org', sourceName: 'Lens' });
  observeDates(table, DATE_FIELDS.map((field) => index[field]), dates);
  const seen = new Map<string, number>();
  const patents = readPatentRows(
    table,
    issues,
    {
      index,
      numberColumn: 'publicationNumber',
      numberLabel: `${columns.name.publicationNumber} (publication number)`,
      fetchAgain: 'export the file again from lens.org',
      fetchAgainIfCut: 'export it again from lens.org',
    },
    (get, publicationNumber, line) => {
      const patent = readRow(get, publicationNumber, { file, format: FORMAT, line }, columns.name, dates);
      checkIdentity(patent, line, seen, issues);
      return patent;
    },
  );
  dates.report();
  return patentImportResult(FORMAT, table, patents, issues);
}

function readRow(
  get: (field: LensField) => string,
  publicationNumber: string,
  origin: { file: string; format: typeof FORMAT; line: number },
  names: Partial<Record<LensField, string>>,
  dates: PatentDateReader,
): Patent {
  const patent = emptyPatent(origin, publicationNumber);
  const line = origin.line;
  const date = (field: (typeof DATE_FIELDS)[number]): string | undefined => {
    const value = get(field);
    return value ? dates.read(names[field] ?? field, value, line) : undefined;
  };
  const parts = parsePublicationNumber(publicationNumber);
  const jurisdiction = get('jurisdiction') || parts?.jurisdiction;
  const kind = get('kind') || parts?.kind;
  if (jurisdiction) patent.jurisdiction = jurisdiction.toUpperCase();
  if (kind) patent.kindCode = kind.toUpperCase();
  const lensId = get('lensId').toUpperCase();
  if (lensId) patent.lensId = lensId;
  const applicationNumber = squash(get('applicationNumber'));
  if (applicationNumber) patent.applicationNumber = applicationNumber;

  // Dates are read in column order so that date issues come in the order of the file's columns.
  const publicationDate = date('publicationDate');
  if (publicationDate) patent.publicationDate = publicationDate;
  const year = parseYear(get('publicationYear')) ?? parseYear(publicationDate);
  if (year !== undefined) patent.publicationYear = year;
  const applicationDate = date('applicationDate');
  if (applicationDate) patent.applicationDate = applicationDate;
  const priorities = splitList(get('priorityNumbers'), ';;').map(splitPriorityNumber);
  patent.priorityNumbers = unique(priorities.map((p) => p.number));
  const priorityDates = priorities.flatMap((p) => (p.date ? [p.date] : [])).sort();
  const earliest = date('earliestPriorityDate') ?? priorityDates[0];
  if (earliest) patent.priorityDate = earliest;

  patent.title = squash(get('title'));
  const abstract = get('abstract');
  if (abstract) patent.abstract = abstract;
  patent.applicants = multi(get('applicants'));
  patent.inventors = multi(get('inventors'));
  patent.owners = unique(splitList(get('owners'), ';;').map((owner) => owner.replace(OWNER_DATE, '').trim()).filter(Boolean));
  const url = get('url');
  if (url) patent.url = url;
  const documentType = get('documentType');
  if (documentType) patent.documentType = documentType;
  if (publicationDate && (isGrantKind(patent.kindCode) || /^granted/i.test(documentType))) patent.grantDate = publicationDate;

  // Each count set by name: properties added through a computed key leave V8 a slow
  // dictionary-mode object once a record has this many.
  const citesPatentCount = parseCount(get('citesPatentCount'));
  if (citesPatentCount !== undefined) patent.citesPatentCount = citesPatentCount;
  const citedByPatentCount = parseCount(get('citedByPatentCount'));
  if (citedByPatentCount !== undefined) patent.citedByPatentCount = citedByPatentCount;
  const simpleFamilySize = parseCount(get('simpleFamilySize'));
  if (simpleFamilySize !== undefined) patent.simpleFamilySize = simpleFamilySize;
  const extendedFamilySize = parseCount(get('extendedFamilySize'));
  if (extendedFamilySize !== undefined) patent.extendedFamilySize = extendedFamilySize;
  const nplCount = parseCount(get('nplCount'));
  if (nplCount !== undefined) patent.nplCount = nplCount;
  patent.simpleFamily = multi(get('simpleFamilyMembers').toUpperCase());
  patent.extendedFamily = multi(get('extendedFamilyMembers').toUpperCase());
  patent.cpc = multi(get('cpc'));
  patent.ipc = multi(get('ipc'));

  const dois: string[] = [];
  for (const id of splitList(get('nplExternalIds'), ';;')) {
    const doi = normalizeDoi(id);
    if (doi) dois.push(doi);
  }
  // A DOI found in free text whose suffix has no digit is a citation cut short ("10.1126/science 1231143").
  for (const doi of extractDois(get('nplText'))) if (/\d/.test(doi.slice(doi.indexOf('/')))) dois.push(doi);
  patent.citedDois = unique(dois);
  const legalStatus = get('legalStatus');
  if (legalStatus) patent.legalStatus = legalStatus.toUpperCase();
  return patent;
}

function checkIdentity(patent: Patent, line: number, seen: Map<string, number>, issues: IssueCollector): void {
  if (patent.lensId && !LENS_ID.test(patent.lensId)) {
    issues.add(
      'odd-lens-id',
      'warning',
      /^\d(?:\.\d+)?E\+\d+$/.test(patent.lensId)
        ? `Line ${line}: the Lens ID "${patent.lensId}" was turned into a number by Excel, so the real ID (such as 123-456-789-012-345) is lost; it was kept as written. Export the file again from lens.org and add it without opening it in Excel.`
        : `Line ${line}: the Lens ID "${patent.lensId}" does not have the usual form 123-456-789-012-345 (the last character may be X); it was kept as written. Check the record on lens.org.`,
      { line, field: 'Lens ID' },
    );
  }
  const key = patent.lensId ?? patent.publicationNumber;
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    issues.add(
      'duplicate-row',
      'warning',
      `Line ${line}: the patent ${patent.publicationNumber} already appeared on line ${earlier}; both rows were kept. The file may combine overlapping exports.`,
      { line },
    );
  } else {
    seen.set(key, line);
  }
}
