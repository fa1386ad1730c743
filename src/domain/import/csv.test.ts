import { describe, expect, it } from 'vitest';
import { columnIndex, readCsv } from './csv';

describe('readCsv', () => {
  it('keeps the starting line of rows with line breaks inside quoted cells', () => {
    const table = readCsv('a,b\r\n1,"x\ny"\r\n\r\n3,4\r\n5,"6"');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([[2, '1', 'x\ny'], [5, '3', '4'], [6, '5', '6']]);
    expect(table.newline).toBe('\r\n');
  });

  it('skips preamble lines and reads CR-only files', () => {
    expect(readCsv('search URL:,x\nid,t\n1,2\n', { skipLines: 1 })).toMatchObject({ header: ['id', 't'], headerLine: 2, rows: [{ line: 3, cells: ['1', '2'] }] });
    expect(readCsv('a,b\r1,2\r3,4')).toMatchObject({ newline: '\r', rows: [{ line: 2 }, { line: 3 }] });
  });

  it('cleans header cells and looks columns up case-insensitively', () => {
    const table = readCsv('\uFEFF"#", Title ,DOI\n1,T,10.1/x');
    expect(table.header).toEqual(['#', 'Title', 'DOI']);
    const col = columnIndex(table.header);
    expect(col.get(table.rows[0].cells, 'title')).toBe('T');
    expect(col.get(table.rows[0].cells, 'missing')).toBe('');
    expect(col.has('doi')).toBe(true);
  });

  it('reports unterminated quotes with a line number', () => {
    const table = readCsv('a,b\n1,2\n3,"oops\n');
    expect(table.quoteErrors[0]?.line).toBe(3);
  });
});
