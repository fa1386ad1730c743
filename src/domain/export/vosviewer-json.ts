/**
 * VOSviewer JSON as VOSviewer Online opens it (FORMATS.md §19.3; VOSviewer-Online-Docs
 * `docs/file-types/json-file-type.md`): `{ network: { items, links, clusters }, config: { parameters } }`
 * with 1-based item ids and clusters, links as `source_id` / `target_id` / `strength`.
 */
import { IssueCollector } from '../import/issues';
import type { ReadOptions, ScienceMap, ScienceMapCluster, ScienceMapItem, ScienceMapLink, ScienceMapRead } from './types';
import { finiteOrZero, linkPositions, vosviewerCluster, weightNames } from './shared';

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

function finiteRecord(record: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(record)) if (Number.isFinite(value)) out[name] = value;
  return out;
}

/**
 * The VOSviewer JSON text of a map (2-space indented). Items are numbered 1..n in array order;
 * `parameters` go to `config.parameters` unchanged (VOSviewer Online ignores keys it does not know).
 * Written so that VOSviewer Online opens it unchanged:
 * - items of clusters beyond the 1000th (the smallest: clusters are numbered by size) have no
 *   `cluster` and those clusters no `clusters` entry, as VOSviewer Online refuses larger numbers;
 * - every item has every weight any item has, a missing or non-finite one written 0, and a
 *   non-finite coordinate is written 0, as VOSviewer Online refuses null ones;
 * - non-finite scores are left out (null to VOSviewer Online, which accepts it); a non-finite link
 *   strength is null, which VOSviewer Online reads as 1.
 * Throws on links to unknown items.
 */
