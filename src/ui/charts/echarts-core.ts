import * as echarts from 'echarts/core';
import { BarChart, GraphChart, HeatmapChart, LineChart, LinesChart, SankeyChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomInsideComponent, GraphicComponent, GridComponent, LegendComponent, LegendScrollComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only what Meridian draws is registered, which keeps the bundle small; add charts here as screens need them.
echarts.use([
  BarChart, GraphChart, HeatmapChart, LineChart, LinesChart, SankeyChart, ScatterChart,
  AriaComponent, DataZoomInsideComponent, GraphicComponent, GridComponent, LegendComponent, LegendScrollComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, TooltipComponent,
  VisualMapContinuousComponent,
  LabelLayout, CanvasRenderer, SVGRenderer,
]);

export { echarts };

/** Renders an option to a standalone SVG document (server-side style, no DOM needed). */
export function renderOptionToSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
