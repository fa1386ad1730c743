import { describe, expect, it } from 'vitest';
import { leiden } from '../cluster';
import { importFile } from '../import';
import { hasSampleData, sampleBytes } from '../import/test-support';
import { DEFAULT_MAP_OPTIONS, runMap, type MapOptions } from '../maps/run-map';
import { csrFromLinks } from '../network/csr';
import { matchReferences } from '../references';
import { readGraphML, writeGraphML } from './graphml';
import { pajekLabel, readPajek, writePajek } from './pajek';
import { pajekProblem, xmlProblem } from './pajek-graphml-rules';
import { expectSameItems, SMALL_MAP } from './test-support';
import type { ScienceMap } from './types';
import { readVosviewerMap, readVosviewerNetwork, writeVosviewerMap, writeVosviewerNetwork } from './vosviewer';
import { readVosviewerJson, writeVosviewerJson } from './vosviewer-json';
import { vosviewerJsonRefusal, vosviewerMapNetworkRefusal } from './vosviewer-online-rules';

const notInfo = (issues: readonly { severity: string }[]) => issues.filter((issue) => issue.severity !== 'info');

/**
 * VOSviewer Online opens the JSON and the map file (alone and with the network file) of `map`, and
 * our readers read them back as `expected` (what the files can carry of the map) without warnings.
 */
function expectVosviewerOnlineOpens(map: ScienceMap, expected: ScienceMap = map): void {
  const json = writeVosviewerJson(map);
  const mapText = writeVosviewerMap(map);
  const networkText = writeVosviewerNetwork(map);
  expect(vosviewerJsonRefusal(json)).toBeNull();
  expect(vosviewerMapNetworkRefusal(mapText)).toBeNull();
  if (map.links.length > 0) expect(vosviewerMapNetworkRefusal(mapText, networkText)).toBeNull();

  const fromJson = readVosviewerJson(json);
  expect(notInfo(fromJson.issues)).toEqual([]);
  expectSameItems(fromJson.map.items, expected.items);
  expect(fromJson.map.links).toEqual(expected.links);
  expect(fromJson.map.clusters).toEqual(expected.clusters);
  expect(fromJson.map.parameters).toEqual(expected.parameters);

  const fromMap = readVosviewerMap(mapText);
  expect(notInfo(fromMap.issues)).toEqual([]);
  expectSameItems(fromMap.map.items, expected.items);
  const fromNetwork = readVosviewerNetwork(networkText, { idIndex: fromMap.idIndex });
  expect(fromNetwork.issues).toEqual([]);
  expect(fromNetwork.map.links).toEqual(expected.links);
}

/** The GraphML and Pajek files of `map` are valid; GraphML reads back whole, Pajek its labels and links. */
function expectValidGraphMLAndPajek(map: ScienceMap): void {
  const graphml = writeGraphML(map);
  expect(xmlProblem(graphml)).toBeNull();
  const fromGraphML = readGraphML(graphml);
  expect(fromGraphML.issues).toEqual([]);
  expect(fromGraphML.map.items.map((item) => item.label)).toEqual(map.items.map((item) => item.label));
  expect(fromGraphML.map.links).toEqual(map.links);

  const pajek = writePajek(map);
  expect(pajekProblem(pajek)).toBeNull();
  const fromPajek = readPajek(pajek);
  expect(fromPajek.issues).toEqual([]);
  expect(fromPajek.map.items.map((item) => item.label)).toEqual(map.items.map((item) => pajekLabel(item.label)));
  expect(fromPajek.map.links).toEqual(map.links);
}

