import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readVosviewerJson, writeVosviewerJson } from './vosviewer-json';
import { pajekLabel, readPajek, writePajek } from './pajek';
import { readGraphML, writeGraphML } from './graphml';
import { writeClustersCsv, writeLinksCsv, writeNodesCsv } from './csv-tables';
import { tokenizeXml } from './xml';
import { expectSameItems, SMALL_MAP } from './test-support';

const fuzz = (read: (text: string) => { issues: unknown[] }, valid: string): void => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(Array.isArray(read(text).issues)).toBe(true);
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.nat(valid.length), fc.nat(20), fc.string({ unit: 'binary', maxLength: 6 }), (at, cut, insert) => {
      expect(Array.isArray(read(valid.slice(0, at) + insert + valid.slice(at + cut)).issues)).toBe(true);
    }),
    { numRuns: 300 },
  );
};

describe('VOSviewer JSON', () => {
  it('writes the structure VOSviewer Online opens', () => {
    const json = JSON.parse(writeVosviewerJson(SMALL_MAP));
    expect(Object.keys(json)).toEqual(['network', 'config']);
    expect(json.network.items[2]).toEqual({ id: 3, label: 'R&D <policy> & "innovation"', x: 0.1, y: 0.2, cluster: 2, weights: { Links: 3, 'Total link strength': 5.5, Occurrences: 4, Citations: 7 }, scores: { 'Avg. pub. year': 2018.25 } });
    expect(json.network.links[0]).toEqual({ source_id: 1, target_id: 2, strength: 2 });
    expect(json.network.clusters).toEqual([{ cluster: 1, label: 'Methods, "classic"' }, { cluster: 2, label: '政策 <R&D>' }]);
    expect(json.config).toEqual({ parameters: SMALL_MAP.parameters });
  });

  it('round-trips the whole map', () => {
    const read = readVosviewerJson(writeVosviewerJson(SMALL_MAP));
    expect(read.issues).toEqual([]);
    expectSameItems(read.map.items, SMALL_MAP.items);
    expect(read.map.links).toEqual(SMALL_MAP.links);
    expect(read.map.clusters).toEqual(SMALL_MAP.clusters);
    expect(read.map.parameters).toEqual(SMALL_MAP.parameters);
  });

  it('reads string ids, numeric strings, booleans and reports bad entries', () => {
    const text = JSON.stringify({
      network: {
        items: [{ id: 'a', label: 'A', x: '1.5', cluster: 2 }, { id: 'b', weights: { Links: -1 } }, { id: 'a' }, 7],
        links: [{ source_id: 'a', target_id: 'b' }, { source_id: 'a', target_id: 'zz', strength: 1 }],
        clusters: [{ cluster: 2, label: 'Two' }, { cluster: 0 }],
      },
      config: { parameters: { largest_component: true, resolution: 1.5, weird: {} } },
    });
    const read = readVosviewerJson(text);
    expect(read.map.items).toEqual([
      { id: 0, label: 'A', x: 1.5, y: 0, cluster: 1, weights: {} },
      { id: 1, label: 'b', x: 0, y: 0, cluster: 0, weights: {} },
    ]);
    expect(read.map.links).toEqual([{ source: 0, target: 1, strength: 1 }]);
    expect(read.map.clusters).toEqual([{ id: 1, label: 'Two' }]);
    expect(read.map.parameters).toEqual({ largest_component: 1, resolution: 1.5 });
    expect(read.issues.map((issue) => issue.code)).toEqual(['bad-weight', 'id-not-unique', 'bad-item', 'unknown-item', 'bad-cluster', 'bad-parameter']);
    expect(readVosviewerJson('{').issues[0].code).toBe('invalid-json');
    expect(readVosviewerJson('{"items":[]}').issues[0].code).toBe('invalid-json-data-format');
  });

  it('never throws on arbitrary input', () => {
    fuzz(readVosviewerJson, writeVosviewerJson(SMALL_MAP));
  });
});

