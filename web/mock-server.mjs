#!/usr/bin/env node
// Mock dyad server for development and the browser test. No dependencies.
// Serves the built page (../crates/server/assets) and implements the dyad HTTP
// API over a deterministic fixture of N events (default 100,000), aggregating
// per request like the real server does.
//
//   node mock-server.mjs [--port 8787] [--events 100000]
// Prints "mock dyad listening on http://127.0.0.1:PORT/ (N events)".

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ASSETS = path.resolve(HERE, "../crates/server/assets");

// ---------------------------------------------------------------- fixture

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// iso3, name, adjective-free display name, [city, admin, lat, lon]...
const COUNTRIES = [
  ["USA", "United States", [["Washington", "District of Columbia", 38.9, -77.04], ["New York", "New York", 40.71, -74.01]]],
  ["RUS", "Russia", [["Moscow", "Moskva", 55.75, 37.62], ["Sochi", "Krasnodar", 43.6, 39.73]]],
  ["CHN", "China", [["Beijing", "Beijing", 39.9, 116.4], ["Shanghai", "Shanghai", 31.23, 121.47]]],
  ["AZE", "Azerbaijan", [["Baku", "Baki", 40.37, 49.89]]],
  ["ARM", "Armenia", [["Yerevan", "Yerevan", 40.18, 44.51]]],
  ["UKR", "Ukraine", [["Kyiv", "Kyiv City", 50.45, 30.52], ["Donetsk", "Donetsk", 48.0, 37.8]]],
  ["TUR", "Turkey", [["Ankara", "Ankara", 39.93, 32.86], ["Istanbul", "Istanbul", 41.01, 28.98]]],
  ["IRN", "Iran", [["Tehran", "Tehran", 35.69, 51.39]]],
  ["SYR", "Syria", [["Damascus", "Dimashq", 33.51, 36.29], ["Aleppo", "Halab", 36.2, 37.16]]],
  ["IRQ", "Iraq", [["Baghdad", "Baghdad", 33.31, 44.36], ["Mosul", "Ninawa", 36.34, 43.13]]],
  ["ISR", "Israel", [["Jerusalem", "Jerusalem", 31.77, 35.21]]],
  ["PSE", "Palestine", [["Gaza", "Gaza Strip", 31.5, 34.47]]],
  ["EGY", "Egypt", [["Cairo", "Al Qahirah", 30.04, 31.24]]],
  ["SAU", "Saudi Arabia", [["Riyadh", "Ar Riyad", 24.71, 46.68]]],
  ["YEM", "Yemen", [["Sanaa", "Amanat al Asimah", 15.37, 44.19], ["Aden", "Adan", 12.79, 45.02]]],
  ["DEU", "Germany", [["Berlin", "Berlin", 52.52, 13.4]]],
  ["FRA", "France", [["Paris", "Ile-de-France", 48.86, 2.35]]],
  ["GBR", "United Kingdom", [["London", "England", 51.51, -0.13]]],
  ["IND", "India", [["New Delhi", "Delhi", 28.61, 77.21], ["Mumbai", "Maharashtra", 19.08, 72.88]]],
  ["PAK", "Pakistan", [["Islamabad", "Islamabad", 33.68, 73.05], ["Karachi", "Sindh", 24.86, 67.0]]],
  ["AFG", "Afghanistan", [["Kabul", "Kabul", 34.56, 69.21]]],
  ["JPN", "Japan", [["Tokyo", "Tokyo", 35.68, 139.69]]],
  ["KOR", "South Korea", [["Seoul", "Seoul", 37.57, 126.98]]],
  ["PRK", "North Korea", [["Pyongyang", "Pyongyang", 39.04, 125.76]]],
  ["NGA", "Nigeria", [["Abuja", "Federal Capital Territory", 9.08, 7.4], ["Lagos", "Lagos", 6.52, 3.38]]],
  ["KEN", "Kenya", [["Nairobi", "Nairobi", -1.29, 36.82]]],
  ["ZAF", "South Africa", [["Pretoria", "Gauteng", -25.75, 28.19]]],
  ["ETH", "Ethiopia", [["Addis Ababa", "Addis Ababa", 9.03, 38.74]]],
  ["SDN", "Sudan", [["Khartoum", "Khartoum", 15.5, 32.56]]],
  ["MLI", "Mali", [["Bamako", "Bamako", 12.64, -8.0]]],
  ["BRA", "Brazil", [["Brasília", "Distrito Federal", -15.79, -47.88]]],
  ["VEN", "Venezuela", [["Caracas", "Distrito Capital", 10.48, -66.9]]],
  ["COL", "Colombia", [["Bogotá", "Bogotá D.C.", 4.71, -74.07]]],
  ["MEX", "Mexico", [["Mexico City", "Ciudad de México", 19.43, -99.13]]],
  ["AUS", "Australia", [["Canberra", "Australian Capital Territory", -35.28, 149.13]]],
  ["IDN", "Indonesia", [["Jakarta", "Jakarta Raya", -6.21, 106.85]]],
  ["PHL", "Philippines", [["Manila", "Metro Manila", 14.6, 120.98]]],
  ["GEO", "Georgia", [["Tbilisi", "Tbilisi", 41.72, 44.79]]],
  ["KAZ", "Kazakhstan", [["Astana", "Astana", 51.17, 71.45]]],
  ["CAN", "Canada", [["Ottawa", "Ontario", 45.42, -75.7]]],
];

