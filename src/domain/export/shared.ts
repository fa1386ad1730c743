import type { ScienceMap, ScienceMapItem } from './types';

/** Weight columns in the order VOSviewer writes them; other names follow in first-seen order. */
const WEIGHT_ORDER = ['Links', 'Total link strength', 'Documents', 'Occurrences', 'Citations', 'Norm. citations'];
/** Score columns in the order VOSviewer writes them. */
const SCORE_ORDER = ['Avg. pub. year', 'Avg. citations', 'Avg. norm. citations'];

function orderedNames(records: readonly (Record<string, number> | undefined)[], preferred: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const record of records) for (const name of Object.keys(record ?? {})) seen.add(name);
  const first = preferred.filter((name) => seen.has(name));
  return [...first, ...[...seen].filter((name) => !preferred.includes(name))];
}

/** Names of all weights used by any item, VOSviewer's usual ones first. */
export const weightNames = (items: readonly ScienceMapItem[]): string[] => orderedNames(items.map((item) => item.weights), WEIGHT_ORDER);

/** Names of all scores used by any item, VOSviewer's usual ones first. */
export const scoreNames = (items: readonly ScienceMapItem[]): string[] => orderedNames(items.map((item) => item.scores), SCORE_ORDER);

/** Largest cluster number (1-based) VOSviewer and VOSviewer Online accept. */
export const VOSVIEWER_MAX_CLUSTER = 1000;

/**
 * The 1-based VOSviewer cluster number of a 0-based cluster, or undefined ("no cluster") beyond
 * {@link VOSVIEWER_MAX_CLUSTER}, VOSviewer Online refusing any file with a larger number. Clusters
 * are numbered by decreasing size (src/domain/cluster `orderClustersBySize`), so the largest 1000
 * keep their numbers and only the smallest lose theirs.
 */
export const vosviewerCluster = (cluster: number): number | undefined => (Number.isInteger(cluster) && cluster >= 0 && cluster < VOSVIEWER_MAX_CLUSTER ? cluster + 1 : undefined);

/** A finite number, or 0 for NaN and infinities: what VOSviewer files hold where a number is required. */
export const finiteOrZero = (value: number | undefined): number => (value !== undefined && Number.isFinite(value) ? value : 0);

/** Shortest text that reads back as the same double; '' for NaN and infinities. */
export const formatNumber = (value: number | undefined): string => (value !== undefined && Number.isFinite(value) ? String(value) : '');

/** A finite number from a trimmed cell, or undefined (empty, `null`, `NaN`, text). */
export function parseNumber(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Finite integer or undefined. */
export function parseInteger(text: string | undefined): number | undefined {
  const value = parseNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/**
 * Links of a map as 0-based item positions (files number items 1..n in array order).
 * Throws on duplicate item ids or links to unknown items: those are programmer errors.
 */
export function linkPositions(map: Pick<ScienceMap, 'items' | 'links'>): { source: number; target: number; strength: number }[] {
  const position = new Map<number, number>();
  map.items.forEach((item, index) => {
    if (position.has(item.id)) throw new Error(`domain/export: duplicate item id ${item.id}`);
    position.set(item.id, index);
  });
  return map.links.map((link, k) => {
    const source = position.get(link.source);
    const target = position.get(link.target);
    if (source === undefined || target === undefined) throw new Error(`domain/export: link ${k} (${link.source}-${link.target}) refers to an unknown item`);
    return { source, target, strength: link.strength };
  });
}

/** Replaces line breaks and tabs by spaces, for formats that cannot carry them. */
export const oneLine = (text: string): string => text.replace(/\r\n|[\r\n\t]/g, ' ');
