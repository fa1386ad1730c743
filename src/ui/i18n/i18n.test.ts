import { describe, expect, it } from 'vitest';
import { en } from './en';
import type { MessageKey } from './en';
import { zh } from './zh';
import { createTranslator, initialLang, interpolate, placeholdersOf } from './translate';

describe('i18n dictionaries', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('have exactly the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = keys.filter((key) => placeholdersOf(en[key]).join() !== placeholdersOf(zh[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('have no empty message', () => {
    expect(keys.filter((key) => !en[key].trim() || !zh[key].trim())).toEqual([]);
  });

  it('translates Chinese labels for every navigation entry', () => {
    for (const key of ['nav.import', 'nav.maps', 'nav.benchmarking', 'nav.patents', 'nav.reports'] as const) {
      expect(zh[key]).not.toBe(en[key]);
    }
  });
});

describe('interpolate', () => {
  it('fills parameters and formats numbers for the language', () => {
    expect(interpolate('{count} records in {name}', { count: 50000, name: 'A' }, 'en')).toBe('50,000 records in A');
    expect(interpolate('{count} 条', { count: 1234 }, 'zh')).toBe('1,234 条');
  });

  it('keeps unknown placeholders visible instead of printing "undefined"', () => {
    expect(interpolate('line {line}', {}, 'en')).toBe('line {line}');
  });

  it('translates with the chosen dictionary', () => {
    expect(createTranslator('zh')('nav.import')).toBe('导入');
    expect(createTranslator('en')('dataset.deleteTitle', { name: 'X' })).toBe('Delete “X”?');
  });
});

describe('initialLang', () => {
  it('prefers the stored choice, then the browser language', () => {
    expect(initialLang('zh', ['en-US'])).toBe('zh');
    expect(initialLang(null, ['zh-CN', 'en'])).toBe('zh');
    expect(initialLang('fr', ['en-US'])).toBe('en');
  });
});