describe.skipIf(!hasSampleData)('maps of a real export open in VOSviewer Online', () => {
  const read = (name: string) => {
    const result = importFile(sampleBytes(name), name);
    if (!result.ok) throw new Error(name);
    return result.result.publications;
  };
  const publications = hasSampleData ? read('wos-plaintext-sisonke-systematic-review-500rec.txt') : [];
  if (hasSampleData) matchReferences(publications);

  it.each([
    ['co-citation of cited references (labels with commas)', { type: 'co-citation', unit: 'cited-references', minOccurrences: 10 }],
    ['co-authorship of authors (2,000 items, some isolated, 300 clusters)', { type: 'co-authorship', unit: 'authors', minOccurrences: 1 }],
    ['co-authorship of institutions (labels with ampersands)', { type: 'co-authorship', unit: 'institutions', minOccurrences: 2 }],
    ['co-occurrence of author keywords', { type: 'co-occurrence', unit: 'author-keywords', minOccurrences: 5 }],
  ] as const)('%s', (_, choice) => {
    const options: MapOptions = { ...DEFAULT_MAP_OPTIONS, ...choice };
    const { map } = runMap({ publications }, options);
    expect(map.items.length).toBeGreaterThanOrEqual(3);
    expect(map.clusters.length).toBeGreaterThan(1);
    expectVosviewerOnlineOpens(map);
    // GraphML carries the whole map.
    const fromGraphML = readGraphML(writeGraphML(map)).map;
    expectSameItems(fromGraphML.items, map.items);
    expect(fromGraphML.clusters).toEqual(map.clusters);
    expectValidGraphMLAndPajek(map);
  });
});

/** 800 isolated items, 300 pairs and 100 five-cliques, in that order: 1,200 components, clustered by Leiden. */
function manyClustersMap(): ScienceMap {
  const sources: number[] = [];
  const targets: number[] = [];
  let nodeCount = 0;
  for (const [count, size] of [[800, 1], [300, 2], [100, 5]]) {
    for (let g = 0; g < count; g++, nodeCount += size) {
      for (let i = 0; i < size; i++) for (let j = i + 1; j < size; j++) {
        sources.push(nodeCount + i);
        targets.push(nodeCount + j);
      }
    }
  }
  const network = csrFromLinks(nodeCount, sources, targets, sources.map(() => 1));
  const { clusters, clusterCount } = leiden(network, { quality: 'modularity', seed: 0 });
  const degree = (i: number) => network.offsets[i + 1] - network.offsets[i];
  return {
    items: Array.from({ length: nodeCount }, (_, i) => ({ id: i, label: `Item ${i + 1}`, x: i % 50, y: Math.floor(i / 50) / 3, cluster: clusters[i], weights: { Links: degree(i), 'Total link strength': degree(i), Occurrences: 1 } })),
    links: sources.map((source, k) => ({ source, target: targets[k], strength: 1 })),
    clusters: Array.from({ length: clusterCount }, (_, id) => ({ id, label: `Cluster ${id + 1}` })),
    parameters: { resolution: 1 },
  };
}

