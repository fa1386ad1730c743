import { FONT_FAMILY, PALETTE } from '../theme';

/** What option builders need to know about the look: plain data, so builders stay pure. */
export interface ChartTheme {
  fontFamily: string;
  text: string;
  textSecondary: string;
  axisLine: string;
  gridLine: string;
  background: string;
  series: readonly string[];
}

export const DEFAULT_CHART_THEME: ChartTheme = {
  fontFamily: FONT_FAMILY,
  text: PALETTE.text,
  textSecondary: PALETTE.textSecondary,
  axisLine: '#c5cdd8',
  gridLine: '#edf0f4',
  background: PALETTE.paper,
  series: PALETTE.series,
};
