import { FIELDS, type Institution, type Journal } from './vocabulary';

export interface Person {
  surname: string;
  given: string;
}

export interface DemoWork {
  author: Person;
  coauthor: Person;
  year: number;
  journal: Journal;
  volume: string;
  issue: string;
  page: string;
  endPage: string;
  doi?: string;
  title: string;
}

export interface DemoRecord {
  index: number;
  field: number;
  year: number;
  journal: Journal;
  volume: string;
  issue: string;
  page: string;
  pages: number;
  title: string;
  abstract: string;
  authors: (Person & { institution: number })[];
  institutions: Institution[];
  keywords: string[];
  plus: string[];
  references: DemoWork[];
  citations: number;
  doi: string;
  documentType: 'Article' | 'Review';
  openAccess: boolean;
}

const initials = (given: string): string => given.split(/[\s-]+/).map((g) => g[0].toUpperCase()).join('');
const ascii = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Wraps a WoS field value at ~70 characters with 3-space continuation lines. */
function wrap(tag: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 70) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => `${i === 0 ? tag : '  '} ${l}`).join('\n');
}

const multi = (tag: string, values: string[]): string => values.map((v, i) => `${i === 0 ? tag : '  '} ${v}`).join('\n');

/** The WoS cited-reference string of a work (J9 source, no title). */
export function wosReference(w: DemoWork): string {
  const base = `${ascii(w.author.surname).replace(/'/g, '')} ${initials(w.author.given)}, ${w.year}, ${w.journal.j9}, V${w.volume}, P${w.page}`;
  return w.doi ? `${base}, DOI ${w.doi}` : base;
}

/** The classic Scopus reference string of a work (full title and source, no DOI). */
export function scopusReference(w: DemoWork): string {
  const a = `${w.author.surname} ${initials(w.author.given).split('').join('.')}.`;
  const b = `${w.coauthor.surname} ${initials(w.coauthor.given).split('').join('.')}.`;
  return `${a}, ${b}, ${w.title}, (${w.year}) ${w.journal.full}, ${w.volume} (${w.issue}), pp. ${w.page}-${w.endPage}`;
}

function wosRecord(rec: DemoRecord): string {
  const f = FIELDS[rec.field];
  const au = rec.authors.map((a) => `${a.surname}, ${initials(a.given)}`);
  const af = rec.authors.map((a) => `${a.surname}, ${a.given}`);
  const c1 = rec.institutions.map((inst, k) => {
    const names = rec.authors.filter((a) => a.institution === k).map((a) => `${a.surname}, ${a.given}`);
    const who = names.length ? `[${names.join('; ')}] ` : '';
    return `${who}${inst.wos}, ${f.dept}, ${inst.city}, ${inst.wosCountry}.`;
  });
  const first = rec.institutions[0];
  const ut = `WOS:${String(900000000000000 + rec.index * 7919).padStart(15, '0')}`;
  const lines = [
    'PT J',
    multi('AU', au),
    multi('AF', af),
    wrap('TI', rec.title),
    `SO ${rec.journal.full.toUpperCase()}`,
    'LA English',
    `DT ${rec.documentType}`,
    wrap('DE', rec.keywords.join('; ')),
    wrap('ID', rec.plus.join('; ')),
    wrap('AB', rec.abstract),
    multi('C1', c1),
    `C3 ${rec.institutions.map((i) => i.full).join('; ')}`,
    `RP ${au[0]} (corresponding author), ${first.wos}, ${f.dept}, ${first.city}, ${first.wosCountry}.`,
    multi('CR', rec.references.map(wosReference)),
    `NR ${rec.references.length}`,
    `TC ${rec.citations}`,
    `Z9 ${rec.citations + (rec.index % 3)}`,
    'U1 0',
    `U2 ${rec.citations % 17}`,
    `PU ${rec.journal.publisher}`,
    `SN ${rec.journal.issn}`,
    `J9 ${rec.journal.j9}`,
    `JI ${rec.journal.iso}`,
    `PY ${rec.year}`,
    `VL ${rec.volume}`,
    `BP ${rec.page}`,
    `EP ${Number(rec.page) + rec.pages - 1}`,
    `DI ${rec.doi}`,
    `PG ${rec.pages}`,
    `WC ${f.wc}`,
    `SC ${f.sc}`,
    ...(rec.openAccess ? ['OA gold'] : []),
    `UT ${ut}`,
    'DA 2026-11-01',
    'ER',
  ];
  return lines.join('\n');
}

