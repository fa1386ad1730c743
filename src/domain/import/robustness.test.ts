import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, importText } from './import-file';
import { hasSampleData, sampleText, SAMPLE_DIR } from './test-support';

/**
 * Cross-format robustness: whatever bytes a librarian drops, importFile answers with records or
 * with issues, never an exception and never an "internal-error" (which would be a Meridian bug).
 */
const noInternalError = (result: ReturnType<typeof importText>): void => {
  const issues = result.ok ? result.result.issues : result.issues;
  expect(issues.filter((i) => i.code === 'internal-error')).toEqual([]);
};

describe('importFile on arbitrary input', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        noInternalError(importFile(bytes, 'random.bin'));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text behind every format signature', () => {
    const heads = ['FN Clarivate Analytics Web of Science\nVR 1.0\n', 'PT J\nAU ', 'PT\tAU\tTI\tUT\n', 'PMID- 1\n', '"#",Jurisdiction,Kind,Display Key\n', 'search URL:,https://patents.google.com/\nid,title,assignee\n', 'Lens ID,Title,Date Published\n', 'Publication ID,DOI,Title,PubYear\n', 'id,display_name,authorships.author.display_name\n', 'Authors,Title,Year,Source title,EID\n'];
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.string({ maxLength: 3000 }), (head, tail) => {
        noInternalError(importText(head + tail, 'fuzz.txt'));
      }),
      { numRuns: 600 },
    );
  });
});

describe.skipIf(!hasSampleData)('importFile on damaged real exports', () => {
  const files = hasSampleData ? readdirSync(SAMPLE_DIR).filter((f) => /\.(txt|csv)$/.test(f)) : [];
  it.each(files)('%s: truncations and splices never throw', (name) => {
    const text = sampleText(name).slice(0, 200_000);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.string({ maxLength: 40 }), (cut, at, junk) => {
        noInternalError(importText(text.slice(0, cut), name));
        noInternalError(importText(text.slice(0, at) + junk + text.slice(at, cut), name));
      }),
      { numRuns: 40 },
    );
  });
});
