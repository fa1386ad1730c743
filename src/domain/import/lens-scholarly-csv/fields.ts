/** Value normalisers for Lens.org scholarly CSV cells. Pure and small. */
import type { DocumentType } from '../../model';

const TYPES: Record<string, DocumentType> = {
  'journal article': 'article',
  'article': 'article',
  'review': 'review',
  'book chapter': 'book-chapter',
  'book': 'book',
  'conference proceedings article': 'conference-paper',
  'conference proceedings': 'conference-paper',
  'conference paper': 'conference-paper',
  'editorial': 'editorial',
  'letter': 'letter',
  'note': 'note',
  'erratum': 'erratum',
  'correction': 'erratum',
  'preprint': 'preprint',
};

/** Lens "Publication Type" ("journal article", "book chapter" ...) as a normalised document type. */
export const lensDocumentType = (value: string): DocumentType => TYPES[value.trim().toLowerCase()] ?? 'other';

/**
 * Lens writes ISSNs as eight characters without the hyphen ("24103888", "1869215x"); several are
 * separated by "; ". Returns "2410-3888" forms; a value that is not an ISSN is returned as written
 * in `invalid` so the caller can report it.
 */
export function lensIssns(value: string): { issns: string[]; invalid: string[] } {
  const issns: string[] = [];
  const invalid: string[] = [];
  for (const part of value.split(';')) {
    const raw = part.trim();
    if (!raw) continue;
    const compact = raw.replace(/[-\s]/g, '').toUpperCase();
    if (/^\d{7}[\dX]$/.test(compact)) {
      const issn = `${compact.slice(0, 4)}-${compact.slice(4)}`;
      if (!issns.includes(issn)) issns.push(issn);
    } else {
      invalid.push(raw);
    }
  }
  return { issns, invalid };
}

const GLUED_INITIALS = /^(.*\p{Ll})(\p{Lu}\.(?:\s?-?\p{Lu}\.)*)\s+(\S.*)$/u;

/**
 * Repairs an author cell entry where Lens glued the initials form to the full name:
 * "Anthony J. HeggelinA.J. Heggelin" -> "Anthony J. Heggelin". Returns the name unchanged
 * otherwise, and `repaired` tells whether anything was changed.
 */
export function repairGluedName(name: string): { name: string; repaired: boolean } {
  // Real names are short; the length guard keeps the backtracking regex cheap on junk cells.
  if (name.length > 300 || !/\p{Ll}\p{Lu}\./u.test(name)) return { name, repaired: false };
  const match = GLUED_INITIALS.exec(name);
  if (match && match[1].endsWith(match[3])) return { name: match[1], repaired: true };
  return { name, repaired: false };
}

/** Placeholder names Lens writes for group authors or unknown authors ("null null"). */
export const isPlaceholderName = (name: string): boolean => /^(?:null|none|n\/a|anonymous)(?:\s+(?:null|none))?$/i.test(name.trim());

/** MeSH term without its qualifier: "Antiparasitic Agents/toxicity" -> "Antiparasitic Agents". */
export function meshHeading(value: string): string {
  const slash = value.indexOf('/');
  return (slash >= 0 ? value.slice(0, slash) : value).replace(/\*/g, '').trim();
}

/** Removes JATS markup ("<jats:p>", "</jats:title>") that Lens copies from Crossref abstracts. */
export function stripJats(value: string): string {
  if (!value.includes('<jats:')) return value;
  return value.replace(/<\/?jats:[^>]{0,200}>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Lens ID shape: five groups of three characters, the last possibly ending with a check "X". */
export const isLensId = (value: string): boolean => /^\d{3}-\d{3}-\d{3}-\d{3}-\d{2}[\dX]$/.test(value);
