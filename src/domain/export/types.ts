import type { ParseIssue } from '../model';

/** One item (node) of a science map. */
export interface ScienceMapItem {
  /** 0-based item id; links refer to it. Files number items 1..n in array order instead. */
  id: number;
  label: string;
  x: number;
  y: number;
  /** 0-based cluster id (VOSviewer files are 1-based). */
  cluster: number;
  /** Non-negative weights by name, e.g. `Occurrences`, `Citations`, `Links`, `Total link strength`. */
  weights: Record<string, number>;
  /** Numeric scores by name, e.g. `Avg. pub. year`. */
  scores?: Record<string, number>;
  /**
   * The strongest Kleinberg burst of the item's yearly occurrences (ANALYTICS.md section 7):
   * strength in nats, first and last year inclusive; `{ strength: 0 }` when the item has none.
   * Absent where bursts do not apply (document units) and in maps read from files.
   */
  burst?: ScienceMapItemBurst;
  /** CiteSpace's sigma, (betweenness + 1)^burst strength; absent when either is unknown. */
  sigma?: number;
}

/** See {@link ScienceMapItem.burst}. */
export interface ScienceMapItemBurst {
  strength: number;
  start?: number;
  end?: number;
}

/** One undirected link between two items (by item id), written once per pair. */
export interface ScienceMapLink {
  source: number;
  target: number;
  strength: number;
}

export interface ScienceMapCluster {
  /** 0-based cluster id, as in `ScienceMapItem.cluster`. */
  id: number;
  label: string;
}

/** A laid-out, clustered map: plain structured-clone data, the input of every writer here. */
export interface ScienceMap {
  items: ScienceMapItem[];
  links: ScienceMapLink[];
  clusters: ScienceMapCluster[];
  /** Layout and clustering parameters (VOSviewer JSON `config.parameters`). */
  parameters?: Record<string, string | number>;
}

/** What a reader returns: the parts of a map its format carries, plus issues (never throws). */
export interface ScienceMapRead<K extends keyof ScienceMap> {
  map: Pick<ScienceMap, K>;
  issues: ParseIssue[];
}

export interface ReadOptions {
  /** File name used in issues. */
  file?: string;
}
