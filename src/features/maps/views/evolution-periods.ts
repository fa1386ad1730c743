import type { EvolutionPeriod } from '../../../domain/maps/evolution';

/** Default cut years: the range split into three periods of about equal length. */
export function defaultCuts(from: number, to: number): number[] {
  const span = to - from + 1;
  if (span < 3) return span === 2 ? [to] : [];
  const step = span / 3;
  return [Math.round(from + step), Math.round(from + 2 * step)].filter((y, i, all) => y > from && y <= to && (i === 0 || y > all[i - 1]));
}

/**
 * Periods from "years where a new period starts" ("2018, 2021" over 2015-2024 gives 2015-2017,
 * 2018-2020, 2021-2024); undefined when the text is not increasing years inside the range.
 */
export function periodsFromCuts(text: string, from: number, to: number): EvolutionPeriod[] | undefined {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const cuts = parts.map(Number);
  if (cuts.length === 0 || cuts.some((y) => !Number.isInteger(y) || y <= from || y > to)) return undefined;
  if (cuts.some((y, i) => i > 0 && y <= cuts[i - 1])) return undefined;
  const starts = [from, ...cuts];
  return starts.map((start, i) => ({ from: start, to: i + 1 < starts.length ? starts[i + 1] - 1 : to }));
}
