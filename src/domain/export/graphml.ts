/**
 * GraphML (FORMATS.md §19.5; graphml.graphdrawing.org): keys for label, x, y, cluster (1-based,
 * like VOSviewer), cluster label, one key per weight (`w0`, `w1`, …) and score (`s0`, …) named
 * after it, and the edge `weight` that Gephi picks up. Nodes are `n1`..`nN` in item order.
 */
import { IssueCollector } from '../import/issues';
import type { ReadOptions, ScienceMap, ScienceMapCluster, ScienceMapItem, ScienceMapLink, ScienceMapRead } from './types';
import { formatNumber, linkPositions, parseInteger, parseNumber, scoreNames, weightNames } from './shared';
import { escapeXml, tokenizeXml } from './xml';

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
  '         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
];

const key = (id: string, target: 'node' | 'edge', name: string, type: 'string' | 'int' | 'double'): string =>
  `  <key id="${id}" for="${target}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`;
const data = (id: string, value: string): string => `<data key="${id}">${escapeXml(value)}</data>`;

/**
 * The GraphML text of a map (UTF-8, undirected). Weights and scores an item lacks, and non-finite
 * numbers, are left out of its node. Throws on links to unknown items.
 */
export function writeGraphML(map: ScienceMap): string {
  const weights = weightNames(map.items);
  const scores = scoreNames(map.items);
  const clusterLabels = new Map(map.clusters.map((cluster) => [cluster.id, cluster.label]));
  const lines = [
    ...HEADER,
    key('label', 'node', 'label', 'string'),
    key('x', 'node', 'x', 'double'),
    key('y', 'node', 'y', 'double'),
    key('cluster', 'node', 'cluster', 'int'),
    key('cluster_label', 'node', 'cluster label', 'string'),
    ...weights.map((name, k) => key(`w${k}`, 'node', name, 'double')),
    ...scores.map((name, k) => key(`s${k}`, 'node', name, 'double')),
    key('weight', 'edge', 'weight', 'double'),
    '  <graph id="G" edgedefault="undirected">',
  ];
  const optional = (id: string, value: number | undefined): string => (value !== undefined && Number.isFinite(value) ? data(id, formatNumber(value)) : '');
  map.items.forEach((item, index) => {
    const label = clusterLabels.get(item.cluster);
    const cells = [
      data('label', item.label),
      optional('x', item.x),
      optional('y', item.y),
      data('cluster', String(item.cluster + 1)),
      label === undefined ? '' : data('cluster_label', label),
      ...weights.map((name, k) => optional(`w${k}`, item.weights[name])),
      ...scores.map((name, k) => optional(`s${k}`, item.scores?.[name])),
    ];
    lines.push(`    <node id="n${index + 1}">${cells.join('')}</node>`);
  });
  linkPositions(map).forEach((link, index) => {
    lines.push(`    <edge id="e${index + 1}" source="n${link.source + 1}" target="n${link.target + 1}">${optional('weight', link.strength)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

type Role = { kind: 'label' | 'x' | 'y' | 'cluster' | 'cluster label' | 'strength' } | { kind: 'weight' | 'score'; name: string };

function roleOf(attributes: Record<string, string>): Role | undefined {
  const id = attributes.id ?? '';
  const name = attributes['attr.name'] ?? id;
  const lower = name.toLowerCase();
  if (attributes.for === 'edge') return lower === 'weight' || id === 'weight' ? { kind: 'strength' } : undefined;
  if (attributes.for !== 'node' && attributes.for !== undefined && attributes.for !== 'all') return undefined;
  if (/^w\d+$/.test(id)) return { kind: 'weight', name };
  if (/^s\d+$/.test(id)) return { kind: 'score', name };
  if (lower === 'label' || lower === 'x' || lower === 'y' || lower === 'cluster' || lower === 'cluster label') return { kind: lower };
  return undefined;
}

interface Element {
  line: number;
  attributes: Record<string, string>;
  data: { key: string; text: string }[];
}

/**
 * Reads the GraphML subset `writeGraphML` writes (and GraphML from other tools that names its node
 * attributes label / x / y / cluster and its edge attribute weight). Items get ids 0..n-1 in node
 * order; clusters come from the `cluster label` attribute. Unknown keys are ignored and reported;
 * edges are read as undirected and duplicate pairs summed. Never throws.
 */
export function readGraphML(text: string, options: ReadOptions = {}): ScienceMapRead<'items' | 'links' | 'clusters'> {
  const issues = new IssueCollector(options.file ?? 'map.graphml');
  const map: Pick<ScienceMap, 'items' | 'links' | 'clusters'> = { items: [], links: [], clusters: [] };
  const { events, errors } = tokenizeXml(text);
  for (const error of errors) issues.add('malformed-xml', 'error', `${error.message}; the rest of the file may be missing.`, { line: error.line });
  if (!events.some((event) => event.kind === 'open' && event.name.replace(/^.*:/, '') === 'graphml')) {
    issues.add('not-graphml', 'error', 'The file has no <graphml> element; it is not a GraphML file.', { line: 1 });
    return { map, issues: issues.list() };
  }
  const roles = new Map<string, Role>();
  const nodes: Element[] = [];
  const edges: Element[] = [];
  let current: Element | undefined;
  let dataKey: string | undefined;
  let dataText = '';
  for (const event of events) {
    if (event.kind === 'text') {
      if (dataKey !== undefined) dataText += event.text;
      continue;
    }
    const name = event.name.replace(/^.*:/, '');
    if (event.kind === 'open') {
      if (name === 'key') {
        const role = roleOf(event.attributes);
        if (event.attributes.id === undefined) continue;
        if (role) roles.set(event.attributes.id, role);
        else issues.add('unknown-key', 'info', `Attribute "${event.attributes['attr.name'] ?? event.attributes.id}" is not used by Meridian and was ignored.`, { line: event.line, field: event.attributes.id });
      } else if (name === 'node' || name === 'edge') {
        const element: Element = { line: event.line, attributes: event.attributes, data: [] };
        (name === 'node' ? nodes : edges).push(element);
        current = event.selfClosing ? undefined : element;
      } else if (name === 'data' && current) {
        if (event.selfClosing) current.data.push({ key: event.attributes.key ?? '', text: '' });
        else {
          dataKey = event.attributes.key ?? '';
          dataText = '';
        }
      }
    } else if (name === 'data' && current && dataKey !== undefined) {
      current.data.push({ key: dataKey, text: dataText });
      dataKey = undefined;
    } else if (name === 'node' || name === 'edge') current = undefined;
  }

  const nodeIndex = new Map<string, number>();
  const clusterLabels = new Map<number, string>();
  for (const node of nodes) {
    const fileId = node.attributes.id;
    if (fileId === undefined || nodeIndex.has(fileId)) {
      issues.add('id-not-unique', 'error', 'A node without an id, or with the id of an earlier node, was skipped.', { line: node.line });
      continue;
    }
    const item: ScienceMapItem = { id: map.items.length, label: fileId, x: 0, y: 0, cluster: 0, weights: {} };
    let clusterLabel: string | undefined;
    const scores: Record<string, number> = {};
    for (const { key: dataId, text: value } of node.data) {
      const role = roles.get(dataId);
      if (!role) continue;
      if (role.kind === 'label') {
        item.label = value;
        continue;
      }
      if (role.kind === 'cluster label') {
        clusterLabel = value;
        continue;
      }
      const number = role.kind === 'cluster' ? parseInteger(value) : parseNumber(value);
      if (number === undefined || (role.kind === 'cluster' && number < 1) || (role.kind === 'weight' && number < 0)) {
        issues.add(`bad-${role.kind}`, 'warning', `Node value "${value}" for ${'name' in role ? `"${role.name}"` : role.kind} is not valid and was ignored.`, { line: node.line });
        continue;
      }
      if (role.kind === 'x') item.x = number;
      else if (role.kind === 'y') item.y = number;
      else if (role.kind === 'cluster') item.cluster = number - 1;
      else if (role.kind === 'weight') item.weights[role.name] = number;
      else if (role.kind === 'score') scores[role.name] = number;
    }
    if (Object.keys(scores).length > 0) item.scores = scores;
    if (clusterLabel !== undefined && !clusterLabels.has(item.cluster)) clusterLabels.set(item.cluster, clusterLabel);
    nodeIndex.set(fileId, item.id);
    map.items.push(item);
  }
  map.clusters = [...clusterLabels].map(([id, label]): ScienceMapCluster => ({ id, label })).sort((a, b) => a.id - b.id);

  const byPair = new Map<string, ScienceMapLink>();
  for (const edge of edges) {
    const source = nodeIndex.get(edge.attributes.source ?? '');
    const target = nodeIndex.get(edge.attributes.target ?? '');
    if (source === undefined || target === undefined) {
      issues.add('unknown-item', 'error', 'An edge refers to a node that is not in the file; it was skipped.', { line: edge.line });
      continue;
    }
    const weight = edge.data.find((entry) => roles.get(entry.key)?.kind === 'strength');
    const strength = weight ? parseNumber(weight.text) : 1;
    if (strength === undefined || strength <= 0 || source === target) {
      issues.add('bad-link', 'warning', 'An edge without a positive weight, or from a node to itself, was skipped.', { line: edge.line });
      continue;
    }
    const pair = source < target ? `${source} ${target}` : `${target} ${source}`;
    const existing = byPair.get(pair);
    if (existing) {
      existing.strength += strength;
      issues.add('duplicate-link', 'info', 'The same pair of nodes was linked again; the weights were added up.', { line: edge.line });
      continue;
    }
    const link = { source, target, strength };
    byPair.set(pair, link);
    map.links.push(link);
  }
  return { map, issues: issues.list() };
}
