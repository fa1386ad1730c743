/**
 * The analysis worker's dataset views that do not need a map: CiteSpace's burst table and
 * Garfield's historiograph. They read the same corpus as maps (publications with matched cited
 * references, the cited-work labels) and cache what is costly to rebuild (the direct-citation
 * network) per corpus, so changing gamma or the top N only reruns the cheap part.
 */
import { BURST_UNITS, burstTable } from '../../src/domain/bursts';
import type { BurstTable, BurstUnit } from '../../src/domain/bursts';
import { directCitations, historiograph } from '../../src/domain/history';
import type { DirectCitationNetwork, Historiograph } from '../../src/domain/history';
import type { Publication } from '../../src/domain/model';
import { namedError } from './errors';
import { WORKSPACE_ERROR_NAMES } from './workspace-types';

/** What the views read: the dataset's publications, references matched, and cited-work labels. */
export interface ViewCorpus {
  id: string;
  updatedAt: string;
  publications: readonly Publication[];
  workLabels: ReadonlyMap<string, string>;
}

export type CorpusLoader = (datasetId: string) => Promise<ViewCorpus>;

/** Units offered in the burst view (index keywords are left out: "all keywords" covers them). */
export const BURST_VIEW_UNITS = ['author-keywords', 'keywords', 'cited-references'] as const satisfies readonly BurstUnit[];
export type BurstViewUnit = (typeof BURST_VIEW_UNITS)[number];

export interface BurstRequest {
  unit: BurstViewUnit;
  /** Kleinberg's gamma (>= 0); lower finds more bursts. */
  gamma: number;
  /** Shortest burst kept, in years (>= 1). */
  minDuration: number;
  /** Rows kept, strongest first (default 50). */
  top?: number;
  /** Items in fewer dated documents are not examined (default 3). */
  minOccurrences?: number;
}

export const DEFAULT_BURST_REQUEST: Readonly<BurstRequest> = { unit: 'author-keywords', gamma: 1, minDuration: 2, top: 50, minOccurrences: 3 };

export interface HistoriographRequest {
  /** The top N documents by local citations (1..200). */
  top: number;
}

export const DEFAULT_HISTORIOGRAPH_TOP = 30;

const invalid = (message: string): Error => namedError(WORKSPACE_ERROR_NAMES.invalid, message);

/** Checks a burst request from the UI; a bad value is the user's input, reported as `invalid`. */
export function validateBurstRequest(request: BurstRequest): Required<BurstRequest> {
  const r = { ...DEFAULT_BURST_REQUEST, ...request } as Required<BurstRequest>;
  if (!(BURST_UNITS as readonly string[]).includes(r.unit) || !(BURST_VIEW_UNITS as readonly string[]).includes(r.unit)) throw invalid(`Bursts cannot be detected for "${String(r.unit)}".`);
  if (!Number.isFinite(r.gamma) || r.gamma < 0) throw invalid('Gamma must be a number of 0 or more.');
  if (!Number.isInteger(r.minDuration) || r.minDuration < 1) throw invalid('The minimum burst duration must be a whole number of years, 1 or more.');
  if (!Number.isInteger(r.top) || r.top < 1 || r.top > 1000) throw invalid('The number of rows must be between 1 and 1000.');
  if (!Number.isInteger(r.minOccurrences) || r.minOccurrences < 1) throw invalid('The minimum occurrences must be a whole number, 1 or more.');
  return r;
}

/** Checks a historiograph request; the top N is clamped to what a chart can show (1..200). */
export function historiographTop(request: HistoriographRequest): number {
  if (!Number.isFinite(request.top)) throw invalid('The number of documents must be a number.');
  return Math.min(200, Math.max(1, Math.round(request.top)));
}

/** Burst table and historiograph over the corpus given by `load`, with the citation network cached. */
export function createAnalysisViews(load: CorpusLoader) {
  let network: { corpus: ViewCorpus; value: DirectCitationNetwork } | undefined;
  const citations = (corpus: ViewCorpus): DirectCitationNetwork => {
    if (network?.corpus !== corpus) network = { corpus, value: directCitations(corpus.publications) };
    return network.value;
  };

  return {
    /** The burst table of one unit (CiteSpace's "strongest citation bursts"), strongest first. */
    async bursts(datasetId: string, request: BurstRequest): Promise<BurstTable> {
      const r = validateBurstRequest(request);
      const corpus = await load(datasetId);
      return burstTable(corpus.publications, r.unit, { gamma: r.gamma, minDuration: r.minDuration, top: r.top, minOccurrences: r.minOccurrences, workLabels: corpus.workLabels });
    },

    /** The historiograph of the `top` most locally cited documents. */
    async historiograph(datasetId: string, request: HistoriographRequest): Promise<Historiograph> {
      const top = historiographTop(request);
      const corpus = await load(datasetId);
      return historiograph(corpus.publications, { top, network: citations(corpus) });
    },
  };
}

export type AnalysisViews = ReturnType<typeof createAnalysisViews>;
