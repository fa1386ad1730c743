import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readVosviewerMap, readVosviewerNetwork, vosviewerCaveats, writeVosviewerMap, writeVosviewerNetwork } from './vosviewer';
import { expectSameItems, SMALL_MAP } from './test-support';
import type { ScienceMap } from './types';

const EXPECTED_MAP = [
  'id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\tweight<Citations>\tscore<Avg. pub. year>',
  '1\t"co-citation\tanalysis"\t0.5\t-0.25\t1\t2\t3.5\t10\t120\t2019.5',
  '2\t"He said ""hello"", ok"\t-1.125\t0.75\t1\t2\t5\t8\t33\t2020',
  '3\t"R&D <policy> & ""innovation"""\t0.1\t0.2\t2\t3\t5.5\t4\t7\t2018.25',
  '4\t"文献计量学; 引文分析"\t2\t-3\t2\t1\t1\t3\t0\t2021',
].join('\n');

const EXPECTED_NETWORK = '1\t2\t2\n1\t3\t1.5\n2\t3\t3\n3\t4\t1\n';

describe('VOSviewer map and network files', () => {
  it('writes the map file exactly', () => {
    expect(writeVosviewerMap(SMALL_MAP)).toBe(EXPECTED_MAP);
  });

  it('writes the network file exactly', () => {
    expect(writeVosviewerNetwork(SMALL_MAP)).toBe(EXPECTED_NETWORK);
  });

  it('reads back what it writes', () => {
    const read = readVosviewerMap(writeVosviewerMap(SMALL_MAP));
    expect(read.issues).toEqual([]);
    expectSameItems(read.map.items, SMALL_MAP.items);
    const network = readVosviewerNetwork(writeVosviewerNetwork(SMALL_MAP), { idIndex: read.idIndex });
    expect(network.issues).toEqual([]);
    expect(network.map.links).toEqual(SMALL_MAP.links);
    expect(readVosviewerNetwork(EXPECTED_NETWORK).map.links).toEqual(SMALL_MAP.links);
  });

  it('numbers items 1..n in array order whatever their ids', () => {
    const map: ScienceMap = { ...SMALL_MAP, items: SMALL_MAP.items.map((item) => ({ ...item, id: item.id * 10 + 7 })), links: [{ source: 37, target: 7, strength: 4 }] };
    expect(writeVosviewerNetwork(map)).toBe('4\t1\t4\n');
    expect(() => writeVosviewerNetwork({ ...map, links: [{ source: 1, target: 7, strength: 1 }] })).toThrow(/^domain\/export: /);
  });

  it('reads comma and semicolon files, string ids, missing columns and bad cells with line numbers', () => {
    const text = 'ID;Label;X;Y;Cluster;weight<Documents>;extra\na;alpha;1,5;2;3;4;z\nb;beta;x;2;0;-1;z\na;again;0;0;1;1;z\n\nc;gamma\n';
    const read = readVosviewerMap(text, { file: 'terms.txt' });
    expect(read.map.items.map((item) => [item.id, item.label, item.x, item.cluster])).toEqual([
      [0, 'alpha', 0, 2],
      [1, 'beta', 0, 0],
      [2, 'gamma', 0, 0],
    ]);
    expect([...read.idIndex]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    const codes = read.issues.map((issue) => [issue.code, issue.line]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['unknown-column', 1],
        ['bad-coordinate', 2],
        ['bad-cluster', 3],
        ['bad-weight', 3],
        ['id-not-unique', 4],
        ['row-field-count', 6],
      ]),
    );
    expect(read.issues.every((issue) => issue.file === 'terms.txt')).toBe(true);
    const network = readVosviewerNetwork('a,b,2\nb,a,1\nc,a\na,zz,1\na,a,1\nb,c,-1\n', { idIndex: read.idIndex });
    expect(network.map.links).toEqual([
      { source: 0, target: 1, strength: 3 },
      { source: 2, target: 0, strength: 1 },
    ]);
    expect(network.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['duplicate-link', 2],
      ['unknown-item', 4],
      ['self-link', 5],
      ['bad-strength', 6],
    ]);
  });

  it('reports a missing header', () => {
    const read = readVosviewerMap('1\t2\t3\n');
    expect(read.map.items).toEqual([]);
    expect(read.issues.map((issue) => issue.code)).toEqual(['header-missing']);
    expect(readVosviewerMap('').issues.map((issue) => issue.code)).toEqual(['header-missing']);
  });

  it('round-trips arbitrary labels and numbers', () => {
    const item = fc.record({
      label: fc.string({ unit: 'binary', maxLength: 20 }),
      x: fc.double({ noNaN: true, noDefaultInfinity: true }),
      y: fc.double({ noNaN: true, noDefaultInfinity: true }),
      cluster: fc.integer({ min: 0, max: 999 }),
      weights: fc.dictionary(fc.constantFrom('Links', 'Citations', 'Norm. citations', 'Documents'), fc.double({ min: 0, max: 1e6, noNaN: true })),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (raw) => {
        const items = raw.map((entry, id) => ({ ...entry, id }));
        const read = readVosviewerMap(writeVosviewerMap({ items }));
        expect(read.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
        // A weight an item lacks and another has is written 0 (VOSviewer Online refuses empty weights).
        const names = [...new Set(items.flatMap((entry) => Object.keys(entry.weights)))];
        expectSameItems(read.map.items, items.map((entry) => ({ ...entry, weights: { ...Object.fromEntries(names.map((name) => [name, 0])), ...entry.weights } })));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const map = readVosviewerMap(text);
        expect(Array.isArray(map.issues)).toBe(true);
        expect(Array.isArray(readVosviewerNetwork(text).map.links)).toBe(true);
        expect(Array.isArray(readVosviewerNetwork(text, { idIndex: map.idIndex }).issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const valid = writeVosviewerMap(SMALL_MAP);
    fc.assert(
      fc.property(fc.nat(valid.length), fc.string({ unit: 'binary', maxLength: 5 }), (at, insert) => {
        const damaged = valid.slice(0, at) + insert + valid.slice(at + 1);
        expect(Array.isArray(readVosviewerMap(damaged).map.items)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('vosviewerCaveats', () => {
  const item = (cluster: number): ScienceMap['items'][number] => ({ ...SMALL_MAP.items[0], cluster });
  it('has nothing to say about an ordinary map', () => {
    expect(vosviewerCaveats(SMALL_MAP)).toEqual([]);
  });
  it('names maps VOSviewer Online refuses or shows only in part', () => {
    expect(vosviewerCaveats({ items: SMALL_MAP.items.slice(0, 2), links: SMALL_MAP.links.slice(0, 1) })).toEqual([{ code: 'too-few-items', items: 2 }]);
    expect(vosviewerCaveats({ items: SMALL_MAP.items, links: [] })).toEqual([{ code: 'no-links' }]);
    const items = [item(0), item(999), item(1000), item(1000), item(1500)];
    expect(vosviewerCaveats({ items, links: SMALL_MAP.links })).toEqual([{ code: 'clusters-cut', clusters: 2, items: 3 }]);
  });
});
