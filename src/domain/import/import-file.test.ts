import { describe, expect, it } from 'vitest';
import { importFile, importText } from './import-file';

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
