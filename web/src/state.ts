// View state <-> URL query string, so a view can be shared or reloaded.
import { FILTER_KEYS, type Filters } from "./api";

export interface ViewState {
  filters: Filters;
  interval: string; // "" = auto
  sort: string;
  offset: number;
  shade: string;
  event: string; // selected event id, "" = none
}

export const PAGE_SIZE = 50;
export const DEFAULT_SORT = "-day";

export function readUrl(search = location.search): ViewState {
  const q = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = q.get(k)?.trim();
    if (v) filters[k] = v;
  }
  return {
    filters,
    interval: q.get("interval") ?? "",
    sort: q.get("sort") || DEFAULT_SORT,
    offset: Math.max(0, parseInt(q.get("offset") ?? "0", 10) || 0),
    shade: q.get("shade") || "events",
    event: q.get("event") ?? "",
  };
}

export function writeUrl(s: ViewState, push: boolean): void {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = s.filters[k];
    if (v) q.set(k, v);
  }
  if (s.interval) q.set("interval", s.interval);
  if (s.sort !== DEFAULT_SORT) q.set("sort", s.sort);
  if (s.offset) q.set("offset", String(s.offset));
  if (s.shade !== "events") q.set("shade", s.shade);
  if (s.event) q.set("event", s.event);
  const qs = q.toString();
  const url = location.pathname + (qs ? "?" + qs : "");
  if (url === location.pathname + location.search) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** Chart interval for "auto": days for short ranges, weeks otherwise. */
export function autoInterval(f: Filters): string {
  if (f.from && f.to) {
    const span = (Date.parse(f.to) - Date.parse(f.from)) / 86400000;
    if (span >= 0 && span <= 180) return "day";
    if (span > 365 * 4) return "month";
  }
  return "week";
}
