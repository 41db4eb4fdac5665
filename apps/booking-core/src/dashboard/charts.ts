import * as echarts from 'echarts';

/**
 * R17, decision 022: charts drawn on the server as SVG with Apache ECharts (no script reaches the
 * browser): readable with JavaScript off, and printable.
 */
export function renderChart(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: 'ZH' });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const COLOURS = ['#1f6fb2', '#d9534f', '#3a9a5b', '#e0a526', '#7b5ea7', '#4aa3b5'];

export interface Marker {
  month: string;
  title: string;
}

/** Monthly lines (percent or minutes), with dated policy events as vertical markers. */
export function monthlyLines(opts: {
  months: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: string;
  markers?: Marker[];
  width?: number;
  height?: number;
}): string {
  const markers = (opts.markers ?? []).filter((m) => opts.months.includes(m.month));
  return renderChart(
    {
      color: COLOURS,
      legend: { top: 4, data: opts.series.map((s) => s.name) },
      grid: { left: 56, right: 40, top: 40, bottom: 48 },
      xAxis: { type: 'category', data: opts.months, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', name: opts.unit, scale: true },
      series: opts.series.map((s, i) => ({
        name: s.name,
        type: 'line',
        data: s.values,
        showSymbol: opts.months.length <= 24,
        connectNulls: false,
        ...(i === 0 && markers.length
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: '#888' },
                label: { formatter: '{b}', position: 'insideEndTop', fontSize: 11 },
                data: markers.map((m) => ({ name: m.title, xAxis: m.month })),
              },
            }
          : {}),
      })),
    },
    opts.width ?? 900,
    opts.height ?? 320,
  );
}

/** Bars by category (channels), one or more series. */
export function bars(opts: {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: string;
  width?: number;
  height?: number;
}): string {
  return renderChart(
    {
      color: COLOURS,
      legend: { top: 4, data: opts.series.map((s) => s.name) },
      grid: { left: 56, right: 24, top: 40, bottom: 56 },
      xAxis: {
        type: 'category',
        data: opts.categories,
        axisLabel: { interval: 0, rotate: opts.categories.length > 6 ? 30 : 0 },
      },
      yAxis: { type: 'value', name: opts.unit },
      series: opts.series.map((s) => ({
        name: s.name,
        type: 'bar',
        data: s.values,
        label: { show: opts.categories.length <= 12, position: 'top', fontSize: 10 },
      })),
    },
    opts.width ?? 900,
    opts.height ?? 320,
  );
}

/** The punctuality heatmap: doctors × weekdays, the mean delay in minutes (R16). */
export function heatmap(opts: {
  rows: string[];
  columns: string[];
  cells: [number, number, number | null][];
  name: string;
  width?: number;
}): string {
  const values = opts.cells.map((c) => c[2]).filter((v): v is number => v !== null);
  const height = Math.max(200, 90 + opts.rows.length * 20);
  return renderChart(
    {
      legend: { top: 4, data: [opts.name] },
      grid: { left: 110, right: 24, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: opts.columns, splitArea: { show: true } },
      yAxis: { type: 'category', data: opts.rows, splitArea: { show: true }, axisLabel: { fontSize: 11 } },
      visualMap: {
        min: 0,
        max: Math.max(5, Math.ceil(Math.max(0, ...values))),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 8,
        inRange: { color: ['#e8f5e9', '#fff3c4', '#f4a259', '#c0392b'] },
      },
      series: [
        {
          name: opts.name,
          type: 'heatmap',
          data: opts.cells.map(([x, y, v]) => [x, y, v ?? '-']),
          label: { show: true, fontSize: 10 },
        },
      ],
    },
    opts.width ?? 900,
    height,
  );
}