const ROLES = [
  ["", (c) => c],
  ["GOV", (c) => `the government of ${c}`],
  ["MIL", (c) => `the armed forces of ${c}`],
  ["OPP", (c) => `the opposition in ${c}`],
  ["COP", (c) => `police in ${c}`],
  ["BUS", (c) => `business leaders in ${c}`],
  ["MED", (c) => `media in ${c}`],
  ["REB", (c) => `rebels in ${c}`],
];

const ROOTS = [
  ["01", "Make public statement"], ["02", "Appeal"], ["03", "Express intent to cooperate"], ["04", "Consult"],
  ["05", "Engage in diplomatic cooperation"], ["06", "Engage in material cooperation"], ["07", "Provide aid"],
  ["08", "Yield"], ["09", "Investigate"], ["10", "Demand"], ["11", "Disapprove"], ["12", "Reject"],
  ["13", "Threaten"], ["14", "Protest"], ["15", "Exhibit force posture"], ["16", "Reduce relations"],
  ["17", "Coerce"], ["18", "Assault"], ["19", "Fight"], ["20", "Use unconventional mass violence"],
];
const QUADS = [[1, "Verbal cooperation"], [2, "Material cooperation"], [3, "Verbal conflict"], [4, "Material conflict"]];

// code, name, goldstein, verb phrase, weight
const CODES = [
  ["010", "Make statement, not specified below", 0.0, "made a statement about", 9],
  ["020", "Make an appeal or request, not specified below", 3.0, "appealed to", 4],
  ["036", "Express intent to meet or negotiate", 4.0, "offered to meet", 4],
  ["040", "Consult, not specified below", 1.0, "held talks with", 10],
  ["042", "Make a visit", 1.9, "visited", 6],
  ["043", "Host a visit", 2.8, "hosted", 5],
  ["046", "Engage in negotiation", 7.0, "negotiated with", 4],
  ["051", "Praise or endorse", 3.4, "praised", 4],
  ["057", "Sign formal agreement", 8.0, "signed an agreement with", 3],
  ["061", "Cooperate economically", 6.4, "expanded trade with", 3],
  ["071", "Provide economic aid", 7.4, "sent aid to", 2],
  ["081", "Ease administrative sanctions", 5.0, "eased restrictions on", 1],
  ["090", "Investigate, not specified below", -2.0, "investigated", 2],
  ["100", "Demand, not specified below", -5.0, "made demands of", 3],
  ["111", "Criticize or denounce", -2.0, "criticized", 6],
  ["112", "Accuse, not specified below", -2.0, "accused", 5],
  ["120", "Reject, not specified below", -4.0, "rejected a proposal from", 2],
  ["130", "Threaten, not specified below", -4.4, "threatened", 2],
  ["138", "Threaten with military force", -7.0, "threatened military action against", 1],
  ["141", "Demonstrate or rally", -6.5, "protested against", 3],
  ["150", "Demonstrate military or police power", -7.2, "massed troops near", 1],
  ["163", "Impose embargo, boycott, or sanctions", -8.0, "imposed sanctions on", 2],
  ["173", "Arrest, detain, or charge with legal action", -5.0, "arrested members of", 3],
  ["180", "Use unconventional violence", -9.0, "attacked", 2],
  ["190", "Use conventional military force", -10.0, "fought", 2],
  ["193", "Fight with small arms and light weapons", -10.0, "clashed with", 2],
  ["195", "Employ aerial weapons", -10.0, "carried out air strikes on", 1],
  ["202", "Engage in mass killings", -10.0, "killed civilians among", 0.3],
];
const quadOf = (code) => {
  const r = +code.slice(0, 2);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
};
const OUTLETS = ["Xinhua", "Reuters", "Associated Press", "TASS", "Al Jazeera", "BBC Monitoring", "Trend News Agency", null];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const DAY0 = Date.UTC(2017, 0, 1);
const DAYS = 730;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function pickWeighted(rand, items, weight) {
  const total = items.reduce((a, x) => a + weight(x), 0);
  let r = rand() * total;
  for (const x of items) {
    r -= weight(x);
    if (r <= 0) return x;
  }
  return items[items.length - 1];
}