describe('Pajek', () => {
  it('writes quoted labels, coordinates and edges with CRLF', () => {
    expect(writePajek(SMALL_MAP, { rescale: false })).toBe(
      [
        '*Vertices 4',
        '1 "co-citation analysis" 0.5 -0.25 0.5',
        `2 "He said 'hello', ok" -1.125 0.75 0.5`,
        `3 "R&D <policy> & 'innovation'" 0.1 0.2 0.5`,
        '4 "文献计量学; 引文分析" 2 -3 0.5',
        '*Edges',
        '1 2 2',
        '1 3 1.5',
        '2 3 3',
        '3 4 1',
        '',
      ].join('\r\n'),
    );
  });

  it('rescales into [0, 1] keeping the aspect ratio and reads back', () => {
    const read = readPajek(writePajek(SMALL_MAP));
    expect(read.issues).toEqual([]);
    expect(read.map.links).toEqual(SMALL_MAP.links);
    // x spans 3.125 and y 3.75: one factor 1 / 3.75 for both axes.
    const expected = SMALL_MAP.items.map((item) => ({ ...item, label: pajekLabel(item.label), x: (item.x + 1.125) / 3.75, y: (item.y + 3) / 3.75, cluster: 0, weights: {}, scores: undefined }));
    expectSameItems(read.map.items, expected);
    expectSameItems(readPajek(writePajek(SMALL_MAP, { rescale: false })).map.items, expected.map((item, i) => ({ ...item, x: SMALL_MAP.items[i].x, y: SMALL_MAP.items[i].y })));
  });

  it('reads arcs, lists, unquoted labels and missing vertex lines', () => {
    const read = readPajek('*Network test\n% comment\n*vertices 3\n1 alpha\n3 "gamma ray" x y\n*Arcs\n1 2\n2 1 2\n*Arcslist\n3 1 2 9\n*Matrix\n0 1\n');
    expect(read.map.items.map((item) => item.label)).toEqual(['alpha', '2', 'gamma ray']);
    expect(read.map.links).toEqual([
      { source: 0, target: 1, strength: 3 },
      { source: 2, target: 0, strength: 1 },
      { source: 2, target: 1, strength: 1 },
    ]);
    expect(read.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['bad-coordinate', 5],
      ['duplicate-link', 8],
      ['unknown-vertex', 10],
      ['unsupported-section', 11],
      ['directed-read-as-undirected', undefined],
    ]);
    expect(readPajek('1 2 3').issues.map((issue) => issue.code)).toEqual(['header-missing']);
    expect(readPajek('*Vertices 99999999999').issues.map((issue) => issue.code)).toEqual(['bad-vertices']);
  });

  it('never throws on arbitrary input', () => {
    fuzz(readPajek, writePajek(SMALL_MAP));
  });
});

