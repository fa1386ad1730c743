import { describe, expect, it } from 'vitest';
import { cleanValue, vosviewerJsonRefusal, vosviewerMapNetworkRefusal } from './vosviewer-online-rules';

// The checker must be able to fail: hand-made files, each breaking one of VOSviewer Online's rules.

type JsonItem = Record<string, unknown>;
const item = (id: unknown, extra: JsonItem = {}): JsonItem => ({ id, label: `Item ${String(id)}`, x: Number(id), y: -Number(id), cluster: 1, weights: { Links: 1, Citations: 3 }, scores: { 'Avg. pub. year': 2020 }, ...extra });
const ITEMS = [item(1), item(2, { cluster: 2 }), item(3)];
const LINKS = [
  { source_id: 1, target_id: 2, strength: 1 },
  { source_id: 2, target_id: 3, strength: 2.5 },
];
const json = (items: unknown[] | undefined, links?: unknown[]): string => JSON.stringify({ network: { ...(items ? { items } : {}), ...(links ? { links } : {}) } });
const withItem = (index: number, changed: JsonItem, links: unknown[] | undefined = LINKS): string => json(ITEMS.map((entry, i) => (i === index ? changed : entry)), links);
const without = (entry: JsonItem, ...keys: string[]): JsonItem => Object.fromEntries(Object.entries(entry).filter(([key]) => !keys.includes(key)));

describe('VOSviewer Online JSON rules', () => {
  it('accepts a plain file and the leeway VOSviewer Online gives', () => {
    expect(vosviewerJsonRefusal(json(ITEMS, LINKS))).toBeNull();
    expect(vosviewerJsonRefusal(json(ITEMS))).toBeNull();
    // A missing cluster or score is null, which is allowed; so are numeric strings and a missing strength.
    expect(vosviewerJsonRefusal(withItem(0, without(ITEMS[0], 'cluster', 'scores')))).toBeNull();
    expect(vosviewerJsonRefusal(withItem(1, { ...ITEMS[1], x: ' 2.5 ', cluster: '2' }))).toBeNull();
    expect(vosviewerJsonRefusal(json(ITEMS, [{ source_id: '1', target_id: 3 }]))).toBeNull();
    // Only coordinates are needed when there are no links; ids are strings or numbers.
    expect(vosviewerJsonRefusal(json([{ label: 'a', x: 0, y: 0 }, { label: 'b', x: 1, y: 0 }, { label: 'c', x: 0, y: 1 }]))).toBeNull();
    // Links alone (no items) open too: VOSviewer Online makes the items.
    expect(vosviewerJsonRefusal(json(undefined, LINKS))).toBeNull();
  });

  it.each([
    ['file-empty', ''],
    ['file-empty', json([], [])],
    ['invalid-json-data-format', '{"network": {"items": [}'],
    ['invalid-json-data-format', '{"items": [{"id": 1}]}'],
    ['less-than-three-items', json(ITEMS.slice(0, 2))],
    ['id-label-attributes-missing', json(ITEMS.map((entry) => without(entry, 'id', 'label')))],
    ['id-attribute-missing', json(ITEMS.map((entry) => without(entry, 'id')), LINKS)],
    ['xy-attributes-missing', json(ITEMS.map((entry) => without(entry, 'y')))],
    ['id-empty', withItem(1, { ...ITEMS[1], id: '  ' })],
    // "1" is cleaned to the number 1.
    ['id-not-unique', withItem(1, { ...ITEMS[1], id: '1' })],
    ['xy-not-number', withItem(1, { ...ITEMS[1], x: null })],
    ['xy-not-number', withItem(1, { ...ITEMS[1], y: 'north' })],
    // The item lacking x gets null because the others have it.
    ['xy-not-number', withItem(2, without(ITEMS[2], 'x'))],
    ['weight-not-nonnegative-number', withItem(1, { ...ITEMS[1], weights: { Links: 1, Citations: -1 } })],
    ['weight-not-nonnegative-number', withItem(1, { ...ITEMS[1], weights: { Links: 1, Citations: 'NaN' } })],
    // A weight one item lacks and the others have is null: refused.
    ['weight-not-nonnegative-number', withItem(1, { ...ITEMS[1], weights: { Links: 1 } })],
    ['score-not-number', withItem(0, { ...ITEMS[0], scores: { 'Avg. pub. year': 'recent' } })],
    ['cluster-not-positive-integer', withItem(2, { ...ITEMS[2], cluster: 1001 })],
    ['cluster-not-positive-integer', withItem(2, { ...ITEMS[2], cluster: 0 })],
    ['cluster-not-positive-integer', withItem(2, { ...ITEMS[2], cluster: 1.5 })],
    ['items-same-coordinates', json(ITEMS.map((entry) => ({ ...entry, x: 0.5, y: 0.5 })), LINKS)],
    ['source-id-attribute-missing', json(ITEMS, [{ source: 1, target_id: 2 }])],
    ['target-id-attribute-missing', json(ITEMS, [{ source_id: 1, target: 2 }])],
    ['invalid-source-id-target-id', json(ITEMS, [...LINKS, { source_id: 1, target_id: 4 }])],
    // Ids are checked for truthiness: an item 0 cannot be linked.
    ['invalid-source-id-target-id', json([item(0), ...ITEMS.slice(1)], [{ source_id: 0, target_id: 2 }])],
    ['strength-not-nonnegative-number', json(ITEMS, [...LINKS, { source_id: 1, target_id: 3, strength: '-0.5' }])],
    ['crash', json([...ITEMS, null])],
  ])('refuses %s', (code, text) => {
    expect(vosviewerJsonRefusal(text)).toMatchObject({ code, file: 'json' });
  });
});

