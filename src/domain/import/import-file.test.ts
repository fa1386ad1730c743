import { describe, expect, it } from 'vitest';
import { importFile, importText } from './import-file';
import { hasSampleData, sampleBytes, sampleText } from './test-support';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importFile', () => {
  it('rejects an HTML error page saved as .txt', () => {
    const result = importFile(enc('<!DOCTYPE html><html><body>Session expired</body></html>'), 'savedrecs.txt');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'html-page', severity: 'error' }] });
  });

  it('rejects unknown text with its first line in the message', () => {
    const result = importText('hello,world\n1,2\n', 'mystery.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].code).toBe('unknown-format');
      expect(result.issues[0].message).toContain('hello,world');
    }
  });

  it('rejects whitespace-only files', () => {
    expect(importText(' \r\n\n', 'blank.txt')).toMatchObject({ ok: false, issues: [{ code: 'empty-file' }] });
  });

  it('rejects a PDF before trying to decode it', () => {
    expect(importFile(enc('%PDF-1.4'), 'report.pdf')).toMatchObject({ ok: false, issues: [{ code: 'not-an-export' }] });
  });
});

describe.skipIf(!hasSampleData)('UTF-16 exports (older WoS "Tab-delimited (Win)")', () => {
  it('reads a UTF-16 LE copy of a real tab-delimited export exactly like the UTF-8 original', () => {
    // Derived in memory from the real file: re-encoded as UTF-16 LE with a BOM.
    const text = sampleText('wos-tabdelimited-lamatawk-diversity-1000rec.txt').replace(/^\uFEFF/, '');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const original = importFile(sampleBytes('wos-tabdelimited-lamatawk-diversity-1000rec.txt'), 'utf8.txt');
    const converted = importFile(utf16, 'utf16.txt');
    expect(converted.ok && converted.encoding).toBe('utf-16le');
    expect(converted.ok && converted.result.stats.records).toBe(1000);
    if (original.ok && converted.ok) expect(converted.result.publications[0].title).toBe(original.result.publications[0].title);
  });
});
