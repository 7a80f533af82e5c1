#!/usr/bin/env node
// Browser test of the dyad page with playwright-core and Debian's Chromium.
//
//   node test/browser.mjs [BASE_URL]     (or env DYAD_URL)
// Without a URL it starts ../mock-server.mjs on a free port (100,000 events).
// Env: DYAD_SCREENSHOT=path.png to save a screenshot, CHROMIUM=path to the browser,
//      DYAD_BUDGET_MS=N to fail when a filter re-render takes N ms or more.
// Prints "browser test: ok, filter re-render N ms (M events) [each: ...]" and
// exits 0, or "browser test: FAILED: ..." and exits 1.
//
// The re-render times are measurements, not a pass mark: by default the
// script checks what the page does and reports how long it took. The speed
// target (500 ms over 100,000 events) is judged by `dyad bench page` against a
// release build; a debug build's unoptimised DuckDB is several times slower.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BUDGET = process.env.DYAD_BUDGET_MS ? Number(process.env.DYAD_BUDGET_MS) : null;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

function fail(msg) {
  throw new Error(msg);
}

async function startMock() {
  const child = spawn(process.execPath, [path.join(HERE, "..", "mock-server.mjs"), "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("mock server did not start in 60 s")), 60000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`mock server exited (${code})`)));
  });
  return { url, stop: () => child.kill() };
}

/** Runs `action` in the page and returns ms until body[data-render-seq] moves past its value before. */
async function timedRender(page, action) {
  return page.evaluate(async (src) => {
    const before = Number(document.body.dataset.renderSeq);
    const t0 = performance.now();
    new Function(src)();
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no re-render within 10 s")), 10000);
      const obs = new MutationObserver(() => {
        if (Number(document.body.dataset.renderSeq) > before) {
          clearTimeout(timer);
          obs.disconnect();
          resolve();
        }
      });
      obs.observe(document.body, { attributes: true, attributeFilter: ["data-render-seq"] });
    });
    return window.__dyadRenderedAt - t0;
  }, action);
}

async function rendered(page) {
  return page.evaluate(() => ({
    countries: Number(document.querySelector("#map").dataset.countries),
    points: Number(document.querySelector("#map").dataset.points),
    chartPoints: Number(document.querySelector("#chart").dataset.points),
    chartCanvas: !!document.querySelector("#chart .uplot canvas"),
    rows: document.querySelectorAll("#events tbody tr[data-id]").length,
    summary: document.querySelector("#summary").textContent,
    url: location.search,
  }));
}

function setValue(selector, value) {
  // the same events a person causes: pick/type, then "change"
  return `const e = document.querySelector(${JSON.stringify(selector)});
          e.value = ${JSON.stringify(value)};
          e.dispatchEvent(new Event("change", { bubbles: true }));`;
}

async function main() {
  let base = process.argv[2] || process.env.DYAD_URL;
  let mock = null;
  if (!base) {
    mock = await startMock();
    base = mock.url;
  }
  if (!base.endsWith("/")) base += "/";
  if (!fs.existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dyad-chromium-"));
  // A fresh profile directory each run (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Only same-origin requests are allowed: the page must not need the internet.
    const origin = new URL(base).origin;
    await page.route("**/*", (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith("data:") ? route.continue() : (errors.push("external request: " + route.request().url()), route.abort())));

    const health = await (await page.request.get(base + "api/health")).json();
    if (!health.ok) fail("api/health not ok");

    await page.goto(base);
    await page.waitForFunction(() => Number(document.body.dataset.renderSeq) >= 1, null, { timeout: 20000 });
    const first = await rendered(page);
    const total = Number(first.summary.replace(/\D/g, ""));
    if (!(first.countries > 0 && first.points > 0)) fail(`map not rendered: ${JSON.stringify(first)}`);
    if (!(first.chartPoints > 0 && first.chartCanvas)) fail(`chart not rendered: ${JSON.stringify(first)}`);
    if (!(first.rows > 0)) fail(`event list empty: ${JSON.stringify(first)}`);
    // The CAMEO select is filled from api/codebook.
    await page.waitForFunction(() => document.querySelectorAll("#f-cameo option").length >= 21, null, { timeout: 10000 });

    // Filter changes: time until map, chart and list have all re-rendered.
    const times = [];
    times.push(await timedRender(page, setValue("#f-cameo", "04")));
    times.push(await timedRender(page, setValue("#f-actor", "rus")));
    times.push(await timedRender(page, setValue("#f-quad", "1")));
    times.push(await timedRender(page, setValue("#f-cameo", "")));
    const after = await rendered(page);
    if (!/cameo=|actor=RUS/.test(after.url) || !after.url.includes("actor=RUS")) fail(`filters not in URL: ${after.url}`);
    if (!(after.rows > 0 && after.countries > 0 && after.chartPoints > 0)) fail(`empty after filtering: ${JSON.stringify(after)}`);
    const filteredTotal = Number(after.summary.replace(/\D/g, ""));
    if (!(filteredTotal > 0 && filteredTotal < total)) fail(`filter did not narrow the events: ${total} -> ${filteredTotal}`);
    const worst = Math.max(...times);
    if (BUDGET !== null && worst >= BUDGET) fail(`filter re-render took ${times.map(Math.round).join(", ")} ms (budget ${BUDGET} ms)`);

    // Reload keeps the filters (URL state).
    await page.reload();
    await page.waitForFunction(() => Number(document.body.dataset.renderSeq) >= 1, null, { timeout: 20000 });
    const reloaded = await rendered(page);
    if (reloaded.summary !== after.summary) fail(`reload lost the view: ${after.summary} vs ${reloaded.summary}`);
    if ((await page.inputValue("#f-actor")) !== "RUS") fail("reload did not restore the actor field");

    // Evidence: click an event, expect its sentence with source, verb and target marked.
    await page.click("#events tbody tr[data-id] button");
    await page.waitForSelector("#detail .mention blockquote mark.hl-source", { timeout: 10000 });
    const marks = await page.$$eval("#detail .mention:first-child mark", (ms) => ms.map((m) => m.className));
    for (const role of ["hl-source", "hl-verb", "hl-target"]) {
      if (!marks.includes(role)) fail(`sentence lacks ${role} highlight (has ${marks.join(", ")})`);
    }
    const meta = await page.textContent("#detail .mention .meta");
    if (!meta || !meta.trim()) fail("mention has no source line");

    if (process.env.DYAD_SCREENSHOT) await page.screenshot({ path: process.env.DYAD_SCREENSHOT, fullPage: true });

    // A bad date: the server's 400 message is shown near the filters.
    await page.fill("#f-from", "2017-02-30");
    await page.press("#f-from", "Enter");
    await page.waitForSelector("#error:not([hidden])", { timeout: 10000 });
    const msg = await page.textContent("#error");
    const expected = (await (await page.request.get(base + "api/events?from=2017-02-30")).json()).error;
    if (msg !== expected) fail(`error shown "${msg}", server said "${expected}"`);

    if (errors.length) fail("page errors: " + errors.join("; "));
    console.log(
      `browser test: ok, filter re-render ${Math.round(worst)} ms (${total} events)` +
        ` [each: ${times.map(Math.round).join(", ")} ms]`,
    );
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
    mock?.stop();
  }
}

main().catch((e) => {
  console.log(`browser test: FAILED: ${e.message}`);
  process.exit(1);
});
