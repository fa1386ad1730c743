import { describe, expect, it } from 'vitest';
import { emptyPublication, type CitedReference, type Publication } from '../model';
import { journalInitials, journalKeysCompatible, numberKey } from './journal-key';
import { matchReferences, referenceLabel } from './match';

const ref = (r: Partial<CitedReference> & { raw: string }): CitedReference => ({ dois: [], ...r });

let line = 1;
const pub = (...references: CitedReference[]): Publication => {
  const p = emptyPublication({ file: 'test', format: 'wos-plaintext', line: line++ });
  p.references = references;
  return p;
};

describe('journalInitials', () => {
  it.each([
    ['J INFORMETR', 'JI'],
    ['Journal of Informetrics', 'JI'],
    ['J CLEAN PROD', 'JCP'],
    ['Journal of Cleaner Production', 'JCP'],
    ['P NATL ACAD SCI USA', 'PNASUSA'],
    ['Proceedings of the National Academy of Sciences of the United States of America', 'PNASUSA'],
    ['INT J ENV RES PUB HE', 'IJERPH'],
    ['International Journal of Environmental Research and Public Health', 'IJERPH'],
    ['Social Science & Medicine', 'SSM'],
    ['SOC SCI MED', 'SSM'],
    ['', ''],
  ])('%s -> %s', (source, key) => expect(journalInitials(source)).toBe(key));

  it('compares truncated J9 keys by prefix', () => {
    // IEEE T PATTERN ANAL is truncated at 20 characters; the full title has two more words.
    expect(journalKeysCompatible(journalInitials('IEEE T PATTERN ANAL'), journalInitials('IEEE Transactions on Pattern Analysis and Machine Intelligence'))).toBe(true);
    expect(journalKeysCompatible('JCP', 'JI')).toBe(false);
    expect(journalKeysCompatible('', 'JI')).toBe(true);
  });

  it('normalises volume and page tokens', () => {
    expect(numberKey('011')).toBe('11');
    expect(numberKey('e123')).toBe('E123');
    expect(numberKey(undefined)).toBe('');
  });
});

