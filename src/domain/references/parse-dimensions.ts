/**
 * Dimensions cited references (the `Cited references` cell of the "bibliometric mapping" CSV
 * export, FORMATS.md sections 7 and 16). Entries are separated by `;[`; inside one entry the
 * fields are separated by `|`:
 *
 * `[Surname, Given; Surname, Given]|title|source|year|volume|issue|pages|…`
 *
 * Which of the trailing fields holds the DOI and the Dimensions id of the cited work is not
 * documented, so both are recognised by their shape (`10.` prefix, `pub.` + digits) wherever
 * they stand after the pages. bibliometrix (`R/dimensions2df.R`) reads the same positions.
 */
import type { CitedReference } from '../model';
import { decodeHtmlEntities, extractDois, normalizeDoi, squash } from '../util/text';
import { referenceAuthorKey } from './parse-scopus';

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const PUB_ID = /^pub\.\d+$/;

/** Splits a Dimensions `Cited references` cell into single entries (each still with its `[authors]`). */
export function splitDimensionsReferences(cell: string | undefined): string[] {
  if (!cell) return [];
  const out: string[] = [];
  for (const part of cell.split(';[')) {
    let item = part.trim();
    if (!item) continue;
    if (item.endsWith(';')) item = item.slice(0, -1).trimEnd();
    if (item && item !== '[' && item !== ']') out.push(item.startsWith('[') ? item : `[${item}`);
  }
  return out;
}

const field = (fields: string[], i: number): string | undefined => {
  const value = fields[i] === undefined ? '' : squash(fields[i]);
  return value ? value : undefined;
};

/**
 * Parses one Dimensions cited reference into first author ("Surname, Given" as written), its
 * surname key, year, title, source, volume, issue, first page, DOIs and the Dimensions `pub.` id
 * (as `sourceId`). Missing or misplaced fields stay undefined. Never throws.
 */
export function parseDimensionsReference(raw: string): CitedReference {
  const text = decodeHtmlEntities(raw.trim());
  const ref: CitedReference = { raw: text, dois: [] };
  if (!text) return ref;
  let authorsField = text;
  let rest = '';
  const close = text.startsWith('[') ? text.indexOf(']') : -1;
  if (close !== -1) {
    authorsField = text.slice(1, close);
    rest = text.slice(close + 1).replace(/^\|/, '');
  } else {
    const bar = text.indexOf('|');
    authorsField = bar === -1 ? text : text.slice(0, bar);
    rest = bar === -1 ? '' : text.slice(bar + 1);
  }
  const first = authorsField.replace(/^\[/, '').split(';')[0].trim();
  if (first) {
    ref.author = squash(first);
    const comma = first.indexOf(',');
    ref.authorKey = referenceAuthorKey(comma === -1 ? first : first.slice(0, comma));
  }
  // Index 0 of `fields` is the title: the authors were removed above.
  const fields = rest === '' ? [] : rest.split('|');
  ref.title = field(fields, 0);
  ref.source = field(fields, 1);
  let yearAt = YEAR.test((fields[2] ?? '').trim()) ? 2 : -1;
  if (yearAt === -1) yearAt = fields.findIndex((f, i) => i >= 1 && YEAR.test(f.trim()));
  if (yearAt !== -1) {
    ref.year = Number(fields[yearAt].trim());
    ref.volume = field(fields, yearAt + 1);
    ref.issue = field(fields, yearAt + 2);
    const pages = field(fields, yearAt + 3);
    if (pages) ref.page = pages.split(/[-–]/)[0].trim() || undefined;
  }
  const dois = new Set<string>();
  for (let i = Math.max(2, yearAt + 4); i < fields.length; i++) {
    const value = fields[i].trim();
    if (!value) continue;
    if (PUB_ID.test(value)) ref.sourceId ??= value;
    const doi = normalizeDoi(value);
    if (doi) dois.add(doi);
    else for (const found of extractDois(value)) dois.add(found);
  }
  ref.dois = [...dois];
  return ref;
}

/** Splits and parses a whole Dimensions `Cited references` cell. */
export function parseDimensionsReferences(cell: string | undefined): CitedReference[] {
  return splitDimensionsReferences(cell).map(parseDimensionsReference);
}
