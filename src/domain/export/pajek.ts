/**
 * Pajek `.net` networks (FORMATS.md §19.4): `*Vertices n`, one line per vertex with its label in
 * double quotes and x y z in [0, 1], then `*Edges` lines `from to weight`. CRLF line ends.
 * Pajek carries neither clusters nor weights in the `.net` file, and its labels cannot hold double
 * quotes, tabs or line breaks (written as `'` and spaces).
 */
import { IssueCollector } from '../import/issues';
import type { ReadOptions, ScienceMap, ScienceMapItem, ScienceMapLink, ScienceMapRead } from './types';
import { formatNumber, linkPositions, oneLine, parseInteger, parseNumber } from './shared';

/** More vertices than any science map has; a larger count is taken for a damaged file. */
const MAX_VERTICES = 1_000_000;

export interface WritePajekOptions {
  /**
   * Rescale coordinates into [0, 1] with one factor for both axes (keeps the aspect ratio), as
   * Pajek expects. Default true; false writes the map's coordinates unchanged.
   */
  rescale?: boolean;
}

/** A label as Pajek can hold it: one line, no double quotes. */
export const pajekLabel = (label: string): string => oneLine(label).replace(/"/g, "'");

/**
 * The Pajek `.net` text of a map: vertices 1..n in item order with quoted labels and `x y 0.5`
 * coordinates, then the links under `*Edges`. Throws on links to unknown items.
 */
export function writePajek(map: Pick<ScienceMap, 'items' | 'links'>, options: WritePajekOptions = {}): string {
  const finite = (value: number): number => (Number.isFinite(value) ? value : 0);
  const xs = map.items.map((item) => finite(item.x));
  const ys = map.items.map((item) => finite(item.y));
  let minX = 0;
  let minY = 0;
  let scale = 1;
  if ((options.rescale ?? true) && xs.length > 0) {
    // Loops, not Math.min(...xs): spreading a large map would overflow the call stack.
    minX = Infinity;
    minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    const span = Math.max(maxX - minX, maxY - minY);
    scale = span > 0 ? 1 / span : 1;
  }
  const lines = [`*Vertices ${map.items.length}`];
  map.items.forEach((item, index) => {
    const x = (xs[index] - minX) * scale;
    const y = (ys[index] - minY) * scale;
    lines.push(`${index + 1} "${pajekLabel(item.label)}" ${formatNumber(x)} ${formatNumber(y)} 0.5`);
  });
  lines.push('*Edges');
  for (const link of linkPositions(map)) lines.push(`${link.source + 1} ${link.target + 1} ${formatNumber(link.strength)}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Splits a vertex line into number, label and the rest; the label may be quoted. */
function splitVertex(line: string): { number: string; label: string | undefined; rest: string[] } {
  const match = /^\s*(\S+)\s*(?:"([^"]*)"|(\S+))?\s*(.*)$/.exec(line);
  if (!match) return { number: '', label: undefined, rest: [] };
  return { number: match[1], label: match[2] ?? match[3], rest: match[4].split(/\s+/).filter(Boolean) };
}

/**
 * Reads a Pajek `.net` file: `*Vertices` (labels, optional coordinates), `*Edges`, `*Arcs` (read as
 * undirected), `*Edgeslist` / `*Arcslist` (strength 1). Items get ids 0..n-1 and cluster 0;
 * duplicate pairs are summed. `%` lines are comments. Never throws.
 */
export function readPajek(text: string, options: ReadOptions = {}): ScienceMapRead<'items' | 'links'> {
  const issues = new IssueCollector(options.file ?? 'network.net');
  const items: ScienceMapItem[] = [];
  const links: ScienceMapLink[] = [];
  const byPair = new Map<string, ScienceMapLink>();
  let section: 'none' | 'vertices' | 'edges' | 'list' | 'skip' = 'none';
  let vertexCount = 0;
  let sawArcs = false;

  const addLink = (source: number, target: number, strength: number, line: number): void => {
    if (source === target) {
      issues.add('self-link', 'info', 'A link from a vertex to itself was skipped.', { line });
      return;
    }
    const key = source < target ? `${source} ${target}` : `${target} ${source}`;
    const existing = byPair.get(key);
    if (existing) {
      existing.strength += strength;
      issues.add('duplicate-link', 'info', 'The same pair of vertices was linked again; the strengths were added up.', { line });
      return;
    }
    const link = { source, target, strength };
    byPair.set(key, link);
    links.push(link);
  };
  const vertex = (cell: string | undefined, line: number): number | undefined => {
    const value = parseInteger(cell);
    if (value === undefined || value < 1 || value > vertexCount) {
      issues.add('unknown-vertex', 'error', `Vertex "${cell ?? ''}" is not between 1 and ${vertexCount}; the line was skipped.`, { line });
      return undefined;
    }
    return value - 1;
  };

  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('%')) return;
    if (trimmed.startsWith('*')) {
      const [keyword, ...args] = trimmed.split(/\s+/);
      switch (keyword.toLowerCase()) {
        case '*vertices': {
          const count = parseInteger(args[0]);
          if (section !== 'none' || count === undefined || count < 0 || count > MAX_VERTICES) {
            issues.add('bad-vertices', 'error', `The "*Vertices n" line is missing a count from 0 to ${MAX_VERTICES} or comes twice; the section was skipped.`, { line });
            section = 'skip';
            return;
          }
          vertexCount = count;
          for (let i = 0; i < count; i++) items.push({ id: i, label: String(i + 1), x: 0, y: 0, cluster: 0, weights: {} });
          section = 'vertices';
          return;
        }
        case '*edges':
        case '*arcs':
          if (keyword.toLowerCase() === '*arcs') sawArcs = true;
          section = 'edges';
          return;
        case '*edgeslist':
        case '*arcslist':
          if (keyword.toLowerCase() === '*arcslist') sawArcs = true;
          section = 'list';
          return;
        case '*network':
          return;
        default:
          issues.add('unsupported-section', 'warning', `Section "${keyword}" is not supported and was skipped.`, { line });
          section = 'skip';
          return;
      }
    }
    if (section === 'vertices') {
      const { number, label, rest } = splitVertex(trimmed);
      const index0 = vertex(number, line);
      if (index0 === undefined) return;
      const item = items[index0];
      if (label !== undefined) item.label = label;
      if (rest.length >= 2) {
        const x = parseNumber(rest[0]);
        const y = parseNumber(rest[1]);
        if (x === undefined || y === undefined) issues.add('bad-coordinate', 'warning', `Coordinates "${rest[0]} ${rest[1]}" are not numbers; (0, 0) was used.`, { line });
        else {
          item.x = x;
          item.y = y;
        }
      }
    } else if (section === 'edges') {
      const cells = trimmed.split(/\s+/);
      const source = vertex(cells[0], line);
      const target = source === undefined ? undefined : vertex(cells[1], line);
      if (source === undefined || target === undefined) return;
      const strength = cells.length >= 3 ? parseNumber(cells[2]) : 1;
      if (strength === undefined || strength <= 0) {
        issues.add('bad-strength', 'warning', `Link weight "${cells[2]}" is not a positive number; the link was skipped.`, { line });
        return;
      }
      addLink(source, target, strength, line);
    } else if (section === 'list') {
      const cells = trimmed.split(/\s+/);
      const source = vertex(cells[0], line);
      if (source === undefined) return;
      for (const cell of cells.slice(1)) {
        const target = vertex(cell, line);
        if (target !== undefined) addLink(source, target, 1, line);
      }
    } else if (section === 'none') {
      issues.add('header-missing', 'error', 'Text before the "*Vertices" line was skipped.', { line });
    }
  });
  if (section === 'none' && items.length === 0) issues.add('header-missing', 'error', 'The file has no "*Vertices" line; it is not a Pajek network.', { line: 1 });
  if (sawArcs) issues.add('directed-read-as-undirected', 'info', 'Arcs (directed links) were read as undirected links; opposite arcs were added up.');
  return { map: { items, links }, issues: issues.list() };
}
