/**
 * Patent publication and priority numbers as the exports write them: Lens `US 9833479 B2`,
 * `WO 2008/012345 A1`; Google Patents `US-2017123456-A1`; compact `US2017123456A1`; Lens priority
 * numbers of older exports with the priority date appended, `US 60123456 A 20061219`.
 */
import { parseYearFirstDate } from './dates';

/** A publication number split into office, number and kind code. */
export interface PublicationNumberParts {
  /** Two-letter office code: US, EP, WO, CN ... */
  jurisdiction: string;
  number: string;
  /** Kind code (A1, B2, U ...), when the number carries one. */
  kind?: string;
}

const SPACED = /^([A-Z]{2})\s+(\S(?:.*\S)?)\s+([A-Z]\d?)$/;
const HYPHENATED = /^([A-Z]{2})-(.+)-([A-Z]\d?)$/;
const COMPACT = /^([A-Z]{2})(\d[\dA-Z/]*?\d)([A-Z]\d?)$/;
const BARE = /^([A-Z]{2})[\s-]?(\d[\d/]*)$/;

/**
 * Splits a publication number written by Lens (`US 9833479 B2`), Google Patents
 * (`US-2017123456-A1`) or in compact form (`US2017123456A1`). Returns undefined when the value
 * does not start with a two-letter office code followed by a number.
 */
export function parsePublicationNumber(value: string): PublicationNumberParts | undefined {
  const text = value.trim().toUpperCase();
  const match = SPACED.exec(text) ?? HYPHENATED.exec(text) ?? COMPACT.exec(text);
  if (match) return { jurisdiction: match[1], number: match[2], kind: match[3] };
  const bare = BARE.exec(text);
  return bare ? { jurisdiction: bare[1], number: bare[2] } : undefined;
}

/**
 * Splits a Lens priority number of an older export, `US 60123456 A 20061219`, into the number
 * (`US 60123456 A`) and the ISO priority date (`2006-12-19`). Numbers without a date (current
 * exports: `US 201462030942 P`) come back unchanged with no date.
 */
export function splitPriorityNumber(value: string): { number: string; date?: string } {
  const text = value.trim();
  const match = /^(.*\S)\s+(\d{8})$/.exec(text);
  if (!match) return { number: text };
  const date = parseYearFirstDate(match[2]);
  return date ? { number: match[1], date } : { number: text };
}

/** True when a kind code marks a granted patent (`B`, `B1`, `B2` ... at the US, EP and most offices). */
export const isGrantKind = (kind: string | undefined): boolean => !!kind && /^B\d?$/i.test(kind.trim());