export function makeFixture(n = 100_000, seed = 20171119) {
  const rand = mulberry32(seed);
  const cw = COUNTRIES.map((_, i) => 1 / (i + 1.5)); // Zipf-like country popularity
  const pickCountry = () => pickWeighted(rand, COUNTRIES.map((c, i) => i), (i) => cw[i]);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    // More events later in the period, plus a weekly rhythm.
    let d = Math.floor(Math.sqrt(rand()) * DAYS);
    const dayMs = DAY0 + d * 86400000;
    const dow = new Date(dayMs).getUTCDay();
    if ((dow === 0 || dow === 6) && rand() < 0.4) d = Math.max(0, d - 2);
    const si = pickCountry();
    let ti = pickCountry();
    const sr = ROLES[Math.floor(rand() * rand() * ROLES.length)];
    const tr = ROLES[Math.floor(rand() * rand() * ROLES.length)];
    if (ti === si && sr === tr) ti = (ti + 1) % COUNTRIES.length;
    const hasTarget = rand() > 0.08;
    const code = pickWeighted(rand, CODES, (c) => c[4]);
    const placeC = COUNTRIES[rand() < 0.6 ? si : hasTarget ? ti : si];
    const hasPlace = rand() > 0.2;
    const city = placeC[2][Math.floor(rand() * placeC[2].length)];
    const mentions = 1 + Math.floor(-Math.log(1 - rand()) * 2.5);
    const sources = 1 + Math.floor(rand() * mentions);
    const articles = sources + Math.floor(rand() * (mentions - sources + 1));
    const jitter = () => (rand() - 0.5) * 1.2;
    events[i] = {
      id: String(1000000000000 + i * 7919),
      day: isoDay(DAY0 + d * 86400000),
      source: COUNTRIES[si][0] + sr[0],
      target: hasTarget ? COUNTRIES[ti][0] + tr[0] : null,
      cameo: code[0],
      cameo_name: code[1],
      quad_class: quadOf(code[0]),
      goldstein: code[2],
      place: hasPlace ? `${city[0]}, ${city[1]}, ${placeC[1]}` : null,
      lat: hasPlace ? +(city[2] + jitter()).toFixed(3) : null,
      lon: hasPlace ? +(city[3] + jitter()).toFixed(3) : null,
      mentions,
      sources,
      articles,
      // not part of the API: used for aggregation and sentence generation
      _iso3: hasPlace ? placeC[0] : null,
      _s: [si, sr],
      _t: hasTarget ? [ti, tr] : null,
      _city: city[0],
      _verb: code[3],
    };
  }
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return events;
}

