/**
 * chart.js, registered part by part and loaded only by the Progress screen (a dynamic import:
 * never in an initial bundle). Every chart uses the fast paths: data pre-shaped for the
 * scales (parsing off), decimation on long series, no animation.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
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
    first: read('--accent'),
    second: read('--help'),
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

export function lineChart(
  canvas: HTMLCanvasElement,
  series: Series[],
  options: {
    formatX: (x: number) => string;
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
        legend: { labels: { color: colors.text, usePointStyle: true } },
        tooltip: { callbacks: { title: (items) => options.formatX(items[0]?.parsed.x ?? 0) } },
      },
      scales: {
        x: {
          type: 'linear',
          ticks: {
            color: colors.text,
            maxTicksLimit: 6,
            callback: (value) => options.formatX(Number(value)),
          },
          grid: { color: colors.grid },
        },
        y: {
          min: 0,
          max: options.yMax,
          ticks: { color: colors.text },
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
                ticks: { color: colors.text },
                grid: { drawOnChartArea: false },
              },
            }
          : {}),
      },
    },
  };
  return new Chart(canvas, config);
}

export function barChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: { label: string; values: (number | null)[]; isSecond?: boolean }[],
  options: { locale: string; isHorizontal?: boolean; max?: number },
): Chart {
  const colors = palette(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.isSecond ? colors.second : colors.first,
        borderColor: colors.text,
        borderWidth: s.isSecond ? 2 : 0,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: options.locale,
      indexAxis: options.isHorizontal ? 'y' : 'x',
      plugins: { legend: { display: series.length > 1, labels: { color: colors.text } } },
      scales: {
        x: { ticks: { color: colors.text }, grid: { color: colors.grid } },
        y: {
          ticks: { color: colors.text },
          grid: { color: colors.grid },
          ...(options.max ? { max: options.max, min: 0 } : {}),
        },
      },
    },
  });
}

export type { Chart };
