import { describe, expect, it } from 'vitest';
import { decodeExport, guessLegacyEncoding, LARGE_PIECE_BYTES } from './encoding';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeExport', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeExport(enc('PT J'), 'a')).toMatchObject({ ok: true, pieces: ['PT J'], encoding: 'utf-8' });
    expect(decodeExport(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('PT J')]), 'a')).toMatchObject({ ok: true, pieces: ['PT J'], encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x50, 0, 0x54, 0]);
    const be = new Uint8Array([0xfe, 0xff, 0, 0x50, 0, 0x54]);
    expect(decodeExport(le, 'a')).toMatchObject({ ok: true, pieces: ['PT'], encoding: 'utf-16le' });
    expect(decodeExport(be, 'a')).toMatchObject({ ok: true, pieces: ['PT'], encoding: 'utf-16be' });
  });

  it.each([
    [new Uint8Array(), 'empty-file'],
    [enc('%PDF-1.7 ...'), 'not-an-export'],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'not-an-export'],
    [new Uint8Array([0x50, 0, 0x54, 0, 0x09, 0, 0x41, 0, 0x55, 0, 0x09, 0, 0x42, 0, 0x41, 0, 0x0a, 0]), 'unsupported-encoding'],
  ])('rejects bad input with a clear code (%#)', (bytes, code) => {
    const result = decodeExport(bytes, 'file.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe(code);
      expect(result.issue.message).toContain('file.txt');
    }
  });

  it('names the legacy encoding it sees', () => {
    const latin1 = new Uint8Array([...enc('Authors,Title\nM'), 0xfc, ...enc('ller,Caf'), 0xe9]);
    const result = decodeExport(latin1, 'x.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.message).toContain('Windows-1252');
    // "中文标题测试" in GBK
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xea, 0xcc, 0xe2, 0xb2, 0xe2, 0xca, 0xd4, 0xd6, 0xd0, 0xce, 0xc4]);
    expect(guessLegacyEncoding(gbk)).toContain('GBK');
  });

  it('decodes large UTF-8 in pieces that end at line breaks, one-byte where they can be', () => {
    // Lines of 37 bytes; one Greek letter (two bytes) and one U+FEFF (three) far into the file.
    const lines = Array.from({ length: 12000 }, (_, i) => `CR Smith J, 2001, J TEST, V1, P${String(i).padStart(5, '0')}`);
    lines[3000] = 'CR Smith J, 2001, J TEST, V1, P\u03b1';
    lines[11400] = '\ufeffCR after a stray byte-order mark';
    const text = `${lines.join('\r\n')}\n`;
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]);
    expect(decodeExport(bytes, 'a')).toMatchObject({ ok: true, pieces: [text] });
    expect(decodeExport(bytes, 'a', (head) => !head.startsWith('CR'))).toMatchObject({ ok: true, pieces: [text] });
    const result = decodeExport(bytes, 'a', (head) => head.startsWith('CR Smith J, 2001'));
    if (!result.ok) throw new Error('test: rejected');
    expect(result.pieces.join('')).toBe(text);
    for (const piece of result.pieces) expect(piece.endsWith('\n')).toBe(true);
    // Only the small pieces holding the Greek letter and the mark have characters beyond Latin-1;
    // the pure-ASCII stretch between them (270 kB) is in two large pieces.
    expect(result.pieces.filter((piece) => [...piece].some((c) => c.charCodeAt(0) > 0xff))).toHaveLength(2);
    expect(result.pieces.filter((piece) => piece.length >= LARGE_PIECE_BYTES)).toHaveLength(2);
    expect(result.pieces.length).toBeGreaterThan(10);
  });

  it('rejects invalid UTF-8 in any piece, not only the first', () => {
    const good = enc(`${'PT J\n'.repeat(20000)}`);
    for (const inPieces of [undefined, () => true]) {
      const result = decodeExport(new Uint8Array([...good, 0xe9, ...enc('t\n')]), 'late.txt', inPieces);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issue.code).toBe('unsupported-encoding');
    }
  });
});
