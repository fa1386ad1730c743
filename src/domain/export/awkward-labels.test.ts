import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { writeClustersCsv, writeLinksCsv, writeNodesCsv } from './csv-tables';
import { readGraphML, writeGraphML } from './graphml';
import { pajekLabel, readPajek, writePajek } from './pajek';
import { pajekProblem, xmlProblem } from './pajek-graphml-rules';
import type { ScienceMap } from './types';
import { readVosviewerMap, readVosviewerNetwork, writeVosviewerMap, writeVosviewerNetwork } from './vosviewer';
import { readVosviewerJson, writeVosviewerJson } from './vosviewer-json';
import { vosviewerJsonRefusal, vosviewerMapNetworkRefusal } from './vosviewer-online-rules';

/** Quotes, ampersands, angle brackets, tabs, line breaks (LF, CRLF, CR), delimiters and Chinese. */
const LABELS = [
  'He said "hello", then left',
  '"Quoted" at the start',
  'R&D <policy> && x > 0 </node>',
  'tab\tinside',
  'two\nlines',
  'windows\r\nline end',
  'old mac\rline end',
  'semi; colon, comma',
  '文献计量学：引文分析',
  '中文 "引号" & <标签>\t制表',
];

const MAP: ScienceMap = {
  items: LABELS.map((label, i) => ({ id: i, label, x: Math.cos(i), y: Math.sin(i), cluster: i % 3, weights: { Links: 2, 'Total link strength': 2 + i, Occurrences: i + 1 }, scores: { 'Avg. pub. year': 2010 + i } })),
  links: LABELS.slice(1).map((_, i) => ({ source: i, target: i + 1, strength: i + 1 })),
  clusters: [
    { id: 0, label: 'Cluster "one" & <two>' },
    { id: 1, label: '聚类\t二' },
    { id: 2, label: 'three\nlines, really' },
  ],
};

const labelsOf = (map: Pick<ScienceMap, 'items'>): string[] => map.items.map((item) => item.label);

describe('awkward labels in every writer', () => {
  it('VOSviewer map and network files: quoted cells that VOSviewer Online and our reader take back', () => {
    const mapText = writeVosviewerMap(MAP);
    const networkText = writeVosviewerNetwork(MAP);
    expect(vosviewerMapNetworkRefusal(mapText, networkText)).toBeNull();
    expect(mapText).toContain('\t"tab\tinside"\t');
    expect(mapText).toContain('\t"two\nlines"\t');
    expect(mapText).toContain('\t"He said ""hello"", then left"\t');
    // papaparse, as VOSviewer Online calls it, gives every label back unchanged.
    const parsed = Papa.parse<Record<string, string>>(mapText, { header: true, delimitersToGuess: ['\t', ';', ','] });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => row.label)).toEqual(LABELS);
    const read = readVosviewerMap(mapText);
    expect(read.issues).toEqual([]);
    expect(labelsOf(read.map)).toEqual(LABELS);
    expect(readVosviewerNetwork(networkText, { idIndex: read.idIndex }).map.links).toEqual(MAP.links);
  });

  it('VOSviewer JSON', () => {
    const json = writeVosviewerJson(MAP);
    expect(vosviewerJsonRefusal(json)).toBeNull();
    const read = readVosviewerJson(json);
    expect(read.issues).toEqual([]);
    expect(labelsOf(read.map)).toEqual(LABELS);
    expect(read.map.clusters).toEqual(MAP.clusters);
  });

  it('Pajek: one-line labels in double quotes, without double quotes', () => {
    const pajek = writePajek(MAP);
    expect(pajekProblem(pajek)).toBeNull();
    expect(pajek).toContain(`1 "He said 'hello', then left" `);
    expect(pajek).toContain('4 "tab inside" ');
    expect(pajek).toContain('6 "windows line end" ');
    expect(pajek).toContain(`10 "中文 '引号' & <标签> 制表" `);
    const read = readPajek(pajek);
    expect(read.issues).toEqual([]);
    expect(labelsOf(read.map)).toEqual(LABELS.map(pajekLabel));
    expect(read.map.links).toEqual(MAP.links);
  });

  it('GraphML: well-formed, escaped, and read back exactly', () => {
    const graphml = writeGraphML(MAP);
    expect(xmlProblem(graphml)).toBeNull();
    expect(graphml).toContain('<data key="label">R&amp;D &lt;policy&gt; &amp;&amp; x &gt; 0 &lt;/node&gt;</data>');
    expect(graphml).toContain('<data key="label">old mac&#13;line end</data>');
    const read = readGraphML(graphml);
    expect(read.issues).toEqual([]);
    expect(labelsOf(read.map)).toEqual(LABELS);
    expect(read.map.clusters).toEqual(MAP.clusters);
  });

  it('CSV tables: RFC 4180 that a CSV reader takes back', () => {
    const cells = (text: string): string[][] => {
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      return parsed.data;
    };
    expect(cells(writeNodesCsv(MAP)).slice(1).map((row) => row[1])).toEqual(LABELS);
    expect(cells(writeLinksCsv(MAP)).slice(1).map((row) => [row[2], row[3]])).toEqual(MAP.links.map((link) => [LABELS[link.source], LABELS[link.target]]));
    expect(cells(writeClustersCsv(MAP)).slice(1).map((row) => row[1])).toEqual(MAP.clusters.map((cluster) => cluster.label));
  });
});
