/**
 * chart.js, registered part by part and loaded only by the Progress screen (a dynamic import:
 * never in an initial bundle). Every chart uses the fast paths: data pre-shaped for the
 * scales (parsing off), decimation on long series, no animation.
 */
// One list of the parts (a namespace import tree-shakes to the parts named here).
import * as chartjs from 'chart.js';
import { Chart, type ChartConfiguration } from 'chart.js';
import type { CountAxis, DayAxis } from '$lib/domain/chart-axes';

Chart.register(
  chartjs.BarController,
  chartjs.BarElement,
  chartjs.CategoryScale,
  chartjs.Decimation,
  chartjs.Legend,
  chartjs.LinearScale,
  chartjs.LineController,
  chartjs.LineElement,
  chartjs.PointElement,
  chartjs.Tooltip,
);

export interface Palette {
  text: string;
  grid: string;
  first: string;
  second: string;
}

/** Colours from the app's CSS variables, so charts follow the light or dark theme. */
export function palette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: read('--text'),
    grid: read('--border'),
    first: read('--chart-first'),
    second: read('--chart-second'),
  };
}

export interface Series {
  label: string;
  points: { x: number; y: number | null }[];
  /** Drawn dashed: lines differ by pattern too, never by colour alone. */
  isDashed?: boolean;
  isSecond?: boolean;
  axis?: 'y' | 'y2';
  /** A marker of its own (drawn on each point and in the legend) when two series share a colour. */
  pointStyle?: 'triangle' | 'rect';
}

/** The dash of a dashed series in the legend: short enough that a dash and a gap show. */
const LEGEND_DASH = [4, 3];

/** A dashed series without a marker of its own has no dot to show: its legend is its line. */
function isLineInLegend(s: Series): boolean {
  return !!s.isDashed && !s.pointStyle;
}

export function lineChart(
  canvas: HTMLCanvasElement,
  series: Series[],
  options: {
    formatX: (x: number) => string;
    /** The x axis, chosen from the data (dayAxis): never months of empty calendar. */
    xAxis?: DayAxis;
    yMax: number;
    y2Max?: number;
    locale: string;
    /** Values marked on the y axis (a measure's band limits), instead of even steps. */
    yTicks?: number[];
  },
): Chart {
  const colors = palette(canvas);
  const config: ChartConfiguration<'line', { x: number; y: number | null }[]> = {
    type: 'line',
    data: {
      datasets: series.map((s) => ({
        label: s.label,
        data: s.points,
        yAxisID: s.axis ?? 'y',
        borderColor: s.isSecond ? colors.second : colors.first,
        backgroundColor: s.isSecond ? colors.second : colors.first,
        borderDash: s.isDashed ? [6, 4] : [],
        borderWidth: s.isDashed ? 2 : 1.5,
        pointRadius: s.pointStyle ? 3 : s.isDashed ? 0 : 2,
        pointStyle: s.pointStyle ?? (s.isSecond ? 'rectRot' : 'circle'),
        spanGaps: true,
        indexAxis: 'x',
      })),
    },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      locale: options.locale,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        decimation: { enabled: true, algorithm: 'lttb', samples: 120 },
        legend: {
          labels: {
            color: colors.text,
            usePointStyle: true,
            // A dashed series without a marker (a 7-day average) is shown as a dashed line in the
            // legend; the raw series keeps its dot. Without this both showed the same dot.
            generateLabels: (chart) =>
              Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
                const s = series[item.datasetIndex ?? -1];
                return s && isLineInLegend(s)
                  ? { ...item, pointStyle: 'line', lineDash: LEGEND_DASH, lineWidth: 2 }
                  : item;
              }),
          },
        },
        tooltip: { callbacks: { title: (items) => options.formatX(items[0]?.parsed.x ?? 0) } },
      },
      scales: {
        x: {
          type: 'linear',
          ...(options.xAxis ? { min: options.xAxis.min, max: options.xAxis.max } : {}),
          ticks: {
            color: colors.text,
            maxTicksLimit: options.xAxis?.stepMs ? 7 : 6,
            ...(options.xAxis?.stepMs ? { stepSize: options.xAxis.stepMs } : {}),
            callback: (value) => options.formatX(Number(value)),
          },
          ...(options.xAxis?.stepMs
            ? {
                // Ticks on the days themselves (noon), not on the axis' half-day padding.
                afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
                  const { min, stepMs, days } = options.xAxis!;
                  axis.ticks = Array.from({ length: days }, (_, i) => ({
                    value: min + stepMs! / 2 + i * stepMs!,
                  }));
                },
              }
            : {}),
          grid: { color: colors.grid },
        },
        y: {
          min: 0,
          max: options.yMax,
          // Whole steps: mood is 1-5 and craving 0-10, never "2.5".
          ticks: { color: colors.text, stepSize: 1, precision: 0 },
          grid: { color: colors.grid },
          ...(options.yTicks
            ? {
                afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
                  axis.ticks = options.yTicks!.map((value) => ({ value }));
                },
              }
            : {}),
        },
        ...(options.y2Max
          ? {
              y2: {
                position: 'right' as const,
                min: 0,
                max: options.y2Max,
                ticks: { color: colors.text, stepSize: 2, precision: 0 },
                grid: { drawOnChartArea: false },
              },
            }
          : {}),
      },
    },
  };
  const chart = new Chart(canvas, config);
  // What the axis really spans, for tests and for anyone inspecting the page.
  const x = chart.scales['x'];
  if (x) {
    canvas.dataset['xMin'] = String(x.min);
    canvas.dataset['xMax'] = String(x.max);
  }
  describeLegend(canvas, chart);
  return chart;
}

