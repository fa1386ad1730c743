import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultProblems } from '../patent-common/synthetic-csv';
import { hasSampleData, sampleText } from '../test-support';
import { parseLensPatentCsv } from '.';

const FILE = 'lens-patent-csv-opensangamo-130rec.csv';
const HEADER = '"#",Jurisdiction,Kind,Display Key,Lens ID,Publication Date,Publication Year,Application Number,Application Date,Priority Numbers,Earliest Priority Date,Title,Abstract,Applicants,Inventors,Owners,URL,Document Type\r\n';
const PIECES = ['"', ',', ';;', ';', '\r\n', '\n', '\r', '#', 'US 9999999 B2', '123-456-789-012-34X', '2017-12-05', '14/03/17', '3/14/2017', '31/31/31', 'B2', 'A1', 'ACME (2017-01-05)', '10.1000/x', ' ', 'é', '\uFEFF', '\u0000'];

/** Parses and checks that the result is consistent; any throw fails the property. */
const check = (text: string): void => {
  const result = parseLensPatentCsv(text, 'fuzz.csv');
  expect(resultProblems(result)).toEqual([]);
};

describe('Lens patent parser on hostile input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('never throws on CSV-like noise under a Lens header', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }), (pieces) => check(HEADER + pieces.join(''))), { numRuns: 300 });
  });

  describe.skipIf(!hasSampleData)('on the real export', () => {
    const text = hasSampleData ? sampleText(FILE) : '';

    it('never throws on truncations', () => {
      fc.assert(fc.property(fc.nat({ max: text.length }), (cut) => check(text.slice(0, cut))), { numRuns: 40 });
    });

    it('never throws on random mutations', () => {
      const edit = fc.record({ at: fc.nat({ max: text.length }), remove: fc.nat({ max: 200 }), insert: fc.constantFrom(...PIECES) });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
          let mutated = text;
          for (const { at, remove, insert } of edits) mutated = mutated.slice(0, at) + insert + mutated.slice(at + remove);
          check(mutated);
        }),
        { numRuns: 40 },
      );
    });
  });
});
