// World map on a canvas: Natural Earth 110m outlines (world-atlas TopoJSON),
// countries shaded from the server's per-country aggregate, binned points on top.
import { geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, Geometry } from "geojson";
import worldUrl from "world-atlas/countries-110m.json?url";
import type { MapData } from "./api";
import { alpha3 } from "./iso";

interface Country {
  iso3: string | null;
  name: string;
  feature: Feature<Geometry, { name: string }>;
  path: Path2D;
}

const fmt = new Intl.NumberFormat("en");

export class WorldMap {
  private canvas: HTMLCanvasElement;
  private tooltip: HTMLElement;
  private countries: Country[] = [];
  private projection: GeoProjection = geoNaturalEarth1();
  private data: MapData = { countries: [], points: [] };
  private byIso = new Map<string, { events: number; goldstein_mean: number | null }>();
  private shade = "events";
  private width = 0;
  private height = 0;
  readonly ready: Promise<void>;

  constructor(
    private figure: HTMLElement,
    private legend: HTMLElement,
  ) {
    this.canvas = figure.querySelector("canvas")!;
    this.tooltip = figure.querySelector(".tooltip")!;
    this.ready = this.load();
    new ResizeObserver(() => this.resize()).observe(figure);
    this.canvas.addEventListener("mousemove", (e) => this.hover(e));
    this.canvas.addEventListener("mouseleave", () => (this.tooltip.hidden = true));
  }

  private async load(): Promise<void> {
    const topo = (await (await fetch(worldUrl)).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries);
    this.countries = fc.features
      .filter((f) => f.id !== "010") // Antarctica: no events, lots of space
      .map((f) => ({
        iso3: alpha3(f.id, f.properties.name),
        name: f.properties.name,
        feature: f as Feature<Geometry, { name: string }>,
        path: new Path2D(),
      }));
    this.resize();
  }

  setShade(shade: string): void {
    this.shade = shade;
    this.draw();
  }

  update(data: MapData): void {
    this.data = data;
    this.byIso = new Map(data.countries.map((c) => [c.iso3, c]));
    this.draw();
    this.figure.dataset.countries = String(data.countries.length);
    this.figure.dataset.points = String(data.points.length);
    const top = [...data.countries].sort((a, b) => b.events - a.events).slice(0, 5);
    this.canvas.setAttribute(
      "aria-label",
      `Map of events in ${data.countries.length} countries` +
        (top.length ? `; most events: ${top.map((c) => `${c.iso3} ${fmt.format(c.events)}`).join(", ")}` : ""),
    );
  }

  private resize(): void {
    const w = this.figure.clientWidth;
    const h = Math.round(w * 0.5);
    if (!w || !this.countries.length || (w === this.width && h === this.height)) return;
    this.width = w;
    this.height = h;
    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = w + "px";
    this.canvas.style.height = h + "px";
    const sphere = { type: "FeatureCollection", features: this.countries.map((c) => c.feature) } as const;
    this.projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [w - 4, h - 4],
      ],
      sphere as unknown as GeoJSON.FeatureCollection,
    );
    // Country outlines only change with the size: project them once into Path2D.
    for (const c of this.countries) {
      c.path = new Path2D(geoPath(this.projection)(c.feature) ?? "");
    }
    this.draw();
  }

  private fill(iso: string | null, max: number): string {
    const d = iso ? this.byIso.get(iso) : undefined;
    if (!d || !d.events) return "#e9ecef";
    if (this.shade === "goldstein") {
      const g = d.goldstein_mean ?? 0;
      const t = Math.min(1, Math.abs(g) / 6);
      // blue = cooperative, red = conflictual
      return g >= 0 ? mix([235, 238, 242], [33, 102, 172], t) : mix([235, 238, 242], [178, 24, 43], t);
    }
    const t = Math.log1p(d.events) / Math.log1p(max);
    return mix([222, 235, 247], [8, 69, 148], t);
  }

  private draw(): void {
    const ctx = this.canvas.getContext("2d");
    if (!ctx || !this.width) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    const max = Math.max(1, ...this.data.countries.map((c) => c.events));
    ctx.lineWidth = 0.5;
    ctx.strokeStyle = "#ffffff";
    for (const c of this.countries) {
      ctx.fillStyle = this.fill(c.iso3, max);
      ctx.fill(c.path);
      ctx.stroke(c.path);
    }
    // Binned points: area proportional to the count.
    const pts = this.data.points;
    const pmax = Math.max(1, ...pts.map((p) => p.events));
    const rmax = Math.max(6, this.width / 90);
    ctx.fillStyle = "rgba(230, 85, 13, 0.55)";
    ctx.strokeStyle = "rgba(140, 45, 4, 0.8)";
    ctx.lineWidth = 0.6;
    for (const p of pts) {
      const xy = this.projection([p.lon, p.lat]);
      if (!xy) continue;
      const r = Math.max(1.2, rmax * Math.sqrt(p.events / pmax));
      ctx.beginPath();
      ctx.arc(xy[0], xy[1], r, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
    this.drawLegend(max);
  }

  private drawLegend(max: number): void {
    const ramp =
      this.shade === "goldstein"
        ? "linear-gradient(90deg, rgb(178,24,43), rgb(235,238,242), rgb(33,102,172))"
        : "linear-gradient(90deg, rgb(222,235,247), rgb(8,69,148))";
    const [lo, hi] = this.shade === "goldstein" ? ["−6 conflict", "cooperation +6"] : ["1", fmt.format(max) + " events"];
    this.legend.innerHTML = "";
    const lab = (t: string) => Object.assign(document.createElement("span"), { textContent: t });
    const bar = document.createElement("span");
    bar.className = "ramp";
    bar.style.background = ramp;
    const dot = document.createElement("span");
    dot.className = "dot";
    this.legend.append(lab(lo), bar, lab(hi), dot, lab("binned event locations"));
  }

  private hover(e: MouseEvent): void {
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const rect = this.canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const hit = this.countries.find((c) => ctx.isPointInPath(c.path, x * dpr, y * dpr));
    if (!hit) {
      this.tooltip.hidden = true;
      return;
    }
    const d = hit.iso3 ? this.byIso.get(hit.iso3) : undefined;
    this.tooltip.textContent =
      `${hit.name}${hit.iso3 ? ` (${hit.iso3})` : ""}: ` +
      (d ? `${fmt.format(d.events)} events, mean Goldstein ${d.goldstein_mean?.toFixed(1) ?? "–"}` : "no events");
    this.tooltip.hidden = false;
    const tw = this.tooltip.offsetWidth;
    this.tooltip.style.left = Math.min(x + 12, this.width - tw - 4) + "px";
    this.tooltip.style.top = y + 14 + "px";
  }
}

function mix(a: number[], b: number[], t: number): string {
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}
