import { describe, expect, it } from 'vitest';
import { pajekProblem, xmlProblem } from './pajek-graphml-rules';

// The checks must be able to fail: each broken file below must be caught.

const PAJEK = ['*Vertices 3', '1 "alpha" 0 0.5 0.5', '2 "β, \'quoted\'" 1 1e-7 0.5', '3 "文献" 0.25 1 0.5', '*Edges', '1 2 1', '2 3 2.5', ''].join('\r\n');
const replaceLine = (index: number, line: string): string => PAJEK.split('\r\n').map((entry, k) => (k === index ? line : entry)).join('\r\n');

describe('Pajek check', () => {
  it('accepts a valid network, with or without edges', () => {
    expect(pajekProblem(PAJEK)).toBeNull();
    expect(pajekProblem('*Vertices 0\r\n*Edges\r\n')).toBeNull();
  });

  it.each([
    ['LF line ends', PAJEK.replace(/\r\n/g, '\n')],
    ['a wrong count', replaceLine(0, '*Vertices 4')],
    ['no count', replaceLine(0, '*Vertices')],
    ['vertices out of order', replaceLine(2, '3 "β" 1 1 0.5')],
    ['an unquoted label', replaceLine(1, '1 alpha 0 0.5 0.5')],
    ['a quote inside a label', replaceLine(1, '1 "al"pha" 0 0.5 0.5')],
    ['a tab inside a label', replaceLine(1, '1 "al\tpha" 0 0.5 0.5')],
    ['a line break inside a label', replaceLine(1, '1 "al\npha" 0 0.5 0.5')],
    ['a missing coordinate', replaceLine(1, '1 "alpha" 0 0.5')],
    ['a coordinate that is not a number', replaceLine(1, '1 "alpha" NaN 0.5 0.5')],
    ['no *Edges line', replaceLine(4, '*Arcs')],
    ['an edge to a missing vertex', replaceLine(6, '2 4 2.5')],
    ['an edge from vertex 0', replaceLine(6, '0 1 2.5')],
    ['an edge without weight', replaceLine(6, '2 3 ')],
  ])('refuses %s', (_, text) => {
    expect(pajekProblem(text)).toEqual(expect.any(String));
  });
});

const XML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  '  <!-- a comment -->',
  '  <key id="label" for="node" attr.name="label &amp; &quot;name&quot;" attr.type="string"/>',
  '  <graph id="G"><node id="n1"><data key="label">R&amp;D &lt;x&gt; "q" 文献&#13;</data></node></graph>',
  '</graphml>',
  '',
].join('\n');

describe('XML well-formedness check', () => {
  it('accepts a well-formed document', () => {
    expect(xmlProblem(XML)).toBeNull();
  });

  it.each([
    ['no declaration', XML.slice(XML.indexOf('\n') + 1)],
    ['a raw ampersand in text', XML.replace('R&amp;D', 'R&D')],
    ['an unknown entity', XML.replace('R&amp;D', 'R&nbsp;D')],
    ['a raw < in text', XML.replace('&lt;x&gt;', '<x>')],
    ['a raw ampersand in an attribute', XML.replace('label &amp;', 'label &')],
    ['a raw quote in an attribute', XML.replace('&quot;name&quot;', '"name"')],
    ['a repeated attribute', XML.replace('<node id="n1">', '<node id="n1" id="n2">')],
    ['an unquoted attribute', XML.replace('<node id="n1">', '<node id=n1>')],
    ['mismatched tags', XML.replace('</node>', '</nodes>')],
    ['an unclosed element', XML.replace('</graph>', '')],
    ['two root elements', `${XML}<graphml/>\n`],
    ['text after the root', `${XML}trailing\n`],
    ['a control character', XML.replace('文献', '文\u0001献')],
    ['a lone surrogate', XML.replace('文献', '文\uD800献')],
  ])('refuses %s', (_, text) => {
    expect(xmlProblem(text)).toEqual(expect.any(String));
  });
});
