import { describe, expect, it } from 'vitest';
import { applyThesaurus, parseThesaurus } from './thesaurus';

describe('parseThesaurus', () => {
  it('reads replacements and removals case-insensitively', () => {
    const t = parseThesaurus('\uFEFFlabel\treplace by\r\nResilience Indicators\tresilience indicator\r\nCOVID 19\tCOVID-19\r\npaper\t\r\n\r\n', 'thesaurus.txt');
    expect(t.issues).toEqual([]);
    expect(applyThesaurus('resilience indicators', t)).toBe('resilience indicator');
    expect(applyThesaurus('covid  19', t)).toBe('COVID-19');
    expect(applyThesaurus('Paper', t)).toBeNull();
    expect(applyThesaurus('flood', t)).toBe('flood');
    expect(applyThesaurus('flood', undefined)).toBe('flood');
  });

  it('reports bad lines with their line numbers and never throws', () => {
    const text = ['label\treplace by', 'ok\tfine', 'no tab  here', 'lonely', '\tnothing', 'a\tb\tc', 'ok\tother', '"quoted ""x"""\tq'].join('\n');
    const t = parseThesaurus(text, 'th.txt');
    expect(t.issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [3, 'thesaurus-no-tab', 'error'],
      [4, 'thesaurus-no-tab', 'warning'],
      [5, 'thesaurus-empty-label', 'error'],
      [6, 'thesaurus-extra-columns', 'warning'],
      [7, 'thesaurus-duplicate', 'warning'],
    ]);
    expect(t.issues.every((i) => i.file === 'th.txt' && i.message.includes(`Line ${i.line}`))).toBe(true);
    expect(applyThesaurus('ok', t)).toBe('fine');
    expect(applyThesaurus('lonely', t)).toBeNull();
    expect(applyThesaurus('a', t)).toBe('b');
    expect(applyThesaurus('quoted "x"', t)).toBe('q');
    expect(t.replacements.has('no tab  here')).toBe(false);
  });

  it('tolerates a missing header and flags empty or binary files', () => {
    const noHeader = parseThesaurus('gis\tGIS\n', 'x.txt');
    expect(noHeader.issues[0]).toMatchObject({ code: 'thesaurus-header', line: 1, severity: 'warning' });
    expect(applyThesaurus('GIS', noHeader)).toBe('GIS');
    expect(parseThesaurus('', 'e.txt').issues[0].code).toBe('thesaurus-empty');
    expect(parseThesaurus('label\treplace by\n', 'e.txt').issues[0].code).toBe('thesaurus-empty');
    expect(parseThesaurus('PK\u0003\u0004\u0000\u0000', 'x.xlsx').issues[0]).toMatchObject({ code: 'thesaurus-not-text', severity: 'error' });
  });
});
