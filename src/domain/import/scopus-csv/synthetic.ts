/** Small synthetic Scopus CSV files for tests, in the column layouts of FORMATS.md section 5. */

export const SCOPUS_46 = [
  'Authors', 'Author full names', 'Author(s) ID', 'Title', 'Year', 'Source title', 'Volume', 'Issue', 'Art. No.', 'Page start', 'Page end', 'Page count', 'Cited by', 'DOI', 'Link',
  'Affiliations', 'Authors with affiliations', 'Abstract', 'Author Keywords', 'Index Keywords', 'Molecular Sequence Numbers', 'Chemicals/CAS', 'Tradenames', 'Manufacturers',
  'Funding Details', 'Funding Texts', 'References', 'Correspondence Address', 'Editors', 'Publisher', 'Sponsors', 'Conference name', 'Conference date', 'Conference location',
  'Conference code', 'ISSN', 'ISBN', 'CODEN', 'PubMed ID', 'Language of Original Document', 'Abbreviated Source Title', 'Document Type', 'Publication Stage', 'Open Access', 'Source', 'EID',
];

/** The 45-column variant: no `Page count`. */
export const SCOPUS_45 = SCOPUS_46.filter((c) => c !== 'Page count');

/** The older 43-column layout: no `Author full names`, no funding columns, `Sponsors` before `Publisher`. */
export const SCOPUS_43 = [
  'Authors', 'Author(s) ID', 'Title', 'Year', 'Source title', 'Volume', 'Issue', 'Art. No.', 'Page start', 'Page end', 'Page count', 'Cited by', 'DOI', 'Link', 'Affiliations',
  'Authors with affiliations', 'Abstract', 'Author Keywords', 'Index Keywords', 'Molecular Sequence Numbers', 'Chemicals/CAS', 'Tradenames', 'Manufacturers', 'References',
  'Correspondence Address', 'Editors', 'Sponsors', 'Publisher', 'Conference name', 'Conference date', 'Conference location', 'Conference code', 'ISSN', 'ISBN', 'CODEN',
  'PubMed ID', 'Language of Original Document', 'Abbreviated Source Title', 'Document Type', 'Publication Stage', 'Open Access', 'Source', 'EID',
];

/** One 2023+ record (authors separated by "; "). */
export const NEW_RECORD: Record<string, string> = {
  Authors: 'Smith J.; Van Eck N.J.',
  'Author full names': 'Smith, John (57000000001); Van Eck, Nees Jan (57000000002)',
  'Author(s) ID': '57000000001; 57000000002',
  Title: 'Mapping science, with commas',
  Year: '2024',
  'Source title': 'Journal of Informetrics',
  Volume: '18',
  Issue: '2',
  'Art. No.': '101500',
  'Cited by': '7',
  DOI: '10.1016/J.JOI.2024.101500',
  Link: 'https://www.scopus.com/inward/record.uri?eid=2-s2.0-85100000001&partnerID=40',
  Affiliations: 'CWTS, Leiden University, Leiden, Netherlands; Dept of Physics, University of Oslo, Oslo, Norway',
  'Authors with affiliations': 'Smith J., Dept of Physics, University of Oslo, Oslo, Norway; Van Eck N.J., CWTS, Leiden University, Leiden, Netherlands',
  Abstract: 'An abstract. © 2024 Elsevier',
  'Author Keywords': 'bibliometrics; science mapping',
  'Index Keywords': 'Citation analysis; Mapping',
  'Funding Details': 'Research Council of Norway, RCN, (123)',
  'Funding Texts': 'Funded by the Research Council of Norway.',
  References: 'Aria M., Cuccurullo C., bibliometrix: An R-tool, Journal of Informetrics, 11, 4, pp. 959-975, (2017); Van Eck N.J., Waltman L., Software survey, Scientometrics, 84, 2, pp. 523-538, (2010)',
  Publisher: 'Elsevier Ltd',
  ISSN: '17511577',
  'PubMed ID': '38000001',
  'Language of Original Document': 'English',
  'Abbreviated Source Title': 'J. Informetr.',
  'Document Type': 'Article',
  'Publication Stage': 'Final',
  'Open Access': 'All Open Access; Green Open Access',
  Source: 'Scopus',
  EID: '2-s2.0-85100000001',
};

/** The same record as the older layout writes it. */
export const OLD_RECORD: Record<string, string> = {
  ...NEW_RECORD,
  Authors: 'Smith J., Van Eck N.J.',
  'Author(s) ID': '57000000001;57000000002;',
  'Authors with affiliations': 'Smith, J., Dept of Physics, University of Oslo, Oslo, Norway; Van Eck, N.J., CWTS, Leiden University, Leiden, Netherlands',
  References: 'Aria, M., Cuccurullo, C., bibliometrix: An R-tool (2017) Journal of Informetrics, 11 (4), pp. 959-975; Van Eck, N.J., Waltman, L., Software survey (2010) Scientometrics, 84 (2), pp. 523-538',
};

const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

export interface CsvShape {
  /** Quote every header cell (2023+) or none (older). */
  quoteHeader?: boolean;
  /** Quote every data cell, or only the cells that need it. */
  quoteAll?: boolean;
  eol?: string;
  bom?: boolean;
}

/** One data line for `columns` from a record (missing fields empty). */
export function scopusRow(columns: string[], record: Record<string, string>, shape: CsvShape = {}): string {
  return columns.map((c) => {
    const value = record[c] ?? '';
    return shape.quoteAll !== false || /[",\r\n]/.test(value) ? quote(value) : value;
  }).join(',');
}

/** A whole Scopus CSV file. Rows given as strings are used as they are (for damaged lines). */
export function scopusCsv(columns: string[], rows: (Record<string, string> | string)[], shape: CsvShape = {}): string {
  const eol = shape.eol ?? '\n';
  const header = columns.map((c) => (shape.quoteHeader === false ? c : quote(c))).join(',');
  const lines = rows.map((row) => (typeof row === 'string' ? row : scopusRow(columns, row, shape)));
  return `${shape.bom === false ? '' : '\uFEFF'}${[header, ...lines].join(eol)}${eol}`;
}