// ---------------------------------------------------------------- API

class BadRequest extends Error {}

function parseFilters(q) {
  const f = {};
  for (const k of ["from", "to"]) {
    const v = q.get(k);
    if (!v) continue;
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v)) && isoDay(Date.parse(v)) === v;
    if (!ok) throw new BadRequest(`invalid date for '${k}': '${v}' (expected a real date as YYYY-MM-DD)`);
    f[k] = v;
  }
  if (f.from && f.to && f.from > f.to) throw new BadRequest(`'from' (${f.from}) is after 'to' (${f.to})`);
  for (const k of ["actor", "source", "target"]) {
    const v = q.get(k);
    if (!v) continue;
    if (!/^[A-Za-z0-9]{3,15}$/.test(v)) throw new BadRequest(`invalid actor code for '${k}': '${v}' (expected 3-15 letters/digits like RUS or RUSGOV)`);
    f[k] = v.toUpperCase();
  }
  const cameo = q.get("cameo");
  if (cameo) {
    if (!/^\d{2,4}$/.test(cameo)) throw new BadRequest(`invalid CAMEO code: '${cameo}' (expected 2-4 digits like 04 or 0431)`);
    f.cameo = cameo;
  }
  const qc = q.get("quad_class");
  if (qc) {
    if (!/^[1-4]$/.test(qc)) throw new BadRequest(`invalid quad_class: '${qc}' (expected 1, 2, 3 or 4)`);
    f.quad_class = +qc;
  }
  const near = q.get("near");
  if (near) {
    const parts = near.split(",").map(Number);
    if (parts.length !== 3 || parts.some((x) => !isFinite(x)) || Math.abs(parts[0]) > 90 || Math.abs(parts[1]) > 180 || parts[2] <= 0)
      throw new BadRequest(`invalid near: '${near}' (expected LAT,LON,KM like 40.4,49.9,200)`);
    f.near = parts;
  }
  return f;
}

function haversineKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

function select(events, f) {
  const out = [];
  for (const e of events) {
    if (f.from && e.day < f.from) continue;
    if (f.to && e.day > f.to) continue;
    if (f.source && !e.source?.startsWith(f.source)) continue;
    if (f.target && !e.target?.startsWith(f.target)) continue;
    if (f.actor && !e.source?.startsWith(f.actor) && !e.target?.startsWith(f.actor)) continue;
    if (f.cameo && !e.cameo.startsWith(f.cameo)) continue;
    if (f.quad_class && e.quad_class !== f.quad_class) continue;
    if (f.near && (e.lat === null || haversineKm(f.near[0], f.near[1], e.lat, e.lon) > f.near[2])) continue;
    out.push(e);
  }
  return out;
}

// The page asks for events, series and map with the same filter at once; like a
// real server's query cache, keep the last few selections so one scan serves all three.
const selections = new Map();
function selectCached(events, f) {
  const key = JSON.stringify(f);
  let rows = selections.get(key);
  if (!rows) {
    rows = select(events, f);
    selections.set(key, rows);
    if (selections.size > 16) selections.delete(selections.keys().next().value);
  }
  return rows;
}

function publicEvent(e) {
  const o = {};
  for (const k in e) if (k[0] !== "_") o[k] = e[k];
  return o;
}

