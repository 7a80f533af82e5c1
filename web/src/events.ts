// Event list (one page of the filtered events) and the evidence panel.
import type { EventDetail, EventRow, Highlight, Mention } from "./api";

const fmt = new Intl.NumberFormat("en");

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function actor(code: string | null): HTMLElement {
  return code ? el("code", "actor", code) : el("span", "muted", "—");
}

function goldstein(g: number): HTMLElement {
  const s = el("span", "gs " + (g > 0 ? "pos" : g < 0 ? "neg" : "zero"), (g > 0 ? "+" : "") + g.toFixed(1));
  return s;
}

/** Renders the rows of one page; `onPick` is called with the event id. */
export function renderList(tbody: HTMLElement, rows: EventRow[], selected: string, onPick: (id: string) => void): void {
  const frag = document.createDocumentFragment();
  for (const ev of rows) {
    const tr = el("tr");
    tr.dataset.id = ev.id;
    if (ev.id === selected) tr.classList.add("selected");
    const day = el("td", "day");
    const btn = el("button", "link", ev.day);
    btn.type = "button";
    btn.setAttribute("aria-label", `Show evidence for event ${ev.id} on ${ev.day}`);
    day.append(btn);
    const what = el("td", "what");
    what.append(el("code", "cameo", ev.cameo), " ", el("span", "", ev.cameo_name));
    const g = el("td", "num");
    g.append(goldstein(ev.goldstein));
    const src = el("td");
    src.append(actor(ev.source));
    const tgt = el("td");
    tgt.append(actor(ev.target));
    tr.append(day, src, what, tgt, g, el("td", "place", ev.place ?? "—"), el("td", "num", `${ev.mentions}/${ev.sources}`));
    tr.addEventListener("click", () => onPick(ev.id));
    frag.append(tr);
  }
  if (!rows.length) {
    const tr = el("tr");
    const td = el("td", "muted empty", "No events match these filters.");
    td.colSpan = 7;
    tr.append(td);
    frag.append(tr);
  }
  tbody.replaceChildren(frag);
}

/** Splits a sentence into plain text and <mark> runs; offsets are in characters (code points). */
export function highlighted(sentence: string, highlights: Highlight[]): DocumentFragment {
  const chars = Array.from(sentence);
  const frag = document.createDocumentFragment();
  let at = 0;
  const hs = [...highlights].sort((a, b) => a.start - b.start);
  for (const h of hs) {
    const start = Math.max(h.start, at);
    const end = Math.min(h.end, chars.length);
    if (end <= start) continue; // overlapping or out of range: skip
    if (start > at) frag.append(chars.slice(at, start).join(""));
    const m = el("mark", "hl-" + h.role, chars.slice(start, end).join(""));
    m.title = h.role;
    frag.append(m);
    at = end;
  }
  if (at < chars.length) frag.append(chars.slice(at).join(""));
  return frag;
}

function mention(m: Mention): HTMLElement {
  const li = el("li", "mention");
  const q = el("blockquote");
  q.append(highlighted(m.sentence, m.highlights));
  const meta = el("p", "meta");
  if (m.outlet) meta.append(el("strong", "", m.outlet), " · ");
  if (m.url) {
    const a = el("a", "", m.title || m.url);
    a.href = m.url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    meta.append(a);
  } else {
    meta.append(el("span", "", m.title || m.doc_id));
  }
  meta.append(el("br"), el("span", "muted", `sentence ${m.sentence_index + 1} · confidence ${m.confidence.toFixed(2)} · ${m.pattern}`));
  li.append(q, meta);
  return li;
}

export function renderDetail(box: HTMLElement, ev: EventDetail, quadNames: Map<number, string>): void {
  const head = el("div", "detail-head");
  const line = el("p", "dyad");
  line.append(actor(ev.source), el("span", "arrow", " → "), actor(ev.target));
  const title = el("p", "what");
  title.append(el("code", "cameo", ev.cameo), " ", ev.cameo_name);
  const facts = el("dl", "facts");
  const fact = (k: string, v: string | HTMLElement) => {
    const dd = el("dd");
    dd.append(v);
    facts.append(el("dt", "", k), dd);
  };
  fact("Day", ev.day);
  fact("Place", ev.place ?? "—");
  fact("QuadClass", `${ev.quad_class} ${quadNames.get(ev.quad_class) ?? ""}`.trim());
  fact("Goldstein", goldstein(ev.goldstein));
  fact("Sources", `${fmt.format(ev.sources)} outlets, ${fmt.format(ev.articles)} articles`);
  fact("Event id", ev.id);
  head.append(line, title, facts);
  const list = el("ol", "mentions");
  for (const m of ev.mentions) list.append(mention(m));
  if (!ev.mentions.length) list.append(el("li", "muted", "No sentences stored for this event."));
  box.replaceChildren(head, el("h3", "", `Sentences (${ev.mentions.length})`), list);
}
