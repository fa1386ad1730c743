import { describe, expect, it } from 'vitest';
import { author, publication, reference } from './test-support';
import { extractUnits } from './units';

describe('extractUnits', () => {
  it('folds case and whitespace and de-duplicates within a document', () => {
    const table = extractUnits(
      [publication(1, { authorKeywords: ['Machine  Learning', 'machine learning', ' '], indexKeywords: ['MACHINE LEARNING', 'Bibliometrics'] }), publication(2, { authorKeywords: ['Bibliometrics'] })],
      'keywords',
    );
    expect(table.keys).toEqual(['machine learning', 'bibliometrics']);
    expect(table.labels).toEqual(['Machine Learning', 'Bibliometrics']);
    expect([...table.occurrences]).toEqual([1, 2]);
    expect([...table.docOffsets]).toEqual([0, 2, 3]);
    expect([...table.docUnits]).toEqual([0, 1, 1]);
    expect(table.skipped).toBe(1);
    expect(table.citations).toBeUndefined();
  });

  it('reads cited first authors from the cited work, so variants of one work agree', () => {
    // The second reference is the same work (same DOI) written without an author.
    const table = extractUnits([publication(1, { references: [reference('10.1/x', 'ARIA', 'J INFORMETR')] }), publication(2, { references: [reference('10.1/x')] })], 'cited-authors');
    expect(table.keys).toEqual(['ARIA']);
    expect([...table.occurrences]).toEqual([2]);
    expect(table.citations && [...table.citations]).toEqual([2]);
  });

  it('keys authors by case-folded short name', () => {
    const table = extractUnits([publication(1, { authors: [author('Aria M'), author('ARIA M')] })], 'authors');
    expect(table.keys).toEqual(['aria m']);
    expect([...table.docUnits]).toEqual([0]);
  });
});