describe('GraphML', () => {
  it('declares keys before the graph and escapes values', () => {
    const xml = writeGraphML(SMALL_MAP);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    expect(xml.lastIndexOf('<key ')).toBeLessThan(xml.indexOf('<graph '));
    for (const declaration of [
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="x" for="node" attr.name="x" attr.type="double"/>',
      '<key id="cluster" for="node" attr.name="cluster" attr.type="int"/>',
      '<key id="w1" for="node" attr.name="Total link strength" attr.type="double"/>',
      '<key id="s0" for="node" attr.name="Avg. pub. year" attr.type="double"/>',
      '<key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
      '<graph id="G" edgedefault="undirected">',
    ])
      expect(xml).toContain(declaration);
    expect(xml).toContain('<data key="label">R&amp;D &lt;policy&gt; &amp; &quot;innovation&quot;</data>');
    expect(xml).toContain('<data key="label">文献计量学; 引文分析</data>');
    expect(xml).toContain('<edge id="e2" source="n1" target="n3"><data key="weight">1.5</data></edge>');
    expect(tokenizeXml(xml).errors).toEqual([]);
  });

  it('round-trips items, links and clusters', () => {
    const read = readGraphML(writeGraphML(SMALL_MAP));
    expect(read.issues).toEqual([]);
    expectSameItems(read.map.items, SMALL_MAP.items);
    expect(read.map.links).toEqual(SMALL_MAP.links);
    expect(read.map.clusters).toEqual(SMALL_MAP.clusters);
  });

  it('round-trips arbitrary labels', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 5 }), (labels) => {
        const items = labels.map((label, id) => ({ id, label, x: id, y: -id, cluster: 0, weights: {} }));
        const read = readGraphML(writeGraphML({ items, links: [], clusters: [] }));
        expect(read.map.items.map((item) => item.label)).toEqual(labels);
      }),
      { numRuns: 200 },
    );
  });

  it('reads GraphML from other tools and reports problems with lines', () => {
    const text = [
      '<?xml version="1.0"?>',
      '<graphml><key id="d0" for="node" attr.name="Label" attr.type="string"/><key id="d1" for="node" attr.name="Degree" attr.type="int"/>',
      '<graph edgedefault="undirected"><node id="a"><data key="d0"><![CDATA[A & B]]></data></node><node id="b"/>',
      '<edge source="a" target="b"/><edge source="a" target="c"/>',
      '</graph></graphml>',
    ].join('\n');
    const read = readGraphML(text);
    expect(read.map.items.map((item) => item.label)).toEqual(['A & B', 'b']);
    expect(read.map.links).toEqual([{ source: 0, target: 1, strength: 1 }]);
    expect(read.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['unknown-key', 2],
      ['unknown-item', 4],
    ]);
    expect(readGraphML('<graphml><node id="a"').issues.map((issue) => issue.code)).toEqual(['malformed-xml']);
    expect(readGraphML('hello').issues.map((issue) => issue.code)).toEqual(['not-graphml']);
  });

  it('never throws on arbitrary input', () => {
    fuzz(readGraphML, writeGraphML(SMALL_MAP));
  });
});

describe('CSV tables', () => {
  it('writes RFC 4180 with a BOM, CRLF and 1-based ids', () => {
    const nodes = writeNodesCsv(SMALL_MAP);
    expect(nodes.split('\r\n')).toEqual([
      '\uFEFFId,Label,X,Y,Cluster,Links,Total link strength,Occurrences,Citations,Avg. pub. year',
      '1,co-citation\tanalysis,0.5,-0.25,1,2,3.5,10,120,2019.5',
      '2,"He said ""hello"", ok",-1.125,0.75,1,2,5,8,33,2020',
      '3,"R&D <policy> & ""innovation""",0.1,0.2,2,3,5.5,4,7,2018.25',
      '4,文献计量学; 引文分析,2,-3,2,1,1,3,0,2021',
      '',
    ]);
    expect(writeLinksCsv(SMALL_MAP).split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFSource,Target,Source label,Target label,Strength',
      '1,2,co-citation\tanalysis,"He said ""hello"", ok",2',
      '1,3,co-citation\tanalysis,"R&D <policy> & ""innovation""",1.5',
    ]);
    expect(writeClustersCsv(SMALL_MAP)).toBe('\uFEFFCluster,Label,Items\r\n1,"Methods, ""classic""",2\r\n2,政策 <R&D>,2\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    const items = ['=HYPERLINK("http://x")', '+1', '-x', '@SUM(A1)', '\tcmd'].map((label, id) => ({ id, label, x: -1, y: 0, cluster: 0, weights: {} }));
    const rows = writeNodesCsv({ items }).split('\r\n').slice(1, 6);
    expect(rows).toEqual(['1,"\'=HYPERLINK(""http://x"")",-1,0,1', "2,'+1,-1,0,1", "3,'-x,-1,0,1", "4,'@SUM(A1),-1,0,1", "5,'\tcmd,-1,0,1"]);
  });
});