/** A Web of Science "Full Record and Cited References" plain-text export (UTF-8 BOM, LF). */
export function toWosPlainText(records: DemoRecord[]): string {
  return `\uFEFFFN Clarivate Analytics Web of Science\nVR 1.0\n${records.map(wosRecord).join('\n\n')}\n\nEF\n`;
}

const SCOPUS_COLUMNS = ['Authors', 'Author full names', 'Author(s) ID', 'Title', 'Year', 'Source title', 'Volume', 'Issue', 'Art. No.', 'Page start', 'Page end', 'Page count', 'Cited by', 'DOI', 'Link', 'Affiliations', 'Authors with affiliations', 'Abstract', 'Author Keywords', 'Index Keywords', 'Molecular Sequence Numbers', 'Chemicals/CAS', 'Tradenames', 'Manufacturers', 'Funding Details', 'Funding Texts', 'References', 'Correspondence Address', 'Editors', 'Publisher', 'Sponsors', 'Conference name', 'Conference date', 'Conference location', 'Conference code', 'ISSN', 'ISBN', 'CODEN', 'PubMed ID', 'Language of Original Document', 'Abbreviated Source Title', 'Document Type', 'Publication Stage', 'Open Access', 'Source', 'EID'];

const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;

function scopusRow(rec: DemoRecord): string {
  const f = FIELDS[rec.field];
  const ids = rec.authors.map((_, k) => String(57000000000 + rec.index * 10 + k));
  const aff = (inst: Institution): string => `${f.deptFull}, ${inst.full}, ${inst.city}, ${inst.country}`;
  const eid = `2-s2.0-${String(85000000000 + rec.index * 131)}`;
  const values: Record<string, string> = {
    Authors: rec.authors.map((a) => `${a.surname} ${initials(a.given).split('').join('.')}.`).join('; '),
    'Author full names': rec.authors.map((a, k) => `${a.surname}, ${a.given} (${ids[k]})`).join('; '),
    'Author(s) ID': ids.join('; '),
    Title: rec.title,
    Year: String(rec.year),
    'Source title': rec.journal.full,
    Volume: rec.volume,
    Issue: rec.issue,
    'Page start': rec.page,
    'Page end': String(Number(rec.page) + rec.pages - 1),
    'Page count': String(rec.pages),
    // Databases count citations differently.
    'Cited by': String(Math.round(rec.citations * 1.1)),
    DOI: rec.doi,
    Link: `https://www.scopus.com/inward/record.uri?eid=${eid}&doi=${encodeURIComponent(rec.doi)}&partnerID=40&md5=0`,
    Affiliations: rec.institutions.map(aff).join('; '),
    'Authors with affiliations': rec.authors.map((a) => `${a.surname} ${initials(a.given).split('').join('.')}., ${aff(rec.institutions[a.institution])}`).join('; '),
    Abstract: `${rec.abstract} © 2026 Synthetic Publisher`,
    'Author Keywords': rec.keywords.join('; '),
    'Index Keywords': rec.plus.map((p) => p.toLowerCase()).join('; '),
    References: rec.references.map(scopusReference).join('; '),
    'Correspondence Address': `${rec.authors[0].surname} ${initials(rec.authors[0].given)}.; ${aff(rec.institutions[0])}; email: corresponding@example.org`,
    Publisher: rec.journal.publisher,
    ISSN: rec.journal.issn.replace('-', ''),
    'Language of Original Document': 'English',
    'Abbreviated Source Title': rec.journal.iso,
    'Document Type': rec.documentType,
    'Publication Stage': 'Final',
    'Open Access': rec.openAccess ? 'All Open Access; Gold Open Access' : '',
    Source: 'Scopus',
    EID: eid,
  };
  return SCOPUS_COLUMNS.map((c) => quote(values[c] ?? '')).join(',');
}

/** A Scopus CSV export in the 2023-24 46-column layout (UTF-8 BOM, every field quoted). */
export function toScopusCsv(records: DemoRecord[]): string {
  return `\uFEFF${SCOPUS_COLUMNS.map(quote).join(',')}\n${records.map(scopusRow).join('\n')}\n`;
}
