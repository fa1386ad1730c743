import { describe, expect, it } from 'vitest';
import type { ThesaurusCheck } from '../../services';
import { en } from '../../ui/i18n/en';
import { zh } from '../../ui/i18n/zh';
import { appliedThesaurus, defaultForm, toMapOptions, withType } from './map-form';
import { MAX_THESAURUS_BYTES, readThesaurusFile, thesaurusIssueKey, thesaurusProblemKey } from './thesaurus-file';

const file = { fileName: 't.txt', text: 'label\treplace by\nGIS\tgeographic information systems\n' };
const usable: ThesaurusCheck = { fileName: 't.txt', isUsable: true, entries: 1, merges: 1, drops: 0, issues: [], issueCount: 0 };

describe('the thesaurus of the map form', () => {
  it('applies a usable file to keyword and term units only', () => {
    const form = { ...defaultForm('co-occurrence'), thesaurus: { file, check: usable } };
    expect(appliedThesaurus(form)).toBe(file);
    expect(toMapOptions(form).thesaurus).toBe(file);
    expect(toMapOptions({ ...form, unit: 'terms' }).thesaurus).toBe(file);
    // Kept when the type changes (back to keywords, it applies again), but not applied to authors.
    const authors = withType(form, 'co-authorship');
    expect(authors.thesaurus).toBe(form.thesaurus);
    expect('thesaurus' in toMapOptions(authors)).toBe(false);
    expect(appliedThesaurus({ ...form, thesaurus: { file, check: { ...usable, isUsable: false, problem: 'no-header' } } })).toBeUndefined();
    expect('thesaurus' in toMapOptions(defaultForm('co-occurrence'))).toBe(false);
  });
});

describe('reading a thesaurus file', () => {
  it('reads text, and refuses a file too large or unreadable without throwing', async () => {
    expect(await readThesaurusFile({ name: 'a.txt', size: 10, text: async () => 'label\treplace by\n' })).toEqual({ file: { fileName: 'a.txt', text: 'label\treplace by\n' } });
    expect(await readThesaurusFile({ name: 'big.txt', size: MAX_THESAURUS_BYTES + 1, text: async () => '' })).toMatchObject({ refused: { fileName: 'big.txt', isUsable: false, problem: 'too-large' } });
    expect(await readThesaurusFile({ name: 'gone.txt', size: 5, text: () => Promise.reject(new Error('NotReadableError')) })).toMatchObject({ refused: { problem: 'unreadable' } });
  });

  it('has a message in both languages for every problem and every parser issue, with its line', () => {
    for (const problem of ['not-text', 'no-header', 'empty', 'too-large', 'unreadable'] as const) {
      const key = thesaurusProblemKey(problem);
      expect(en[key]).toContain('{file}');
      expect(zh[key]).toContain('{file}');
    }
    const issues = [['thesaurus-header', 'warning'], ['thesaurus-no-tab', 'error'], ['thesaurus-no-tab', 'warning'], ['thesaurus-empty-label', 'error'], ['thesaurus-extra-columns', 'warning'], ['thesaurus-duplicate', 'warning']];
    const keys = issues.map(([code, severity]) => thesaurusIssueKey({ code, severity }));
    expect(new Set(keys).size).toBe(issues.length);
    for (const key of keys) {
      expect(key && en[key]).toContain('{line}');
      expect(key && zh[key]).toContain('{line}');
    }
    expect(thesaurusIssueKey({ code: 'something-else', severity: 'warning' })).toBeUndefined();
  });
});
