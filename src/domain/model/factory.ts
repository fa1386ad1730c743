import { asRecordId } from './ids';
import type { Origin } from './format';
import type { Patent } from './patent';
import type { Publication } from './publication';

/** Mints the record id from its origin: unique within a dataset (file + line). */
export const recordIdFor = (origin: Origin): string => `${origin.format}:${origin.file}:${origin.line}`;

/** A publication with every list empty, to be filled by an importer. */
export function emptyPublication(origin: Origin): Publication {
  return {
    kind: 'publication',
    id: asRecordId(recordIdFor(origin)),
    ids: {},
    title: '',
    authors: [],
    affiliations: [],
    institutions: [],
    countries: [],
    issn: [],
    documentType: 'other',
    authorKeywords: [],
    indexKeywords: [],
    subjectCategories: [],
    citationsBySource: {},
    funding: [],
    references: [],
    origins: [origin],
  };
}

/** A patent with every list empty, to be filled by an importer. */
export function emptyPatent(origin: Origin, publicationNumber: string): Patent {
  return {
    kind: 'patent',
    id: asRecordId(recordIdFor(origin)),
    publicationNumber,
    priorityNumbers: [],
    simpleFamily: [],
    extendedFamily: [],
    title: '',
    applicants: [],
    inventors: [],
    owners: [],
    cpc: [],
    ipc: [],
    citedDois: [],
    origins: [origin],
  };
}
