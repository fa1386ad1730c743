/**
 * Node, link and cluster tables as CSV for spreadsheets: RFC 4180 (CRLF, cells with `"`, `,` or
 * line breaks quoted, quotes doubled), UTF-8 with a byte-order mark so Excel reads Chinese text,
 * and text that a spreadsheet would run as a formula prefixed with `'`. Ids and clusters are
 * 1-based, as in the VOSviewer files.
 */
import type { ScienceMap } from './types';
import { formatNumber, linkPositions, scoreNames, weightNames } from './shared';

type Cell = string | number | undefined;

/** Characters that make spreadsheet programs treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell; numbers are written as numbers (a negative number is not a formula). */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = typeof value === 'number' ? formatNumber(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** Items: `Id, Label, X, Y, Cluster, <weights…>, <scores…>`. */
export function writeNodesCsv(map: Pick<ScienceMap, 'items'>): string {
  const weights = weightNames(map.items);
  const scores = scoreNames(map.items);
  return toCsv(
    ['Id', 'Label', 'X', 'Y', 'Cluster', ...weights, ...scores],
    map.items.map((item, index) => [index + 1, item.label, item.x, item.y, item.cluster + 1, ...weights.map((name) => item.weights[name]), ...scores.map((name) => item.scores?.[name])]),
  );
}

/** Links: `Source, Target, Source label, Target label, Strength`. Throws on unknown items. */
export function writeLinksCsv(map: Pick<ScienceMap, 'items' | 'links'>): string {
  return toCsv(
    ['Source', 'Target', 'Source label', 'Target label', 'Strength'],
    linkPositions(map).map((link) => [link.source + 1, link.target + 1, map.items[link.source].label, map.items[link.target].label, link.strength]),
  );
}

/** Clusters: `Cluster, Label, Items` (number of items in the cluster). */
export function writeClustersCsv(map: Pick<ScienceMap, 'items' | 'clusters'>): string {
  const sizes = new Map<number, number>();
  for (const item of map.items) sizes.set(item.cluster, (sizes.get(item.cluster) ?? 0) + 1);
  return toCsv(
    ['Cluster', 'Label', 'Items'],
    map.clusters.map((cluster) => [cluster.id + 1, cluster.label, sizes.get(cluster.id) ?? 0]),
  );
}
