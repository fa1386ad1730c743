import type { MapOptions, MapResult } from '../domain/maps/run-map';
import { DEFAULT_MAP_OPTIONS } from '../domain/maps/run-map';
import type { NetworkType } from '../domain/network/build';
import { NETWORK_UNITS } from '../domain/network/build';
import type { Normalization } from '../domain/network/normalize';
import type { UnitKind } from '../domain/network/units';

export const MAP_USAGE = `Usage: npm run --silent cli -- map [--json] --type co-citation|coupling|co-authorship|co-occurrence
         --unit references|authors|sources|documents|institutions|countries|author-keywords|keywords|index-keywords|terms
         [--min N] [--top N] [--counting full|fractional] [--max-authors N]
         [--normalization association|cosine|jaccard|inclusion|none] [--quality cpm|modularity]
         [--resolution R] [--min-cluster-size N] [--starts N] [--seed S] [--thesaurus FILE] [--vosviewer DIR] FILE...`;

const TYPES: NetworkType[] = ['co-citation', 'coupling', 'co-authorship', 'co-occurrence'];

/** The CLI unit names, per network type, as the domain's unit kinds. */
export function unitFor(type: NetworkType, unit: string): UnitKind | undefined {
  const cited: Record<string, UnitKind> = { references: 'cited-references', authors: 'cited-authors', sources: 'cited-sources' };
  const plain: Record<string, UnitKind> = { keywords: 'keywords', 'author-keywords': 'author-keywords', 'index-keywords': 'index-keywords', documents: 'documents', terms: 'terms', authors: 'authors', sources: 'sources', institutions: 'institutions', countries: 'countries' };
  const kind = type === 'co-citation' ? cited[unit] : plain[unit];
  return kind && NETWORK_UNITS[type].includes(kind) ? kind : undefined;
}

export type ParsedMapArgs = { ok: true; options: MapOptions; json: boolean; vosviewerDir?: string; thesaurusFile?: string; files: string[] } | { ok: false; message: string };

/** Parses `map` arguments; every mistake gets a message saying what was expected. */
export function parseMapArgs(args: string[]): ParsedMapArgs {
  const flags = new Map<string, string>();
  const files: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `${arg} needs a value.` };
      flags.set(arg.slice(2), value);
      i++;
    } else files.push(arg);
  }
  const known = new Set(['type', 'unit', 'min', 'top', 'counting', 'max-authors', 'normalization', 'quality', 'resolution', 'min-cluster-size', 'starts', 'seed', 'vosviewer', 'thesaurus']);
  for (const name of flags.keys()) if (!known.has(name)) return { ok: false, message: `Unknown option --${name}.` };
  const type = flags.get('type') as NetworkType | undefined;
  if (!type || !TYPES.includes(type)) return { ok: false, message: `--type must be one of ${TYPES.join(', ')}.` };
  const unitName = flags.get('unit') ?? '';
  const unit = unitFor(type, unitName);
  if (!unit) {
    return { ok: false, message: `--unit "${unitName}" cannot be used with --type ${type}.` };
  }
  const number = (name: string, fallback: number | undefined, integer = true): number | undefined | Error => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) return new Error(`--${name} must be a non-negative ${integer ? 'whole ' : ''}number, not "${raw}".`);
    return value;
  };
  const values = {
    min: number('min', type === 'coupling' && unit === 'documents' ? 0 : DEFAULT_MAP_OPTIONS.minOccurrences),
    top: number('top', undefined),
    maxAuthors: number('max-authors', undefined),
    resolution: number('resolution', DEFAULT_MAP_OPTIONS.resolution, false),
    minClusterSize: number('min-cluster-size', DEFAULT_MAP_OPTIONS.minClusterSize),
    starts: number('starts', DEFAULT_MAP_OPTIONS.randomStarts),
    seed: number('seed', DEFAULT_MAP_OPTIONS.seed),
  };
  for (const value of Object.values(values)) if (value instanceof Error) return { ok: false, message: value.message };
  const counting = flags.get('counting') ?? 'full';
  if (counting !== 'full' && counting !== 'fractional') return { ok: false, message: '--counting must be full or fractional.' };
  const normalizations: Record<string, Normalization> = { association: 'association-strength', 'association-strength': 'association-strength', cosine: 'cosine', jaccard: 'jaccard', inclusion: 'inclusion', none: 'none' };
  const normalization = normalizations[flags.get('normalization') ?? 'association'];
  if (!normalization) return { ok: false, message: '--normalization must be association, cosine, jaccard, inclusion or none.' };
  const quality = flags.get('quality') ?? 'cpm';
  if (quality !== 'cpm' && quality !== 'modularity') return { ok: false, message: '--quality must be cpm or modularity.' };
  if (files.length === 0) return { ok: false, message: 'No files given.' };
  return {
    ok: true,
    json,
    files,
    vosviewerDir: flags.get('vosviewer'),
    thesaurusFile: flags.get('thesaurus'),
    options: {
      ...DEFAULT_MAP_OPTIONS,
      type,
      unit,
      counting,
      normalization,
      quality,
      minOccurrences: values.min as number,
      topN: values.top as number | undefined,
      maxAuthorsPerDocument: values.maxAuthors as number | undefined,
      resolution: values.resolution as number,
      minClusterSize: values.minClusterSize as number,
      randomStarts: values.starts as number,
      seed: values.seed as number,
    },
  };
}

/** The JSON `cli map --json` prints: link strengths are the raw (full or fractional) counts. */
export function mapReport(result: MapResult) {
  return {
    nodes: result.map.items.map((item) => ({ id: item.id, label: item.label, weight: item.weights[result.weightName], cluster: item.cluster, x: item.x, y: item.y })),
    links: result.map.links.map((link) => ({ source: link.source, target: link.target, strength: link.strength })),
    clusters: result.clusters.map((c) => ({ id: c.id, label: c.label, size: c.size })),
    quality: { modularity: result.quality.modularity, silhouette: result.quality.silhouette },
    timings: result.timings,
  };
}

/** A readable summary of a map for the terminal. */
export function formatMapReport(result: MapResult): string {
  const lines = [
    `${result.map.items.length} items (${result.thresholdCounts.meetingThreshold} of ${result.thresholdCounts.units} meet the threshold), ${result.map.links.length} links, ${result.clusters.length} clusters`,
    `Modularity Q ${result.quality.modularity.toFixed(4)}, mean silhouette ${result.quality.silhouette.toFixed(3)}, layout ${result.layout.method} (stress ${result.layout.stress.toFixed(3)})`,
    `Timings (ms): ${Object.entries(result.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    '',
    'Clusters',
  ];
  for (const c of result.clusters) lines.push(`${String(c.id + 1).padStart(4)}  ${String(c.size).padStart(5)} items  "${c.label}" (${c.terms.llr.slice(1, 4).join(', ')})  e.g. ${c.topItems.slice(0, 3).join('; ')}`);
  return lines.join('\n');
}
