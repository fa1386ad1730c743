/**
 * Overlays of a map: per item the mean publication year, mean citations and mean normalised
 * citations of the documents behind it (VOSviewer's "Avg. pub. year", "Avg. citations" and
 * "Avg. norm. citations"), and per cluster its documents per year (the timeline view).
 * Normalised citations of a document = its times cited / the mean times cited of the dataset's
 * documents of the same publication year (van Eck & Waltman, VOSviewer manual 1.6.x, section 5.2).
 */
import type { Publication } from '../model';
import type { UnitTable } from '../network/units';

export interface ItemOverlays {
  /** Per unit (indexed like the unit table): NaN when no document behind it has a year / count. */
  avgYear: Float64Array;
  avgCitations: Float64Array;
  avgNormCitations: Float64Array;
}

/** Normalised citations per document; NaN when the document has no year or no citation count. */
export function normalizedCitations(documents: readonly Publication[]): Float64Array {
  const sum = new Map<number, number>();
  const count = new Map<number, number>();
  for (const d of documents) {
    if (d.year === undefined || d.timesCited === undefined) continue;
    sum.set(d.year, (sum.get(d.year) ?? 0) + d.timesCited);
    count.set(d.year, (count.get(d.year) ?? 0) + 1);
  }
  return Float64Array.from(documents, (d) => {
    if (d.year === undefined || d.timesCited === undefined) return NaN;
    const mean = (sum.get(d.year) as number) / (count.get(d.year) as number);
    return mean > 0 ? d.timesCited / mean : 0;
  });
}

/** Mean year, citations and normalised citations of the documents containing each unit. */
export function itemOverlays(units: Pick<UnitTable, 'docOffsets' | 'docUnits' | 'keys'>, documents: readonly Publication[]): ItemOverlays {
  const n = units.keys.length;
  const yearSum = new Float64Array(n);
  const yearCount = new Float64Array(n);
  const citeSum = new Float64Array(n);
  const citeCount = new Float64Array(n);
  const normSum = new Float64Array(n);
  const normCount = new Float64Array(n);
  const normalized = normalizedCitations(documents);
  for (let d = 0; d < documents.length; d++) {
    const doc = documents[d];
    for (let k = units.docOffsets[d]; k < units.docOffsets[d + 1]; k++) {
      const u = units.docUnits[k];
      if (doc.year !== undefined) {
        yearSum[u] += doc.year;
        yearCount[u]++;
      }
      if (doc.timesCited !== undefined) {
        citeSum[u] += doc.timesCited;
        citeCount[u]++;
        if (!Number.isNaN(normalized[d])) {
          normSum[u] += normalized[d];
          normCount[u]++;
        }
      }
    }
  }
  const mean = (sum: Float64Array, count: Float64Array) => Float64Array.from(sum, (s, i) => (count[i] > 0 ? s / count[i] : NaN));
  return { avgYear: mean(yearSum, yearCount), avgCitations: mean(citeSum, citeCount), avgNormCitations: mean(normSum, normCount) };
}

/** Documents per publication year of each cluster, from the documents behind the clusters. */
export function clusterTimelines(clusterDocs: readonly ArrayLike<number>[], documents: readonly Publication[]): { year: number; documents: number }[][] {
  return clusterDocs.map((docs) => {
    const byYear = new Map<number, number>();
    for (let i = 0; i < docs.length; i++) {
      const year = documents[docs[i]].year;
      if (year !== undefined) byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, documents: count }));
  });
}