describe('matchReferences', () => {
  const wos = ref({ raw: 'Aria M, 2017, J INFORMETR, V11, P959, DOI 10.1016/j.joi.2017.08.007', author: 'Aria M', authorKey: 'ARIA', year: 2017, source: 'J INFORMETR', volume: '11', page: '959', dois: ['10.1016/j.joi.2017.08.007'] });
  const scopus = ref({ raw: 'Aria M., Cuccurullo C., bibliometrix..., (2017) Journal of Informetrics, 11 (4), pp. 959-975', author: 'Aria M.', authorKey: 'ARIA', year: 2017, title: 'bibliometrix: An R-tool', source: 'Journal of Informetrics', volume: '11', issue: '4', page: '959' });
  const wosNoDoi = ref({ raw: 'ARIA M, 2017, J INFORMETR, V11, P959', author: 'ARIA M', authorKey: 'ARIA', year: 2017, source: 'J INFORMETR', volume: '11', page: '959' });
  const other = ref({ raw: 'Aria M, 2017, SCIENTOMETRICS, V11, P959', author: 'Aria M', authorKey: 'ARIA', year: 2017, source: 'SCIENTOMETRICS', volume: '11', page: '959' });

  it('matches a WoS and a Scopus reference to the same work (J9 vs full title)', () => {
    const pubs = [pub(wos), pub(scopus), pub(wosNoDoi), pub(other)];
    const result = matchReferences(pubs);
    expect(wos.workId).toBe(scopus.workId);
    expect(wosNoDoi.workId).toBe(wos.workId);
    expect(other.workId).not.toBe(wos.workId);
    expect(result.works[0]).toMatchObject({ citingRecords: 3, doi: '10.1016/j.joi.2017.08.007', variants: 3, label: 'Aria M, 2017, J INFORMETR, V11, P959' });
    expect(result.works).toHaveLength(2);
    expect(result.ruleCounts['author-year-volume-page']).toBe(2);
  });

  it('counts citing records, not reference strings', () => {
    const a = ref({ raw: 'x', dois: ['10.1/a'] });
    const b = ref({ raw: 'x again', dois: ['10.1/a'] });
    const c = ref({ raw: 'x', dois: ['10.1/a'] });
    const result = matchReferences([pub(a, b), pub(c)]);
    expect(result.works).toHaveLength(1);
    expect(result.works[0].citingRecords).toBe(2);
    expect(result.works[0].variants).toBe(3);
  });

  it('never merges references that carry different DOIs (bibliometrix #266)', () => {
    const a = ref({ raw: 'Smith J, 2020, J X, V1, P1, DOI 10.1/a', authorKey: 'SMITH', year: 2020, source: 'J X', volume: '1', page: '1', dois: ['10.1/a'] });
    const b = ref({ raw: 'Smith J, 2020, J X, V1, P1, DOI 10.1/b', authorKey: 'SMITH', year: 2020, source: 'J X', volume: '1', page: '1', dois: ['10.1/b'] });
    const result = matchReferences([pub(a), pub(b)]);
    expect(a.workId).not.toBe(b.workId);
    expect(result.works).toHaveLength(2);
  });

  it('joins references sharing any of several DOIs', () => {
    const a = ref({ raw: 'a', dois: ['10.1/x', '10.1/y'] });
    const b = ref({ raw: 'b', dois: ['10.1/y'] });
    matchReferences([pub(a), pub(b)]);
    expect(a.workId).toBe(b.workId);
  });

  it('matches Lens / OpenAlex ids exactly, case-insensitively', () => {
    const a = ref({ raw: '005-443-695-721-98x', sourceId: '005-443-695-721-98x' });
    const b = ref({ raw: '005-443-695-721-98X', sourceId: '005-443-695-721-98X' });
    matchReferences([pub(a), pub(b)]);
    expect(a.workId).toBe(b.workId);
  });

  it('matches books without volume/page on surname, year and title key, but not anonymous ones', () => {
    const a = ref({ raw: 'Smith JA, 2015, GEOGRAPHIC INFORM SY', authorKey: 'SMITH', year: 2015, source: 'GEOGRAPHIC INFORM SY' });
    const b = ref({ raw: 'Smith J.A., Geographic Information Systems and Science, (2015) Wiley', authorKey: 'SMITH', year: 2015, title: 'Geographic Information Systems and Science' });
    const c = ref({ raw: '[Anonymous], 2015, GEOGRAPHIC INFORM SY', authorKey: 'ANONYMOUS', year: 2015, source: 'GEOGRAPHIC INFORM SY' });
    const d = ref({ raw: '[Anonymous], 2015, GEOGRAPHIC INFORM SY', authorKey: 'ANONYMOUS', year: 2015, source: 'GEOGRAPHIC INFORM SY' });
    matchReferences([pub(a), pub(b), pub(c), pub(d)]);
    expect(a.workId).toBe(b.workId);
    expect(c.workId).not.toBe(a.workId);
  });

  it('joins a reference without a page to one with it, but never chains different pages together', () => {
    const a = ref({ raw: 'a', authorKey: 'SMITH', year: 2020, source: 'J X', volume: '3' });
    const b = ref({ raw: 'b', authorKey: 'SMITH', year: 2020, source: 'Journal of X', volume: '3', page: '10' });
    const c = ref({ raw: 'c', authorKey: 'SMITH', year: 2020, source: 'J X', volume: '3', page: '20' });
    const d = ref({ raw: 'd', authorKey: 'SMITH', year: 2020, source: 'J X', volume: '4' });
    matchReferences([pub(a), pub(b), pub(c), pub(d)]);
    expect(b.workId).not.toBe(c.workId);
    expect([b.workId, c.workId]).toContain(a.workId);
    expect(d.workId).not.toBe(a.workId);
  });

  it('labels references WoS-style, falling back to the raw string', () => {
    expect(referenceLabel(wos)).toBe('Aria M, 2017, J INFORMETR, V11, P959');
    expect(referenceLabel(ref({ raw: 'garbage' }))).toBe('garbage');
  });

  it('handles very large blocks without quadratic work', () => {
    const refs = Array.from({ length: 5000 }, (_, i) => ref({ raw: `WHO ${i}`, authorKey: 'WHO', year: 2020, source: i % 2 ? 'WORLD HLTH REP' : 'GLOBAL TB REP' }));
    const result = matchReferences([pub(...refs)]);
    expect(result.works).toHaveLength(2);
  });
});
