// dyad web page: filters -> (map, chart, list) -> evidence for one event.
// All aggregation happens on the server; the page only asks and draws.
import "./style.css";
import { api, ApiError, FILTER_KEYS, type Filters, type EventsPage, type MapData, type Series } from "./api";
import { readUrl, writeUrl, autoInterval, PAGE_SIZE, type ViewState } from "./state";
import { WorldMap } from "./map";
import { SeriesChart } from "./chart";
import { renderList, renderDetail } from "./events";

declare global {
  interface Window {
    /** performance.now() of the last completed render of map, chart and list (for tests). */
    __dyadRenderedAt?: number;
  }
}

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
const fmt = new Intl.NumberFormat("en");

const form = $<HTMLFormElement>("#filters");
const errorBox = $<HTMLElement>("#error");
const summary = $<HTMLElement>("#summary");
const tbody = $<HTMLElement>("#events tbody");
const detail = $<HTMLElement>("#detail");
const sortSel = $<HTMLSelectElement>("#sort");
const shadeSel = $<HTMLSelectElement>("#shade");
const intervalSel = $<HTMLSelectElement>("#f-interval");
const prevBtn = $<HTMLButtonElement>("#prev");
const nextBtn = $<HTMLButtonElement>("#next");
const pageInfo = $<HTMLElement>("#page-info");

const map = new WorldMap($("#map"), $("#map-legend"));
const chart = new SeriesChart($("#chart"));
const quadNames = new Map<number, string>();

let state: ViewState = readUrl();
let total = 0;
let generation = 0;
let inflight: AbortController | null = null;
let detailCtl: AbortController | null = null;

function input(name: string): HTMLInputElement | HTMLSelectElement {
  return form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

/** Puts the state into the form controls. */
function fillForm(): void {
  for (const k of FILTER_KEYS) input(k).value = state.filters[k] ?? "";
  intervalSel.value = state.interval;
  sortSel.value = state.sort;
  shadeSel.value = state.shade;
  map.setShade(state.shade);
}

/** Reads the filter controls; actor codes are upper-cased. */
function readForm(): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    let v = input(k).value.trim().replace(/\s+/g, "");
    if (k === "actor" || k === "source" || k === "target") v = v.toUpperCase();
    if (v) f[k] = v;
  }
  return f;
}

function showError(message: string | null): void {
  errorBox.hidden = !message;
  errorBox.textContent = message ?? "";
  form.classList.toggle("has-error", !!message);
}

function markRendered(): void {
  const seq = Number(document.body.dataset.renderSeq ?? "0") + 1;
  window.__dyadRenderedAt = performance.now();
  document.body.dataset.renderSeq = String(seq);
}

function renderPage(page: EventsPage): void {
  total = page.total;
  renderList(tbody, page.events, state.event, pick);
  const first = total ? state.offset + 1 : 0;
  const last = Math.min(total, state.offset + page.events.length);
  pageInfo.textContent = `${fmt.format(first)}–${fmt.format(last)} of ${fmt.format(total)}`;
  prevBtn.disabled = state.offset === 0;
  nextBtn.disabled = state.offset + PAGE_SIZE >= total;
  summary.textContent = `${fmt.format(total)} events`;
}

/**
 * Loads what `what` names for the current state and renders it all at once.
 * A newer call aborts an older one, so a fast typist never sees stale results.
 */
async function load(what: "all" | "list"): Promise<void> {
  const gen = ++generation;
  inflight?.abort();
  const ctl = (inflight = new AbortController());
  const f = state.filters;
  const interval = state.interval || autoInterval(f);
  document.body.classList.add("loading");
  try {
    const page = { limit: PAGE_SIZE, offset: state.offset, sort: state.sort };
    const [events, series, mapData] = await Promise.all([
      api.events(f, page, ctl.signal),
      what === "all" ? api.series(f, interval, ctl.signal) : Promise.resolve(null as Series | null),
      what === "all" ? Promise.all([api.map(f, ctl.signal), map.ready]).then(([m]) => m) : Promise.resolve(null as MapData | null),
    ]);
    if (gen !== generation) return;
    showError(null);
    renderPage(events);
    if (series) {
      chart.update(series);
      $("#chart-hint").textContent = `per ${series.interval}`;
    }
    if (mapData) map.update(mapData);
    markRendered();
  } catch (e) {
    if (gen !== generation || (e instanceof DOMException && e.name === "AbortError")) return;
    showError(e instanceof ApiError ? e.message : `Cannot reach the dyad server (${(e as Error).message}).`);
    summary.textContent = "—";
  } finally {
    if (gen === generation) document.body.classList.remove("loading");
  }
}

/** Applies the form to the state when the filters differ; resets paging. */
function applyFilters(): void {
  const f = readForm();
  const interval = intervalSel.value;
  if (JSON.stringify(f) === JSON.stringify(state.filters) && interval === state.interval) return;
  state = { ...state, filters: f, interval, offset: 0 };
  writeUrl(state, true);
  void load("all");
}

async function pick(id: string): Promise<void> {
  state = { ...state, event: id };
  writeUrl(state, false);
  for (const tr of tbody.querySelectorAll("tr")) tr.classList.toggle("selected", tr.dataset.id === id);
  detailCtl?.abort();
  const ctl = (detailCtl = new AbortController());
  detail.setAttribute("aria-busy", "true");
  try {
    const ev = await api.event(id, ctl.signal);
    renderDetail(detail, ev, quadNames);
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") return;
    detail.replaceChildren(Object.assign(document.createElement("p"), { className: "error", textContent: (e as Error).message }));
  } finally {
    detail.removeAttribute("aria-busy");
  }
}

async function loadCodebook(): Promise<void> {
  try {
    const cb = await api.codebook();
    const cameo = input("cameo") as HTMLSelectElement;
    for (const r of cb.roots) cameo.add(new Option(`${r.code} ${r.name}`, r.code));
    const quad = input("quad_class") as HTMLSelectElement;
    for (const q of cb.quad_classes) {
      quad.add(new Option(`${q.code} ${q.name}`, String(q.code)));
      quadNames.set(q.code, q.name);
    }
    // A value from the URL that is not a root (e.g. "0431") still gets an option.
    const want = state.filters.cameo;
    if (want && ![...cameo.options].some((o) => o.value === want)) cameo.add(new Option(want, want));
    fillForm();
  } catch {
    /* the filters still work as free values from the URL */
  }
}

// Selects and date/actor fields apply on change (Enter or leaving the field).
form.addEventListener("change", (e) => {
  if ((e.target as HTMLElement).id !== "shade") applyFilters();
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  applyFilters();
});
$("#reset").addEventListener("click", () => {
  form.reset();
  applyFilters();
});
sortSel.addEventListener("change", () => {
  state = { ...state, sort: sortSel.value, offset: 0 };
  writeUrl(state, false);
  void load("list");
});
shadeSel.addEventListener("change", () => {
  state = { ...state, shade: shadeSel.value };
  writeUrl(state, false);
  map.setShade(state.shade);
});
prevBtn.addEventListener("click", () => {
  state = { ...state, offset: Math.max(0, state.offset - PAGE_SIZE) };
  writeUrl(state, false);
  void load("list");
});
nextBtn.addEventListener("click", () => {
  state = { ...state, offset: state.offset + PAGE_SIZE };
  writeUrl(state, false);
  void load("list");
});
window.addEventListener("popstate", () => {
  state = readUrl();
  fillForm();
  void load("all");
});

fillForm();
void loadCodebook();
void load("all");
if (state.event) void pick(state.event);
