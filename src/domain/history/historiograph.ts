/**
 * The historiograph (Garfield's HistCite; bibliometrix `histNetwork` / `histPlot`): the most
 * locally cited documents of a dataset and the direct citations among them, drawn with time on
 * one axis so the flow of ideas reads from the oldest documents to the newest.
 *
 * Garfield, E. (2004). Historiographic mapping of knowledge domains literature. J. Inf. Sci.
 * 30(2):119-145.
 *
 * Layout (plain data, no drawing): x is the publication year, one column per year; within a
 * column documents take consecutive integer slots centred on 0, ordered by the mean slot of the
 * older documents they cite (a barycentre pass from the oldest column on, which keeps citation
 * lines short), ties by local citations then dataset order. Everything is deterministic.
 */
import type { Publication, RecordId } from '../model';
import { documentLabel } from '../network/units';
import { directCitations, type DirectCitationNetwork } from './direct-citation';

/** Options of {@link historiograph}. */
export interface HistoriographOptions {
  /** The top N documents by local citations (LCS). */
  top: number;
  /** Documents cited fewer times than this inside the dataset are left out. */
  minLocalCitations: number;
  /** The direct-citation network of the same publications, when already built. */
  network?: DirectCitationNetwork;
}

export const DEFAULT_HISTORIOGRAPH_OPTIONS: Readonly<Omit<HistoriographOptions, 'network'>> = { top: 30, minLocalCitations: 1 };

/** One document of the historiograph. */
export interface HistoriographNode {
  /** Index of the document in the publications given. */
  document: number;
  id: RecordId;
  /** "FirstAuthor Year", e.g. "Aria M 2017", with a, b ... added when two nodes would share it. */
  label: string;
  /** WoS-style full label "Aria M, 2017, J INFORMETR". */
  fullLabel: string;
  title: string;
  doi?: string;
  year: number;
  /** Horizontal position: the publication year. */
  x: number;
  /** Vertical position: the slot within the year, integers centred on 0 (half-integers for even counts). */
  y: number;
  /** Index of the year among the historiograph's distinct years (for layouts that skip empty years). */
  column: number;
  localCitations: number;
  globalCitations: number;
}

/** A direct citation between two nodes (indices into `nodes`), from the citing to the cited. */
export interface HistoriographLink {
  from: number;
  to: number;
}

export interface Historiograph {
  /** Nodes by year, then slot. */
  nodes: HistoriographNode[];
  links: HistoriographLink[];
  /** The distinct years of the nodes, ascending (one column each). */
  years: number[];
  stats: {
    /** Documents meeting `minLocalCitations` (before the top N cut). */
    candidates: number;
    /** Documents meeting `minLocalCitations` but left out because they have no year. */
    undatedExcluded: number;
  };
}

/** "Surname INITIALS Year" of a document, or its title / id when it has no author. */
function shortLabel(p: Publication): string {
  const first = p.authors[0];
  const author = first ? (first.shortName || first.surname).replace(/,/g, '').trim() : '';
  const who = author || (p.title ? p.title.slice(0, 40) : p.id);
  return p.year !== undefined ? `${who} ${p.year}` : who;
}

/**
 * Builds the historiograph: the `top` documents by local citations (ties: global citations, older
 * first, dataset order), those cited at least `minLocalCitations` times in the dataset and having a
 * year; the direct-citation links among them; positions as described in the file banner.
 */
export function historiograph(publications: readonly Publication[], options: Partial<HistoriographOptions> = {}): Historiograph {
  const o = { ...DEFAULT_HISTORIOGRAPH_OPTIONS, ...options };
  if (!(o.top >= 0) || !(o.minLocalCitations >= 0)) throw new Error('domain/history: top and minLocalCitations must be >= 0');
  const network = o.network ?? directCitations(publications);
  if (network.documentCount !== publications.length) throw new Error(`domain/history: the network has ${network.documentCount} documents, the publications ${publications.length}`);
  const { localCitations: lcs, globalCitations: gcs, citing } = network;

  const candidates: number[] = [];
  let undatedExcluded = 0;
  for (let d = 0; d < publications.length; d++) {
    if (lcs[d] < o.minLocalCitations) continue;
    if (publications[d].year === undefined) undatedExcluded++;
    else candidates.push(d);
  }
  candidates.sort((a, b) => lcs[b] - lcs[a] || gcs[b] - gcs[a] || (publications[a].year as number) - (publications[b].year as number) || a - b);
  const chosen = candidates.slice(0, o.top);
  const isChosen = new Set(chosen);

  // Columns by year; slots assigned column by column from the oldest.
  const byYear = new Map<number, number[]>();
  for (const d of chosen) {
    const year = publications[d].year as number;
    const list = byYear.get(year);
    if (list) list.push(d);
    else byYear.set(year, [d]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const slot = new Map<number, number>();
  const ordered: number[] = [];
  for (const year of years) {
    const column = byYear.get(year) as number[];
    const key = new Map<number, number>();
    for (const d of column) {
      let sum = 0;
      let count = 0;
      for (let k = citing.offsets[d]; k < citing.offsets[d + 1]; k++) {
        const y = slot.get(citing.cited[k]);
        if (y !== undefined) {
          sum += y;
          count++;
        }
      }
      key.set(d, count ? sum / count : 0);
    }
    column.sort((a, b) => (key.get(a) as number) - (key.get(b) as number) || lcs[b] - lcs[a] || a - b);
    column.forEach((d, rank) => slot.set(d, rank - (column.length - 1) / 2));
    ordered.push(...column);
  }

  const nodeOf = new Map<number, number>();
  const labelCount = new Map<string, number>();
  for (const d of ordered) labelCount.set(shortLabel(publications[d]), (labelCount.get(shortLabel(publications[d])) ?? 0) + 1);
  const labelSeen = new Map<string, number>();
  const nodes: HistoriographNode[] = ordered.map((d, i) => {
    nodeOf.set(d, i);
    const p = publications[d];
    let label = shortLabel(p);
    if ((labelCount.get(label) as number) > 1) {
      const seen = labelSeen.get(label) ?? 0;
      labelSeen.set(label, seen + 1);
      label += suffix(seen);
    }
    const node: HistoriographNode = {
      document: d,
      id: p.id,
      label,
      fullLabel: documentLabel(p),
      title: p.title,
      year: p.year as number,
      x: p.year as number,
      y: slot.get(d) as number,
      column: years.indexOf(p.year as number),
      localCitations: lcs[d],
      globalCitations: gcs[d],
    };
    if (p.ids.doi) node.doi = p.ids.doi;
    return node;
  });
  const links: HistoriographLink[] = [];
  nodes.forEach((node, from) => {
    const d = node.document;
    for (let k = citing.offsets[d]; k < citing.offsets[d + 1]; k++) {
      const target = citing.cited[k];
      if (isChosen.has(target)) links.push({ from, to: nodeOf.get(target) as number });
    }
  });
  return { nodes, links, years, stats: { candidates: candidates.length + undatedExcluded, undatedExcluded } };
}

/** a, b, ..., z, aa, ab ... */
function suffix(index: number): string {
  let s = '';
  let i = index;
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return s;
}
