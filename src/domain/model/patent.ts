import type { RecordId } from './ids';
import type { Origin } from './format';

/** A patent document (one publication of one jurisdiction), whichever database it came from. */
export interface Patent {
  kind: 'patent';
  id: RecordId;
  /** Publication number as displayed, e.g. "US 9999999 B2" (Lens) or "US-2017123456-A1" (Google). */
  publicationNumber: string;
  /** Two-letter office code: US, EP, WO, CN ... */
  jurisdiction?: string;
  /** Kind code: A1, B2 ... */
  kindCode?: string;
  lensId?: string;
  applicationNumber?: string;
  priorityNumbers: string[];
  /** Family members as the source lists them (Lens IDs for Lens); empty when unknown. */
  simpleFamily: string[];
  extendedFamily: string[];
  simpleFamilySize?: number;
  extendedFamilySize?: number;
  /** ISO dates (YYYY-MM-DD). */
  priorityDate?: string;
  applicationDate?: string;
  publicationDate?: string;
  grantDate?: string;
  publicationYear?: number;
  title: string;
  abstract?: string;
  applicants: string[];
  inventors: string[];
  owners: string[];
  cpc: string[];
  ipc: string[];
  /** Backward citations to patents. */
  citesPatentCount?: number;
  /** Forward citations from patents. */
  citedByPatentCount?: number;
  nplCount?: number;
  legalStatus?: string;
  documentType?: string;
  /** DOIs of the non-patent literature the patent cites (resolved NPL), normalised lower-case. */
  citedDois: string[];
  url?: string;
  origins: Origin[];
}