const SORTS = {
  day: (a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0),
  mentions: (a, b) => a.mentions - b.mentions,
  goldstein: (a, b) => a.goldstein - b.goldstein,
};

function eventsPage(events, q) {
  const f = parseFilters(q);
  const limit = q.has("limit") ? Number(q.get("limit")) : 100;
  const offset = q.has("offset") ? Number(q.get("offset")) : 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new BadRequest(`invalid limit: '${q.get("limit")}' (1-500)`);
  if (!Number.isInteger(offset) || offset < 0) throw new BadRequest(`invalid offset: '${q.get("offset")}'`);
  const sort = q.get("sort") || "-day";
  const key = sort.replace(/^-/, "");
  if (!SORTS[key]) throw new BadRequest(`invalid sort: '${sort}' (day, mentions or goldstein, optionally with '-')`);
  const rows = selectCached(events, f);
  const desc = sort.startsWith("-");
  // rows are already in day order; only sort when asked for something else
  let ordered = rows;
  if (key !== "day") {
    const cmp = SORTS[key];
    ordered = rows.slice().sort(desc ? (a, b) => cmp(b, a) || SORTS.day(b, a) : (a, b) => cmp(a, b) || SORTS.day(a, b));
  } else if (desc) {
    ordered = rows.slice().reverse();
  }
  return { total: rows.length, events: ordered.slice(offset, offset + limit).map(publicEvent) };
}

function periodStart(day, interval) {
  if (interval === "day") return day;
  if (interval === "month") return day.slice(0, 8) + "01";
  const ms = Date.parse(day);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return isoDay(ms - dow * 86400000);
}

function series(events, q) {
  const f = parseFilters(q);
  const interval = q.get("interval") || "day";
  if (!["day", "week", "month"].includes(interval)) throw new BadRequest(`invalid interval: '${interval}' (day, week or month)`);
  const buckets = new Map();
  let lastDay = null;
  let lastKey = null;
  for (const e of selectCached(events, f)) {
    if (e.day !== lastDay) {
      lastDay = e.day;
      lastKey = periodStart(e.day, interval);
    }
    let b = buckets.get(lastKey);
    if (!b) buckets.set(lastKey, (b = { n: 0, g: 0 }));
    b.n++;
    b.g += e.goldstein;
  }
  const points = [...buckets.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([t, b]) => ({ t, events: b.n, goldstein_mean: +(b.g / b.n).toFixed(3) }));
  return { interval, points };
}

function mapAgg(events, q) {
  const f = parseFilters(q);
  const countries = new Map();
  const bins = new Map();
  for (const e of selectCached(events, f)) {
    if (e._iso3) {
      let c = countries.get(e._iso3);
      if (!c) countries.set(e._iso3, (c = { n: 0, g: 0 }));
      c.n++;
      c.g += e.goldstein;
    }
    if (e.lat !== null) {
      const key = Math.floor(e.lat * 2) * 1000 + Math.floor(e.lon * 2);
      let b = bins.get(key);
      if (!b) bins.set(key, (b = { n: 0, lat: 0, lon: 0 }));
      b.n++;
      b.lat += e.lat;
      b.lon += e.lon;
    }
  }
  return {
    countries: [...countries.entries()].map(([iso3, c]) => ({ iso3, events: c.n, goldstein_mean: +(c.g / c.n).toFixed(3) })),
    points: [...bins.values()]
      .sort((a, b) => b.n - a.n)
      .slice(0, 5000)
      .map((b) => ({ lat: +(b.lat / b.n).toFixed(3), lon: +(b.lon / b.n).toFixed(3), events: b.n })),
  };
}

function actorText(a) {
  const [ci, role] = a;
  return role[1](COUNTRIES[ci][1]);
}

