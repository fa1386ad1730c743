/**
 * VOSviewer map and network files (FORMATS.md §19.1–19.2; VOSviewer-Online-Docs
 * `docs/file-types/map-and-network-file-type.md`). Tab-separated; cells holding a delimiter, a quote
 * or a line break are double-quoted with quotes doubled, which VOSviewer Online's CSV reader
 * (papaparse) accepts. Ids and clusters are 1-based in the files, 0-based in `ScienceMap`.
 */
import { IssueCollector } from '../import/issues';
import { readCsv, type CsvRow } from '../import/csv';
import type { ReadOptions, ScienceMapItem, ScienceMap, ScienceMapLink, ScienceMapRead } from './types';
import { finiteOrZero, formatNumber, linkPositions, parseInteger, parseNumber, scoreNames, VOSVIEWER_MAX_CLUSTER, vosviewerCluster, weightNames } from './shared';

const quoteCell = (text: string): string => (/[\t",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const row = (cells: readonly string[]): string => cells.map(quoteCell).join('\t');

/**
 * The VOSviewer map file of a map: header `id label x y cluster weight<…>… score<…>…` (tab-separated,
 * the usual VOSviewer weights first), then one line per item; ids are 1..n in item order and
 * clusters 1-based. Written so that VOSviewer Online opens it unchanged:
 * - clusters beyond the 1000th (the smallest: clusters are numbered by size) get an empty cluster
 *   cell, "no cluster", as VOSviewer Online refuses larger numbers;
 * - a missing or non-finite weight is written 0 and a non-finite coordinate 0, as VOSviewer Online
 *   refuses empty ones; a missing or non-finite score stays empty, which it accepts;
 * - there is no line break after the last line: with one, the delimiter guess of papaparse 5.5.5
 *   and later prefers commas to tabs in a file of a few items whose labels hold commas.
 */
export function writeVosviewerMap(map: Pick<ScienceMap, 'items'>): string {
  const weights = weightNames(map.items);
  const scores = scoreNames(map.items);
  const header = ['id', 'label', 'x', 'y', 'cluster', ...weights.map((name) => `weight<${name}>`), ...scores.map((name) => `score<${name}>`)];
  const lines = [row(header)];
  map.items.forEach((item, index) => {
    lines.push(
      row([
        String(index + 1),
        item.label,
        String(finiteOrZero(item.x)),
        String(finiteOrZero(item.y)),
        String(vosviewerCluster(item.cluster) ?? ''),
        ...weights.map((name) => String(finiteOrZero(item.weights[name]))),
        ...scores.map((name) => formatNumber(item.scores?.[name])),
      ]),
    );
  });
  return lines.join('\n');
}

/** Why VOSviewer (Online) will not show a map as exported, or not all of it. */
export type VosviewerCaveat = { code: 'too-few-items'; items: number } | { code: 'no-links' } | { code: 'clusters-cut'; clusters: number; items: number };

/**
 * What the user should know before exporting `map` for VOSviewer: VOSviewer Online refuses maps of
 * fewer than 3 items, opens an empty network file only without it, and numbers clusters up to
 * 1,000 (items of smaller clusters are written without one, see `writeVosviewerMap`).
 */
export function vosviewerCaveats(map: Pick<ScienceMap, 'items' | 'links'>): VosviewerCaveat[] {
  const caveats: VosviewerCaveat[] = [];
  if (map.items.length < 3) caveats.push({ code: 'too-few-items', items: map.items.length });
  if (map.links.length === 0) caveats.push({ code: 'no-links' });
  const cut = new Set<number>();
  let items = 0;
  for (const item of map.items) {
    if (item.cluster + 1 > VOSVIEWER_MAX_CLUSTER) {
      cut.add(item.cluster);
      items++;
    }
  }
  if (cut.size > 0) caveats.push({ code: 'clusters-cut', clusters: cut.size, items });
  return caveats;
}

/**
 * The VOSviewer network file of a map: no header, one line `id1<TAB>id2<TAB>strength` per link, with
 * the 1-based item numbers of `writeVosviewerMap`. Throws on links to unknown items.
 */
export function writeVosviewerNetwork(map: Pick<ScienceMap, 'items' | 'links'>): string {
  return linkPositions(map)
    .map((link) => `${link.source + 1}\t${link.target + 1}\t${formatNumber(link.strength)}\n`)
    .join('');
}

/** VOSviewer Online guesses among tab, semicolon and comma; we look at the first non-empty line. */
function guessDelimiter(text: string): '\t' | ';' | ',' {
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  if (first.includes('\t')) return '\t';
  return first.includes(';') ? ';' : ',';
}

type Column = { kind: 'id' | 'label' | 'x' | 'y' | 'cluster' | 'description' | 'url' | 'ignored' } | { kind: 'weight' | 'score'; name: string };

function classify(header: string): Column {
  const weight = /^weight<(.*)>$/i.exec(header);
  if (weight) return { kind: 'weight', name: weight[1] };
  const score = /^score<(.*)>$/i.exec(header);
  if (score) return { kind: 'score', name: score[1] };
  const key = header.toLowerCase();
  if (key === 'id' || key === 'label' || key === 'x' || key === 'y' || key === 'cluster' || key === 'description' || key === 'url') return { kind: key };
  return { kind: 'ignored' };
}

export interface VosviewerMapRead extends ScienceMapRead<'items'> {
  /** File id (trimmed text of the `id` column, or the label when there is none) -> item id. */
  idIndex: Map<string, number>;
}

/**
 * Reads a VOSviewer map file (tab, semicolon or comma separated). Items get ids 0..n-1 in file order;
 * `idIndex` maps the file's ids to them for `readVosviewerNetwork`. Bad cells are reported with
 * their line and replaced by 0 (coordinates, cluster) or left out (weights, scores); items without a
 * cluster go to cluster 0, as in `readVosviewerJson`, with a note. Never throws.
 */
export function readVosviewerMap(text: string, options: ReadOptions = {}): VosviewerMapRead {
  const issues = new IssueCollector(options.file ?? 'map.txt');
  const idIndex = new Map<string, number>();
  const items: ScienceMapItem[] = [];
  const table = readCsv(text, { delimiter: guessDelimiter(text) });
  for (const error of table.quoteErrors) issues.add('malformed-quotes', 'warning', `Quotation marks are unbalanced: ${error.message}.`, { line: error.line });
  const columns = table.header.map(classify);
  const at = (kind: Column['kind']): number => columns.findIndex((column) => column.kind === kind);
  const idColumn = at('id');
  const labelColumn = at('label');
  if (idColumn === -1 && labelColumn === -1) {
    issues.add('header-missing', 'error', 'The first line must be a header naming at least an "id" or a "label" column; no items were read.', { line: table.headerLine });
    return { map: { items }, idIndex, issues: issues.list() };
  }
  table.header.forEach((name, index) => {
    if (columns[index].kind === 'ignored') issues.add('unknown-column', 'info', `Column "${name}" is not a VOSviewer column and was ignored.`, { line: table.headerLine, field: name });
  });
  const xColumn = at('x');
  const yColumn = at('y');
  const clusterColumn = at('cluster');
  if (xColumn === -1 || yColumn === -1) issues.add('no-coordinates', 'info', 'The file has no x and y columns; all items were placed at (0, 0).', { line: table.headerLine });

  const readRow = ({ cells, line }: CsvRow): void => {
    if (cells.length !== columns.length) issues.add('row-field-count', 'warning', `Line has ${cells.length} cells where the header has ${columns.length}.`, { line });
    const fileId = (cells[idColumn === -1 ? labelColumn : idColumn] ?? '').trim();
    if (fileId === '') {
      issues.add('id-missing', 'error', 'Item without an id was skipped.', { line });
      return;
    }
    if (idIndex.has(fileId)) {
      issues.add('id-not-unique', 'error', `Id "${fileId}" was already used by an earlier item; this line was skipped.`, { line });
      return;
    }
    const coordinate = (column: number, name: string): number => {
      if (column === -1) return 0;
      const value = parseNumber(cells[column]);
      if (value === undefined) issues.add('bad-coordinate', 'warning', `The ${name} coordinate "${cells[column] ?? ''}" is not a number; 0 was used.`, { line, field: name });
      return value ?? 0;
    };
    let cluster = 0;
    // An empty cluster cell is VOSviewer's "no cluster" (what writeVosviewerMap writes beyond the 1000th): not an error.
    if (clusterColumn !== -1 && (cells[clusterColumn] ?? '').trim() === '') {
      issues.add('no-cluster', 'info', 'Item without a cluster; it was put in cluster 1.', { line, field: 'cluster' });
    } else if (clusterColumn !== -1) {
      const value = parseInteger(cells[clusterColumn]);
      if (value === undefined || value < 1 || value > VOSVIEWER_MAX_CLUSTER) {
        issues.add('bad-cluster', 'warning', `Cluster "${cells[clusterColumn] ?? ''}" is not a whole number from 1 to ${VOSVIEWER_MAX_CLUSTER}; cluster 1 was used.`, { line, field: 'cluster' });
      } else cluster = value - 1;
    }
    const item: ScienceMapItem = {
      id: items.length,
      label: labelColumn === -1 ? fileId : (cells[labelColumn] ?? ''),
      x: coordinate(xColumn, 'x'),
      y: coordinate(yColumn, 'y'),
      cluster,
      weights: {},
    };
    const scores: Record<string, number> = {};
    columns.forEach((column, index) => {
      if (column.kind !== 'weight' && column.kind !== 'score') return;
      const cell = cells[index] ?? '';
      if (cell.trim() === '') return;
      const value = parseNumber(cell);
      if (value === undefined || (column.kind === 'weight' && value < 0)) {
        issues.add(`bad-${column.kind}`, 'warning', `${column.kind === 'weight' ? 'Weight' : 'Score'} "${column.name}" = "${cell}" is not a ${column.kind === 'weight' ? 'non-negative ' : ''}number and was left out.`, { line, field: column.name });
        return;
      }
      if (column.kind === 'weight') item.weights[column.name] = value;
      else scores[column.name] = value;
    });
    if (Object.keys(scores).length > 0) item.scores = scores;
    idIndex.set(fileId, item.id);
    items.push(item);
  };
  table.rows.forEach(readRow);
  return { map: { items }, idIndex, issues: issues.list() };
}

export interface ReadNetworkOptions extends ReadOptions {
  /** File id -> item id, from `readVosviewerMap`. Without it, file id k is item k - 1. */
  idIndex?: Map<string, number>;
}

/**
 * Reads a VOSviewer network file (`id1 id2 [strength]` per line, no header; strength 1 when
 * absent). Duplicate pairs are merged by summing, as VOSviewer Online does; self links and links
 * with a non-positive strength are skipped. Every skipped line is reported. Never throws.
 */
export function readVosviewerNetwork(text: string, options: ReadNetworkOptions = {}): ScienceMapRead<'links'> {
  const issues = new IssueCollector(options.file ?? 'network.txt');
  const table = readCsv(text, { delimiter: guessDelimiter(text) });
  for (const error of table.quoteErrors) issues.add('malformed-quotes', 'warning', `Quotation marks are unbalanced: ${error.message}.`, { line: error.line });
  const rows: CsvRow[] = table.header.length > 0 ? [{ cells: table.header, line: table.headerLine }, ...table.rows] : table.rows;
  const links: ScienceMapLink[] = [];
  const byPair = new Map<string, ScienceMapLink>();
  const resolve = (cell: string | undefined): number | undefined => {
    const key = (cell ?? '').trim();
    if (options.idIndex) return options.idIndex.get(key);
    const value = parseInteger(key);
    return value !== undefined && value >= 1 ? value - 1 : undefined;
  };
  for (const { cells, line } of rows) {
    if (cells.length < 2) {
      issues.add('row-field-count', 'error', 'A link line needs two item ids and optionally a strength; this line was skipped.', { line });
      continue;
    }
    const source = resolve(cells[0]);
    const target = resolve(cells[1]);
    if (source === undefined || target === undefined) {
      issues.add('unknown-item', 'error', `Link "${cells[0]}"–"${cells[1]}" refers to an item that is not in the map; it was skipped.`, { line });
      continue;
    }
    const strength = cells.length >= 3 && cells[2].trim() !== '' ? parseNumber(cells[2]) : 1;
    if (strength === undefined || strength <= 0) {
      issues.add('bad-strength', 'warning', `Link strength "${cells[2]}" is not a positive number; the link was skipped.`, { line });
      continue;
    }
    if (source === target) {
      issues.add('self-link', 'info', 'A link from an item to itself was skipped.', { line });
      continue;
    }
    const key = source < target ? `${source} ${target}` : `${target} ${source}`;
    const existing = byPair.get(key);
    if (existing) {
      existing.strength += strength;
      issues.add('duplicate-link', 'info', 'The same pair of items was linked again; the strengths were added up.', { line });
      continue;
    }
    const link = { source, target, strength };
    byPair.set(key, link);
    links.push(link);
  }
  return { map: { links }, issues: issues.list() };
}
