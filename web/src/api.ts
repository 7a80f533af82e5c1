// Thin client for the dyad HTTP API. All URLs are relative ("api/..."),
// so the page works wherever the server mounts it.

export const FILTER_KEYS = ["from", "to", "actor", "source", "target", "cameo", "quad_class", "near"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface EventRow {
  id: string;
  day: string;
  source: string | null;
  target: string | null;
  cameo: string;
  cameo_name: string;
  quad_class: number;
  goldstein: number;
  place: string | null;
  lat: number | null;
  lon: number | null;
  mentions: number;
  sources: number;
  articles: number;
}

export interface Highlight {
  start: number;
  end: number;
  role: "source" | "target" | "verb";
}

export interface Mention {
  doc_id: string;
  sentence_index: number;
  sentence: string;
  highlights: Highlight[];
  outlet: string | null;
  url: string | null;
  title: string | null;
  confidence: number;
  pattern: string;
}

export interface EventDetail extends Omit<EventRow, "mentions"> {
  mentions: Mention[];
}

export interface EventsPage {
  total: number;
  events: EventRow[];
}

export interface SeriesPoint {
  t: string;
  events: number;
  goldstein_mean: number | null;
}

export interface Series {
  interval: "day" | "week" | "month";
  points: SeriesPoint[];
}

export interface MapData {
  countries: { iso3: string; events: number; goldstein_mean: number | null }[];
  points: { lat: number; lon: number; events: number }[];
}

export interface Codebook {
  roots: { code: string; name: string }[];
  quad_classes: { code: number; name: string }[];
}

/** An error the server explained (HTTP 4xx/5xx with {"error": "..."}). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch("api/" + path + query(params), { signal, headers: { Accept: "application/json" } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json();
      if (body && typeof body.error === "string") message = body.error;
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ApiError(res.status, message);
  }
  return res.json() as Promise<T>;
}

export const api = {
  events: (f: Filters, page: { limit: number; offset: number; sort: string }, signal?: AbortSignal) =>
    get<EventsPage>("events", { ...f, ...page }, signal),
  event: (id: string, signal?: AbortSignal) => get<EventDetail>("events/" + encodeURIComponent(id), {}, signal),
  series: (f: Filters, interval: string, signal?: AbortSignal) => get<Series>("series", { ...f, interval }, signal),
  map: (f: Filters, signal?: AbortSignal) => get<MapData>("map", f, signal),
  codebook: () => get<Codebook>("codebook"),
};