function eventDetail(e) {
  const rand = mulberry32(Number(e.id.slice(-9)));
  const n = Math.min(e.mentions, 3);
  const mentions = [];
  for (let k = 0; k < n; k++) {
    const src = actorText(e._s);
    const tgt = e._t ? actorText(e._t) : null;
    const outlet = OUTLETS[Math.floor(rand() * OUTLETS.length)];
    const weekday = WEEKDAYS[new Date(Date.parse(e.day)).getUTCDay()];
    const lead = k === 0 ? "" : ["Officials said ", "According to witnesses, ", "Reports say "][k % 3];
    const parts = [];
    const highlights = [];
    let at = 0;
    const put = (text, role) => {
      const len = [...text].length; // offsets in characters (code points)
      if (role) highlights.push({ start: at, end: at + len, role });
      parts.push(text);
      at += len;
    };
    put(lead);
    put(lead ? src : src[0].toUpperCase() + src.slice(1), "source");
    put(" ");
    put(e._verb, "verb");
    put(" ");
    if (tgt) put(tgt, "target");
    else put("unnamed parties");
    put(` in ${e._city} on ${weekday}${outlet ? `, ${outlet} reported` : ""}.`);
    const doc = `doc-${e.id}-${k}`;
    mentions.push({
      doc_id: doc,
      sentence_index: Math.floor(rand() * 6),
      sentence: parts.join(""),
      highlights,
      outlet,
      url: rand() < 0.85 ? `https://news.example.org/${e.day.replaceAll("-", "/")}/${doc}` : null,
      title: rand() < 0.9 ? `${COUNTRIES[e._s[0]][1]}: ${e.cameo_name.split(",")[0]}` : null,
      confidence: +(0.55 + rand() * 0.44).toFixed(2),
      pattern: `cameo.${e.cameo}.${1 + Math.floor(rand() * 4)}`,
    });
  }
  return { ...publicEvent(e), mentions };
}

// ---------------------------------------------------------------- HTTP

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export function createServer(events) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const codebook = { roots: ROOTS.map(([code, name]) => ({ code, name })), quad_classes: QUADS.map(([code, name]) => ({ code, name })) };
  return http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const p = url.pathname;
    const json = (status, body) => {
      const s = JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(s);
    };
    if (p.startsWith("/api/")) {
      try {
        const q = url.searchParams;
        if (p === "/api/health") return json(200, { ok: true, events: events.length, mock: true });
        if (p === "/api/codebook") return json(200, codebook);
        if (p === "/api/events") return json(200, eventsPage(events, q));
        if (p === "/api/series") return json(200, series(events, q));
        if (p === "/api/map") return json(200, mapAgg(events, q));
        const m = /^\/api\/events\/([^/]+)$/.exec(p);
        if (m) {
          const e = byId.get(decodeURIComponent(m[1]));
          return e ? json(200, eventDetail(e)) : json(404, { error: `no event with id '${m[1]}'` });
        }
        return json(404, { error: `no such endpoint: ${p}` });
      } catch (err) {
        if (err instanceof BadRequest) return json(400, { error: err.message });
        console.error(err);
        return json(500, { error: "internal error" });
      }
    }
    // static files
    const rel = p === "/" ? "index.html" : decodeURIComponent(p).replace(/^\/+/, "");
    const file = path.resolve(ASSETS, rel);
    if (!file.startsWith(ASSETS + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, buf) => {
      if (err) {
        res.writeHead(404, { "content-type": "text/plain" }).end(
          rel === "index.html" ? "page not built: run `npm run build` in web/\n" : "not found\n",
        );
        return;
      }
      const immutable = rel.startsWith("assets/");
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
      res.end(buf);
    });
  });
}

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(arg("--events", process.env.DYAD_EVENTS ?? 100000));
  const port = Number(arg("--port", process.env.PORT ?? 8787));
  const events = makeFixture(n);
  const server = createServer(events);
  server.listen(port, "127.0.0.1", () => {
    console.log(`mock dyad listening on http://127.0.0.1:${server.address().port}/ (${events.length} events)`);
  });
}
