/**
 * Lens.org patent CSV columns across its three header generations (FORMATS.md section 11):
 * current (37 columns, `Display Key`), about 2020 (31 columns, `Publication Number`,
 * `Owners (US)`, `Type`) and 2017 (25 columns, `Full Text`, `Cited Count`, `NPL Citation Id(s)`,
 * `Non-Patent Citations`). Each canonical field lists its header names, newest first.
 */
import { columnIndex } from '../csv';

export const LENS_COLUMNS = {
  publicationNumber: ['Display Key', 'Publication Number'],
  jurisdiction: ['Jurisdiction'],
  kind: ['Kind'],
  lensId: ['Lens ID'],
  publicationDate: ['Publication Date'],
  publicationYear: ['Publication Year'],
  applicationNumber: ['Application Number'],
  applicationDate: ['Application Date'],
  priorityNumbers: ['Priority Numbers'],
  earliestPriorityDate: ['Earliest Priority Date'],
  title: ['Title'],
  abstract: ['Abstract'],
  applicants: ['Applicants'],
  inventors: ['Inventors'],
  owners: ['Owners', 'Owners (US)'],
  url: ['URL'],
  documentType: ['Document Type', 'Type'],
  citesPatentCount: ['Cites Patent Count'],
  citedByPatentCount: ['Cited by Patent Count', 'Cited Count'],
  simpleFamilySize: ['Simple Family Size'],
  simpleFamilyMembers: ['Simple Family Members'],
  extendedFamilySize: ['Extended Family Size'],
  extendedFamilyMembers: ['Extended Family Members'],
  cpc: ['CPC Classifications'],
  ipc: ['IPCR Classifications'],
  nplCount: ['NPL Citation Count'],
  nplExternalIds: ['NPL Resolved External ID(s)', 'NPL Citation Id(s)'],
  nplText: ['NPL Citations', 'Non-Patent Citations'],
  legalStatus: ['Legal Status'],
} as const satisfies Record<string, readonly string[]>;

export type LensField = keyof typeof LENS_COLUMNS;

/** Which Lens export layout a header belongs to. */
export type LensGeneration = 'current' | '2020' | '2017';

export interface LensColumns {
  generation: LensGeneration;
  /** Cell index of each canonical field, -1 when the file has no such column. */
  index: Record<LensField, number>;
  /** The header name actually used for each field found (for messages). */
  name: Partial<Record<LensField, string>>;
}

/** Maps a Lens patent header to canonical fields by name (never by position) and names its generation. */
export function resolveLensColumns(header: string[]): LensColumns {
  const lookup = columnIndex(header);
  const index = {} as Record<LensField, number>;
  const name: Partial<Record<LensField, string>> = {};
  for (const field of Object.keys(LENS_COLUMNS) as LensField[]) {
    index[field] = -1;
    for (const candidate of LENS_COLUMNS[field]) {
      const i = lookup.index(candidate);
      if (i >= 0) {
        index[field] = i;
        name[field] = header[i];
        break;
      }
    }
  }
  const generation: LensGeneration = lookup.has('Display Key')
    ? 'current'
    : lookup.has('Cited Count') || lookup.has('Non-Patent Citations') || lookup.has('Full Text') || lookup.has('NPL Citation Id(s)')
      ? '2017'
      : '2020';
  return { generation, index, name };
}

/** What an older layout lacks, for the `older-lens-layout` message. */
export const MISSING_BY_GENERATION: Record<LensGeneration, string> = {
  current: '',
  '2020':
    'This is the older Lens layout of about 2020 ("Publication Number", "Owners (US)", "Type"). It has no abstracts, family member lists or legal status, so those stay empty.',
  '2017':
    'This is the 2017 Lens layout ("Publication Number", "Cited Count", "Non-Patent Citations"). It has no abstracts, owners, family member lists, legal status or backward citation counts, so those stay empty; the earliest priority date was taken from the dates written after each priority number.',
};
