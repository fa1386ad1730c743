import { evolutionAcrossPeriods, type EvolutionPeriod, type ThematicEvolutionResult } from '../../src/domain/maps/evolution';
import type { EvolutionIndex } from '../../src/domain/themes';
import type { MapOptions } from './analysis-types';
import { createThesaurusCache } from './analysis-thesaurus';
import type { ThesaurusCache } from './analysis-thesaurus';
import type { CorpusLoader } from './analysis-views';
import { namedError } from './errors';
import { WORKSPACE_ERROR_NAMES } from './workspace-types';

export interface EvolutionRequest {
  options: MapOptions;
  periods: EvolutionPeriod[];
  index?: EvolutionIndex;
  minWeight?: number;
}

/** Checks user-chosen periods: at least two, each from <= to, in order, not overlapping. */
export function validatePeriods(periods: readonly EvolutionPeriod[]): void {
  const invalid = (message: string) => namedError(WORKSPACE_ERROR_NAMES.invalid, message);
  if (periods.length < 2) throw invalid('Choose at least two periods.');
  periods.forEach((p, i) => {
    if (!Number.isInteger(p.from) || !Number.isInteger(p.to) || p.from > p.to) throw invalid(`Period ${i + 1} must run from a year to the same or a later year.`);
    if (i > 0 && p.from <= periods[i - 1].to) throw invalid(`Period ${i + 1} must start after period ${i} ends.`);
  });
}

/** Thematic evolution over the loaded dataset (one map per period, themes linked across periods). */
export function createEvolutionView(load: CorpusLoader, thesauri: ThesaurusCache = createThesaurusCache()) {
  return {
    async evolution(datasetId: string, request: EvolutionRequest): Promise<ThematicEvolutionResult> {
      validatePeriods(request.periods);
      const { publications, workLabels } = await load(datasetId);
      // The map's thesaurus applies to every period, so the themes are those of the map.
      const { thesaurus: file, ...options } = request.options;
      const thesaurus = thesauri.forUnit(file, options.unit);
      return evolutionAcrossPeriods({ publications, workLabels, thesaurus }, options, request.periods, { index: request.index, minWeight: request.minWeight });
    },
  };
}
