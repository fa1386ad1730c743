import { describe, expect, it } from 'vitest';
import { DEFAULT_CHART_THEME } from './chart-theme';
import { buildRecordsPerYearOption } from './records-per-year-option';

const labels = { title: 'Records per year', axisYear: 'Year', axisCount: 'Records', publications: 'Publications', patents: 'Patents' };

interface BarSeries { name: string; data: number[]; stack: string }
const seriesOf = (option: ReturnType<typeof buildRecordsPerYearOption>): BarSeries[] => option.series as unknown as BarSeries[];

describe('buildRecordsPerYearOption', () => {
  const years = [
    { year: 2019, publications: 3, patents: 0 },
    { year: 2020, publications: 0, patents: 0 },
    { year: 2021, publications: 5, patents: 2 },
  ];

  it('puts every year on the category axis as text and counts on the value axis', () => {
    const option = buildRecordsPerYearOption({ years, labels }, DEFAULT_CHART_THEME);
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2019', '2020', '2021'], name: 'Year' });
    expect(option.yAxis).toMatchObject({ type: 'value', name: 'Records', minInterval: 1 });
    expect(option.title).toMatchObject({ text: 'Records per year' });
  });

  it('stacks publications and patents and shows a legend when both exist', () => {
    const option = buildRecordsPerYearOption({ years, labels }, DEFAULT_CHART_THEME);
    expect(seriesOf(option).map((s) => [s.name, s.data, s.stack])).toEqual([
      ['Publications', [3, 0, 5], 'records'],
      ['Patents', [0, 0, 2], 'records'],
    ]);
    expect(option.legend).toMatchObject({ show: true });
  });

  it('drops an empty series and its legend', () => {
    const option = buildRecordsPerYearOption({ years: years.map((y) => ({ ...y, patents: 0 })), labels }, DEFAULT_CHART_THEME);
    expect(seriesOf(option).map((s) => s.name)).toEqual(['Publications']);
    expect(option.legend).toMatchObject({ show: false });
  });

  it('returns plain data that survives structured cloning (no functions)', () => {
    const option = buildRecordsPerYearOption({ years, labels }, DEFAULT_CHART_THEME);
    expect(structuredClone(option)).toEqual(option);
  });
});