export function writeVosviewerJson(map: ScienceMap): string {
  const weights = weightNames(map.items);
  const items = map.items.map((item, index) => {
    const cluster = vosviewerCluster(item.cluster);
    return {
      id: index + 1,
      label: item.label,
      x: finiteOrZero(item.x),
      y: finiteOrZero(item.y),
      ...(cluster === undefined ? {} : { cluster }),
      weights: Object.fromEntries(weights.map((name) => [name, finiteOrZero(item.weights[name])])),
      ...(item.scores ? { scores: finiteRecord(item.scores) } : {}),
    };
  });
  const links = linkPositions(map).map((link) => ({ source_id: link.source + 1, target_id: link.target + 1, strength: finiteOrNull(link.strength) }));
  const clusters = map.clusters.flatMap((entry) => {
    const cluster = vosviewerCluster(entry.id);
    return cluster === undefined ? [] : [{ cluster, label: entry.label }];
  });
  const document: Record<string, unknown> = { network: { items, links, clusters } };
  if (map.parameters) document.config = { parameters: map.parameters };
  return `${JSON.stringify(document, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number, or a numeric string (VOSviewer Online converts those too). */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

const idKey = (value: unknown): string | undefined => (typeof value === 'number' || typeof value === 'string' ? String(value).trim() || undefined : undefined);

/**
 * Reads VOSviewer JSON. Items get ids 0..n-1 in file order (file ids may be strings or numbers);
 * clusters and cluster labels become 0-based; `config.parameters` keeps its string and number
 * values (booleans as 0/1). JSON has no line numbers per item, so issues name the item index.
 * Never throws.
 */
export function readVosviewerJson(text: string, options: ReadOptions = {}): ScienceMapRead<'items' | 'links' | 'clusters' | 'parameters'> {
  const issues = new IssueCollector(options.file ?? 'map.json');
  const map: ScienceMap = { items: [], links: [], clusters: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    issues.add('invalid-json', 'error', `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`, { line: 1 });
    return { map, issues: issues.list() };
  }
  const network = isRecord(data) ? data.network : undefined;
  if (!isRecord(network) || (!Array.isArray(network.items) && !Array.isArray(network.links))) {
    issues.add('invalid-json-data-format', 'error', 'The file has no "network" object with "items" or "links"; it is not a VOSviewer JSON file.', { line: 1 });
    return { map, issues: issues.list() };
  }
  const idIndex = new Map<string, number>();
  (Array.isArray(network.items) ? network.items : []).forEach((raw: unknown, index: number) => {
    const where = `Item ${index + 1}`;
    if (!isRecord(raw)) {
      issues.add('bad-item', 'error', `${where} is not an object and was skipped.`);
      return;
    }
    const fileId = idKey(raw.id) ?? idKey(raw.label);
    if (fileId === undefined) {
      issues.add('id-missing', 'error', `${where} has neither an id nor a label and was skipped.`);
      return;
    }
    if (idIndex.has(fileId)) {
      issues.add('id-not-unique', 'error', `${where}: id "${fileId}" was already used; the item was skipped.`);
      return;
    }
    const coordinate = (name: 'x' | 'y'): number => {
      if (raw[name] === undefined) return 0;
      const value = toNumber(raw[name]);
      if (value === undefined) issues.add('bad-coordinate', 'warning', `${where}: ${name} is not a number; 0 was used.`, { field: name });
      return value ?? 0;
    };
    let cluster = 0;
    if (raw.cluster !== undefined && raw.cluster !== null) {
      const value = toNumber(raw.cluster);
      if (value === undefined || !Number.isInteger(value) || value < 1 || value > 1000) issues.add('bad-cluster', 'warning', `${where}: cluster is not a whole number from 1 to 1000; cluster 1 was used.`, { field: 'cluster' });
      else cluster = value - 1;
    }
    const numbers = (value: unknown, kind: 'weight' | 'score'): Record<string, number> => {
      const out: Record<string, number> = {};
      if (value === undefined) return out;
      if (!isRecord(value)) {
        issues.add(`bad-${kind}`, 'warning', `${where}: ${kind}s is not an object and was ignored.`, { field: `${kind}s` });
        return out;
      }
      for (const [name, entry] of Object.entries(value)) {
        const parsed = toNumber(entry);
        if (parsed === undefined || (kind === 'weight' && parsed < 0)) issues.add(`bad-${kind}`, 'warning', `${where}: ${kind} "${name}" is not a valid number and was left out.`, { field: name });
        else out[name] = parsed;
      }
      return out;
    };
    const item: ScienceMapItem = {
      id: map.items.length,
      label: typeof raw.label === 'string' ? raw.label : fileId,
      x: coordinate('x'),
      y: coordinate('y'),
      cluster,
      weights: numbers(raw.weights, 'weight'),
    };
    if (raw.scores !== undefined) item.scores = numbers(raw.scores, 'score');
    idIndex.set(fileId, item.id);
    map.items.push(item);
  });

  const byPair = new Map<string, ScienceMapLink>();
  (Array.isArray(network.links) ? network.links : []).forEach((raw: unknown, index: number) => {
    const where = `Link ${index + 1}`;
    if (!isRecord(raw)) {
      issues.add('bad-link', 'error', `${where} is not an object and was skipped.`);
      return;
    }
    const source = idIndex.get(idKey(raw.source_id) ?? '');
    const target = idIndex.get(idKey(raw.target_id) ?? '');
    if (source === undefined || target === undefined) {
      issues.add('unknown-item', 'error', `${where} refers to an item that is not in the file; it was skipped.`);
      return;
    }
    const strength = raw.strength === undefined ? 1 : toNumber(raw.strength);
    if (strength === undefined || strength <= 0 || source === target) {
      issues.add('bad-link', 'warning', `${where} has no positive strength or links an item to itself; it was skipped.`);
      return;
    }
    const key = source < target ? `${source} ${target}` : `${target} ${source}`;
    const existing = byPair.get(key);
    if (existing) {
      existing.strength += strength;
      issues.add('duplicate-link', 'info', `${where} links the same pair of items again; the strengths were added up.`);
      return;
    }
    const link = { source, target, strength };
    byPair.set(key, link);
    map.links.push(link);
  });

  const seenClusters = new Set<number>();
  (Array.isArray(network.clusters) ? network.clusters : []).forEach((raw: unknown, index: number) => {
    const value = isRecord(raw) ? toNumber(raw.cluster) : undefined;
    if (!isRecord(raw) || value === undefined || !Number.isInteger(value) || value < 1 || value > 1000 || seenClusters.has(value)) {
      issues.add('bad-cluster', 'warning', `Cluster entry ${index + 1} has no valid, unique cluster number from 1 to 1000; it was skipped.`);
      return;
    }
    seenClusters.add(value);
    const cluster: ScienceMapCluster = { id: value - 1, label: typeof raw.label === 'string' ? raw.label : '' };
    map.clusters.push(cluster);
  });

  const config = isRecord(data) ? data.config : undefined;
  if (isRecord(config) && isRecord(config.parameters)) {
    const parameters: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(config.parameters)) {
      if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) parameters[name] = value;
      else if (typeof value === 'boolean') parameters[name] = value ? 1 : 0;
      else issues.add('bad-parameter', 'info', `Parameter "${name}" is not a string, number or true/false and was ignored.`, { field: name });
    }
    map.parameters = parameters;
  }
  return { map, issues: issues.list() };
}