const HEADER = 'id\tlabel\tx\ty\tcluster\tweight<Links>\tscore<Avg. pub. year>';
const ROWS = ['1\tAlpha\t0.5\t-1\t1\t2\t2019.5', '2\t"Beta, ""B"""\t-0.25\t1\t2\t1\t2020', '3\t引文分析\t2\t0\t2\t1\t'];
const mapFile = (rows: string[] = ROWS, header = HEADER): string => `${[header, ...rows].join('\n')}\n`;
const withRow = (index: number, row: string): string => mapFile(ROWS.map((entry, i) => (i === index ? row : entry)));
const NETWORK = '1\t2\t1\n2\t3\t2.5\n';

describe('VOSviewer Online map and network file rules', () => {
  it('accepts plain files and the leeway VOSviewer Online gives', () => {
    expect(vosviewerMapNetworkRefusal(mapFile())).toBeNull();
    expect(vosviewerMapNetworkRefusal(mapFile(), NETWORK)).toBeNull();
    expect(vosviewerMapNetworkRefusal(mapFile().slice(0, -1), NETWORK.slice(0, -1))).toBeNull();
    expect(vosviewerMapNetworkRefusal(mapFile().replace(/\n/g, '\r\n'), NETWORK.replace(/\n/g, '\r\n'))).toBeNull();
    // An empty cluster or score cell is no cluster / no score; a network file may leave out strengths.
    expect(vosviewerMapNetworkRefusal(withRow(0, '1\tAlpha\t0.5\t-1\t\t2\t'), '1\t2\n1\t3')).toBeNull();
    // Semicolons and commas are guessed.
    expect(vosviewerMapNetworkRefusal('label;x;y\na;0;0\nb;1;0\nc;0;1\n')).toBeNull();
    expect(vosviewerMapNetworkRefusal('id,label,x,y\n1,a,0,0\n2,b,1,0\n3,c,0,1\n', '1,2,1\n')).toBeNull();
    // A quoted tab or line break stays inside its cell.
    expect(vosviewerMapNetworkRefusal(withRow(0, '1\t"Al\tpha\nline"\t0.5\t-1\t1\t2\t2019.5'), NETWORK)).toBeNull();
  });

  it('guesses the delimiter as papaparse does', () => {
    // Under 10 two-cell lines and a final line break average under 2 cells a line: no delimiter is
    // found, papaparse falls back to commas and every line becomes one cell.
    expect(vosviewerMapNetworkRefusal(mapFile(), '1\t2\n1\t3\n')).toMatchObject({ code: 'less-than-two-columns-network-file' });
    expect(vosviewerMapNetworkRefusal(mapFile(), '1\t2\n1\t3')).toBeNull();
  });

  it('drops a short last row silently, as VOSviewer Online does', () => {
    expect(vosviewerMapNetworkRefusal(`${mapFile()}4\tDelta`, NETWORK)).toBeNull();
    expect(vosviewerMapNetworkRefusal(`${mapFile()}4\tDelta`, `${NETWORK}1\t4\t1\n`)).toMatchObject({ code: 'invalid-id-network-file', line: 3 });
  });

  it.each([
    ['map', 'file-empty', '', undefined],
    ['map', 'incorrect-use-of-quotes', withRow(1, '2\t"Beta\t-0.25\t1\t2\t1\t2020'), undefined],
    ['map', 'incorrect-use-of-quotes', withRow(1, '2\t"Beta"B\t-0.25\t1\t2\t1\t2020'), undefined],
    ['map', 'header-missing', mapFile(ROWS, `\t${HEADER.slice(3)}`), undefined],
    ['map', 'multiple-columns', mapFile(ROWS.map((row) => `${row}\t1`), `${HEADER}\tx`), undefined],
    ['map', 'incorrect-n-columns', withRow(1, '2\tBeta\t-0.25\t1\t2\t1'), undefined],
    ['map', 'incorrect-n-columns', withRow(1, '2\tBeta\t-0.25\t1\t2\t1\t2020\textra'), undefined],
    ['map', 'less-than-three-items', mapFile(ROWS.slice(0, 2)), undefined],
    ['map', 'id-label-columns-missing', mapFile(ROWS, HEADER.replace('id\tlabel', 'key\tname')), undefined],
    // Header names are matched as written: "ID" is not "id".
    ['map', 'id-column-missing', mapFile(ROWS, HEADER.replace('id', 'ID')), NETWORK],
    ['map', 'xy-columns-missing', mapFile(ROWS, HEADER.replace('\ty', '\tz')), undefined],
    ['map', 'xy-columns-missing', mapFile(ROWS, HEADER.replace('\tx\ty', '\tX\tY')), undefined],
    ['map', 'id-empty', withRow(2, ' \t引文分析\t2\t0\t2\t1\t'), undefined],
    ['map', 'id-not-unique', withRow(2, '01\t引文分析\t2\t0\t2\t1\t'), undefined],
    ['map', 'xy-not-number', withRow(1, '2\tBeta\t\t1\t2\t1\t2020'), undefined],
    ['map', 'xy-not-number', withRow(1, '2\tBeta\tNaN\t1\t2\t1\t2020'), undefined],
    ['map', 'weight-not-nonnegative-number', withRow(1, '2\tBeta\t-0.25\t1\t2\t\t2020'), undefined],
    ['map', 'weight-not-nonnegative-number', withRow(1, '2\tBeta\t-0.25\t1\t2\t-3\t2020'), undefined],
    ['map', 'score-not-number', withRow(1, '2\tBeta\t-0.25\t1\t2\t1\tlate'), undefined],
    ['map', 'cluster-not-positive-integer', withRow(1, '2\tBeta\t-0.25\t1\t1001\t1\t2020'), undefined],
    ['map', 'items-same-coordinates', mapFile(ROWS.map((row) => row.replace(/^(\d\t[^\t]*)\t[^\t]*\t[^\t]*/, '$1\t1\t1'))), undefined],
    ['network', 'file-empty', mapFile(), ''],
    ['network', 'incorrect-use-of-quotes', mapFile(), '1\t"2\t1\n'],
    ['network', 'less-than-two-columns-network-file', mapFile(), '1\n2\n'],
    ['network', 'more-than-three-columns-network-file', mapFile(), '1\t2\t1\t0\n'],
    ['network', 'incorrect-n-columns', mapFile(), '1\t2\t1\n2\t3\n'],
    ['network', 'invalid-id-network-file', mapFile(), `${NETWORK}3\t4\t1\n`],
    ['network', 'invalid-id-network-file', mapFile(), `${NETWORK}0\t1\t1\n`],
    ['network', 'strength-not-nonnegative-number', mapFile(), `${NETWORK}1\t3\t-1\n`],
  ])('refuses a %s file: %s', (file, code, map, network) => {
    expect(vosviewerMapNetworkRefusal(map, network)).toMatchObject({ code, file });
  });

  it('gives VOSviewer Online line numbers', () => {
    expect(vosviewerMapNetworkRefusal(withRow(1, '2\tBeta\t-0.25\t1\t2\t\t2020'))?.line).toBe(3);
    expect(vosviewerMapNetworkRefusal(mapFile(), `${NETWORK}1\t3\t-1\n`)?.line).toBe(3);
  });

  it('cleans values as VOSviewer Online does', () => {
    expect([' 12 ', 'NaN', 'null', '', '  ', '1e3', '0x10', 'Infinity', ' text ', 7, null].map(cleanValue)).toEqual([12, null, null, null, null, 1000, 16, Infinity, ' text ', 7, null]);
  });
});
