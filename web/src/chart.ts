// Time series of event counts (bars, left axis) and mean Goldstein (line, right axis).
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Series } from "./api";

const fmt = new Intl.NumberFormat("en");

export class SeriesChart {
  private plot: uPlot | null = null;

  constructor(private figure: HTMLElement) {
    new ResizeObserver(() => {
      if (this.plot) this.plot.setSize(this.size());
    }).observe(figure);
  }

  private size(): { width: number; height: number } {
    const width = Math.max(200, this.figure.clientWidth);
    return { width, height: Math.max(240, Math.min(440, Math.round(width * 0.78))) };
  }

  update(series: Series): void {
    const pts = series.points;
    const x = pts.map((p) => Date.parse(p.t + "T00:00:00Z") / 1000);
    const counts = pts.map((p) => p.events);
    const gold = pts.map((p) => p.goldstein_mean);
    const data: uPlot.AlignedData = [x, counts, gold];
    if (!this.plot) this.plot = this.create(data);
    else this.plot.setData(data);
    this.figure.dataset.points = String(pts.length);
    const total = counts.reduce((a, b) => a + b, 0);
    this.figure.setAttribute(
      "aria-label",
      `Events per ${series.interval}: ${fmt.format(total)} events in ${pts.length} periods` +
        (pts.length ? ` from ${pts[0].t} to ${pts[pts.length - 1].t}` : ""),
    );
  }

  private create(data: uPlot.AlignedData): uPlot {
    const bars = uPlot.paths.bars!({ size: [0.8, 40], align: 0 });
    const opts: uPlot.Options = {
      ...this.size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
      cursor: { drag: { x: false, y: false } },
      legend: { live: true },
      scales: {
        x: { time: true },
        n: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.05] },
        g: {
          range: (_u, min, max) => {
            const m = Math.max(1, Math.abs(min ?? 0), Math.abs(max ?? 0));
            return [-Math.ceil(m), Math.ceil(m)];
          },
        },
      },
      axes: [
        { stroke: "#5b6470", grid: { show: false }, ticks: { stroke: "#d0d5dc" } },
        {
          scale: "n",
          stroke: "#5b6470",
          grid: { stroke: "#edf0f3" },
          ticks: { show: false },
          size: 58,
          label: "events",
          labelSize: 18,
          labelFont: "12px system-ui, sans-serif",
          values: (_u, v) => v.map((n) => (n >= 1000 ? fmt.format(n / 1000) + "k" : fmt.format(n))),
        },
        {
          scale: "g",
          side: 1,
          stroke: "#b2182b",
          grid: { show: false },
          ticks: { show: false },
          size: 40,
          label: "mean Goldstein",
          labelSize: 18,
          labelFont: "12px system-ui, sans-serif",
        },
      ],
      series: [
        { label: "Period", value: (_u, v) => (v == null ? "–" : new Date(v * 1000).toISOString().slice(0, 10)) },
        {
          label: "Events",
          scale: "n",
          paths: bars,
          fill: "rgba(33, 102, 172, 0.55)",
          stroke: "rgba(33, 102, 172, 0.9)",
          width: 0,
          points: { show: false },
          value: (_u, v) => (v == null ? "–" : fmt.format(v)),
        },
        {
          label: "Mean Goldstein",
          scale: "g",
          stroke: "#b2182b",
          width: 1.5,
          spanGaps: false,
          points: { show: false },
          value: (_u, v) => (v == null ? "–" : v.toFixed(2)),
        },
      ],
    };
    return new uPlot(opts, data, this.figure);
  }
}
