import type { DocumentType } from '../../model';

const DOCUMENT_TYPES: Record<string, DocumentType> = {
  'article': 'article',
  'journal article': 'article',
  'data paper': 'article',
  'review': 'review',
  'systematic review': 'review',
  'proceedings paper': 'conference-paper',
  'meeting abstract': 'conference-paper',
  'meeting': 'conference-paper',
  'book': 'book',
  'book chapter': 'book-chapter',
  'editorial material': 'editorial',
  'editorial': 'editorial',
  'letter': 'letter',
  'note': 'note',
  'correction': 'erratum',
  'correction, addition': 'erratum',
  'erratum': 'erratum',
  'preprint': 'preprint',
};

/** Components of a compound WoS type that say nothing about the kind of document. */
const QUALIFIERS = new Set(['early access', 'retracted publication', 'withdrawn publication', 'retraction']);

/**
 * Normalises a WoS `DT` value. Compound types (`Article; Early Access`, `Review; Book Chapter`,
 * `Article; Proceedings Paper`) take their first component that is a kind of document, so an
 * early-access article is an article and a journal article presented at a conference stays an
 * article. Without `DT`, a `PT C` (conference) record is a conference paper; anything else is 'other'.
 */
export function wosDocumentType(dt: string | undefined, pt: string | undefined): DocumentType {
  const parts = (dt ?? '').split(';').map((p) => p.trim().toLowerCase()).filter((p) => p !== '' && !QUALIFIERS.has(p));
  for (const part of parts) {
    const type = DOCUMENT_TYPES[part];
    if (type) return type;
  }
  if (parts.length > 0) return 'other';
  return pt?.trim().toUpperCase() === 'C' ? 'conference-paper' : 'other';
}