/** How the legend tells the series apart, beyond colour ("Mood: circle, solid"), for the tests. */
function describeLegend(canvas: HTMLCanvasElement, chart: Chart): void {
  canvas.dataset['legend'] = (chart.legend?.legendItems ?? [])
    .map(
      (item) =>
        `${item.text}: ${String(item.pointStyle)}, ${item.lineDash?.length ? 'dashed' : 'solid'}`,
    )
    .join('; ');
}

export function barChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: { label: string; values: (number | null)[] }[],
  options: {
    locale: string;
    isHorizontal?: boolean;
    /** Value axis from 0 to this (an average on a fixed scale, such as mood 1-5). */
    max?: number;
    /** A count axis: whole-number ticks (countAxis). */
    count?: CountAxis;
    /** A target drawn as a dashed outline line across the bars, never a bar of its own. */
    target?: { label: string; value: number };
  },
): Chart {
  const colors = palette(canvas);
  const valueAxis = {
    ticks: {
      color: colors.text,
      ...(options.count ? { stepSize: options.count.step, precision: 0 } : { stepSize: 1 }),
    },
    grid: { color: colors.grid },
    ...(options.max ? { max: options.max, min: 0 } : {}),
    ...(options.count ? { min: 0, max: options.count.max } : {}),
  };
  const categoryAxis = { ticks: { color: colors.text }, grid: { color: colors.grid } };
  const bars = series.map((s) => ({
    type: 'bar' as const,
    label: s.label,
    data: s.values,
    backgroundColor: colors.first,
    borderWidth: 0,
  }));
  const target = options.target
    ? [
        {
          type: 'line' as const,
          label: options.target.label,
          data: labels.map(() => options.target!.value),
          borderColor: colors.text,
          backgroundColor: 'transparent',
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
          pointStyle: 'line' as const,
          fill: false,
        },
      ]
    : [];
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [...bars, ...target] as never },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: options.locale,
      indexAxis: options.isHorizontal ? 'y' : 'x',
      plugins: {
        legend: {
          display: bars.length + target.length > 1,
          labels: {
            color: colors.text,
            usePointStyle: true,
            // The target is dashed in the legend as on the chart (a bar keeps its box).
            generateLabels: (chart) =>
              Chart.defaults.plugins.legend.labels
                .generateLabels(chart)
                .map((item) =>
                  item.datasetIndex === bars.length && target.length
                    ? { ...item, pointStyle: 'line', lineDash: LEGEND_DASH, lineWidth: 2 }
                    : item,
                ),
          },
        },
      },
      scales: options.isHorizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: valueAxis },
    },
  });
  describeLegend(canvas, chart);
  return chart;
}

export type { Chart };