describe('maps VOSviewer Online would have refused', () => {
  it('writes clusters beyond the 1000th as no cluster, and the 1000 largest keep their numbers', () => {
    const map = manyClustersMap();
    expect(map.clusters).toHaveLength(1200);
    // Leiden numbers clusters by decreasing size, so the clusters cut are the smallest.
    const sizes = map.clusters.map((cluster) => map.items.filter((item) => item.cluster === cluster.id).length);
    expect(sizes.every((size, c) => c === 0 || size <= sizes[c - 1])).toBe(true);
    expect(Math.min(...sizes.slice(0, 1000))).toBeGreaterThanOrEqual(Math.max(...sizes.slice(1000)));

    const json = JSON.parse(writeVosviewerJson(map));
    map.items.forEach((item, i) => expect(json.network.items[i].cluster).toBe(item.cluster < 1000 ? item.cluster + 1 : undefined));
    expect(json.network.clusters.map((entry: { cluster: number }) => entry.cluster)).toEqual(Array.from({ length: 1000 }, (_, c) => c + 1));
    const rows = writeVosviewerMap(map).split('\n').slice(1);
    map.items.forEach((item, i) => expect(rows[i].split('\t')[4]).toBe(item.cluster < 1000 ? String(item.cluster + 1) : ''));

    // Read back, items without a cluster land in cluster 0 (with a note from the map file reader).
    const expected = { ...map, items: map.items.map((item) => ({ ...item, cluster: item.cluster < 1000 ? item.cluster : 0 })), clusters: map.clusters.slice(0, 1000) };
    expectVosviewerOnlineOpens(map, expected);
    expect(readVosviewerMap(writeVosviewerMap(map)).issues.map((issue) => [issue.code, issue.count])).toEqual([['no-cluster', map.items.filter((item) => item.cluster >= 1000).length]]);
    expectValidGraphMLAndPajek(map);
  });

  it('writes missing and non-finite weights and non-finite coordinates as 0', () => {
    const items = SMALL_MAP.items.map((item) => ({ ...item, weights: { ...item.weights }, scores: { ...item.scores } }));
    items[0].scores = { 'Avg. pub. year': Number.NaN };
    items[1].x = Number.NaN;
    items[1].y = Number.POSITIVE_INFINITY;
    items[2].weights.Citations = Number.NaN;
    delete items[3].weights.Occurrences;
    const map: ScienceMap = { ...SMALL_MAP, items };
    const expected: ScienceMap = {
      ...map,
      items: items.map((item, i) => ({ ...item, x: i === 1 ? 0 : item.x, y: i === 1 ? 0 : item.y, weights: { ...item.weights, Citations: i === 2 ? 0 : item.weights.Citations, Occurrences: i === 3 ? 0 : item.weights.Occurrences }, scores: i === 0 ? {} : item.scores })),
    };
    expectVosviewerOnlineOpens(map, expected);
    expectValidGraphMLAndPajek(map);
  });

  it('keeps tabs as the delimiter for a few items whose labels hold commas', () => {
    // With a line break after the last line, papaparse 5.5.5+ guessed commas for this file.
    const labels = ['Univ Cape Town, Dept Med, South Africa', 'Univ Oxford, Dept Zool, England', 'Harvard Univ, Sch Publ Hlth, USA'];
    const map: ScienceMap = {
      items: labels.map((label, i) => ({ id: i, label, x: i, y: -i, cluster: 0, weights: { Links: 2, 'Total link strength': 2, Documents: 3 }, scores: { 'Avg. pub. year': 2020, PageRank: 1 / 3 } })),
      links: [
        { source: 0, target: 1, strength: 1 },
        { source: 1, target: 2, strength: 1 },
      ],
      clusters: [{ id: 0, label: 'Universities' }],
    };
    expectVosviewerOnlineOpens(map);
    expect(vosviewerMapNetworkRefusal(`${writeVosviewerMap(map)}\n`, writeVosviewerNetwork(map))).toMatchObject({ code: 'incorrect-n-columns' });
  });

  it('cannot help maps VOSviewer Online refuses whatever the file says', () => {
    const two: ScienceMap = { ...SMALL_MAP, items: SMALL_MAP.items.slice(0, 2), links: SMALL_MAP.links.slice(0, 1) };
    expect(vosviewerJsonRefusal(writeVosviewerJson(two))).toMatchObject({ code: 'less-than-three-items' });
    expect(vosviewerMapNetworkRefusal(writeVosviewerMap(two))).toMatchObject({ code: 'less-than-three-items' });
    const stacked: ScienceMap = { ...SMALL_MAP, items: SMALL_MAP.items.map((item) => ({ ...item, x: 1, y: 2 })) };
    expect(vosviewerJsonRefusal(writeVosviewerJson(stacked))).toMatchObject({ code: 'items-same-coordinates' });
    // Without links the network file is empty: the map file opens alone, not with it.
    const unlinked: ScienceMap = { ...SMALL_MAP, links: [] };
    expect(vosviewerMapNetworkRefusal(writeVosviewerMap(unlinked))).toBeNull();
    expect(vosviewerMapNetworkRefusal(writeVosviewerMap(unlinked), writeVosviewerNetwork(unlinked))).toMatchObject({ code: 'file-empty', file: 'network' });
    expect(vosviewerJsonRefusal(writeVosviewerJson(unlinked))).toBeNull();
  });
});
