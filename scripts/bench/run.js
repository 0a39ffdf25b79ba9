// @ts-check
/**
 * `npm run bench [-- --quick] [--preset sandbox|standard|stress] [--runs N]`
 *
 * Measures the built lab in headless Chromium (cold and warm profiles), the same SQL through the
 * lab's engine and through raw DuckDB-WASM in one page, and through native DuckDB (1 thread and all
 * threads), interleaved; prints a table, writes JSON to bench/results/ and compares it with the
 * previous result of the same preset. Budgets (performance.md) are reported, never asserted.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_QUERIES } from '../../bench/queries.js';
import { generate } from '../data/generate.js';
import { startServer } from '../serve.js';
import { bundleReport } from './bundle.js';
import { launch, samplePeak, wasmMemoryAfter } from './chrome.js';
import { openNative } from './native.js';
import {
  compare,
  interleave,
  largerPeak,
  pairedRatio,
  parseMarks,
  roundOrder,
  summarize,
} from './stats.js';
import { fmt, headline, report } from './report.js';
import { timeToolkitSql } from './toolkit-sql.js';
import { measureToolkitUi } from './toolkit-ui.js';
import { measureFileIngest } from './file-ingest.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
// Only step 1 (opening the lab cold and warm): a data change's effect on the first screen in minutes.
const openOnly = args.includes('--open-only');
const preset = flag('--preset') ?? 'sandbox';
// `--quick` measures every figure once instead of five times (the queries in 8 rounds, not 40): a
// change's effect on the standard preset in about ten minutes, where 3 rounds took 25. Its
// medians are single runs: read a change as real only when the full run agrees.
const runs = quick ? 1 : Math.max(5, Number(flag('--runs') ?? 5));
const log = (/** @type {string} */ line) => console.log(line);
const benchStarted = performance.now();
/** Where the run's time goes (the quick run's budget is ten minutes on the standard preset). */
const phaseDone = (/** @type {string} */ name) =>
  process.stderr.write(
    `${name} done at ${((performance.now() - benchStarted) / 1000).toFixed(0)} s\n`,
  );

/** Build when dist/ is missing or older than any source file. */
function buildIfNeeded() {
  const dist = path.join(root, 'dist', 'bench', 'index.html');
  const newest = (/** @type {string} */ dir) => {
    let latest = 0;
    if (!fs.existsSync(dir)) return 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
      if (entry.isFile())
        latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    return latest;
  };
  const sources = Math.max(
    ...['src', 'panels', 'toolkits', 'bench', 'public'].map((d) => newest(path.join(root, d))),
    fs.statSync(path.join(root, 'index.html')).mtimeMs,
  );
  if (fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= sources) return;
  log('building the site…');
  // The build writes the precompressed twins too: the bundle report reads their sizes.
  execSync('npx vite build', { cwd: root, stdio: 'ignore' });
}

async function dataDirFor(/** @type {string} */ name) {
  if (name === 'sandbox') return path.join(root, 'public', 'data');
  const dir = path.join(root, 'data-out', name);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    log(`generating the ${name} preset…`);
    await generate({ preset: name, out: dir, log });
  }
  return dir;
}

/**
 * Since navigation, when every panel of the first screen first had a chart (`fresh`: the engine's
 * own, not a result kept from an earlier visit marked as refreshing).
 * @param {import('playwright-core').Page} page @param {boolean} fresh
 */
function allPanelsDrawn(page, fresh) {
  return page
    .waitForFunction(
      (fresh) => {
        const frames = [...document.querySelectorAll('article.frame')];
        const drawn = frames.every((f) => f.querySelector('.chart svg, .chart figure, .empty'));
        const refreshing = fresh && document.querySelector('article.frame :is(.refreshing, .busy)');
        return frames.length > 0 && drawn && !refreshing ? performance.now() : false;
      },
      fresh,
      { timeout: 600_000, polling: 'raf' },
    )
    .then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()));
}

/**
 * Open the lab and wait for the demo data and the first chart; returns its marks, when every
 * panel was drawn (kept results allowed, then fresh), the data bytes served and peak memory.
 * @param {string} url @param {string} profile @param {{ bytes: number }} served the server's count
 */
async function openLabOnce(url, profile, served, { reload = false } = {}) {
  const stop = samplePeak(profile);
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  if (reload) {
    // A returning visit in a browser that is already running: its storage is open.
    await page.goto(url);
    await allPanelsDrawn(page, true);
    await page.waitForFunction(() => performance.getEntriesByName('lab:demo-ready').length > 0);
  }
  const before = served.bytes;
  await (reload ? page.reload() : page.goto(url));
  const everyPanel = allPanelsDrawn(page, false);
  const everyPanelFresh = allPanelsDrawn(page, true);
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('lab:demo-ready').length > 0 &&
      performance.getEntriesByName('lab:chart-drawn').length > 0,
    null,
    { timeout: 600_000 },
  );
  const entries = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => ({ name: m.name, startTime: m.startTime })),
  );
  const heap = await page.evaluate(
    () => /** @type {any} */ (performance).memory?.usedJSHeapSize ?? null,
  );
  const marks = {
    ...parseMarks(entries),
    allPanels: await everyPanel,
    allPanelsFresh: await everyPanelFresh,
  };
  const wasm = await wasmMemoryAfter(page, Math.max(marks.demoReady ?? 0, marks.firstChart ?? 0));
  await context.close();
  return { marks, dataBytes: served.bytes - before, peakRss: stop(), jsHeap: heap, wasm };
}

/** @param {string} tmp the run's browser profiles, removed when it ends */
async function main(tmp) {
  buildIfNeeded();
  const dataDir = await dataDirFor(preset);
  const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8'));
  /** @type {{ table: string, file: string, rows: number, bytes: number }[]} */
  const tables = manifest.tables;
  const totalRows = tables.reduce((s, t) => s + t.rows, 0);
  const totalBytes = tables.reduce((s, t) => s + t.bytes, 0);
  const server = await startServer({ dir: path.join(root, 'dist'), dataDir, basePath: '/lab/' });
  // Bytes of Parquet the server sent (a revalidated file answers 304 with none). The server's own
  // handler has run by now and may have rewritten the path: the extension is what is left.
  const served = { bytes: 0 };
  server.server.on('request', (req, res) => {
    if (!req.url?.split('?')[0]?.endsWith('.parquet')) return;
    const write = res.write.bind(res);
    res.write = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
      served.bytes += chunk?.length ?? 0;
      return write(chunk, ...rest);
    };
  });
  log(
    `preset ${preset}: ${tables.length} tables, ${totalRows.toLocaleString('en')} rows, ${(totalBytes / 1e6).toFixed(1)} MB Parquet; ${runs} runs`,
  );

  // 1. Opening the lab: cold (empty profile each time) and warm (one profile, reopened).
  /** @type {Record<string, (ReturnType<typeof parseMarks> & { allPanels: number, allPanelsFresh: number })[]>} */
  const opens = { cold: [], warm: [], reload: [] };
  let peakRss = 0;
  let jsHeap = 0;
  /** @type {ReturnType<typeof largerPeak>} */
  let wasmAtOpen = null;
  /** @type {Record<string, number[]>} */
  const dataBytes = { cold: [], warm: [], reload: [] };
  const warmProfile = path.join(tmp, 'warm');
  // A first visit: fills the HTTP cache and keeps the demo lab's panel results.
  await openLabOnce(server.url, warmProfile, served);
  for (const kind of interleave(['cold', 'warm', 'reload'], runs)) {
    const profile = kind === 'cold' ? fs.mkdtempSync(path.join(tmp, 'cold-')) : warmProfile;
    const result = await openLabOnce(server.url, profile, served, { reload: kind === 'reload' });
    opens[kind]?.push(result.marks);
    dataBytes[kind]?.push(result.dataBytes);
    peakRss = Math.max(peakRss, result.peakRss);
    jsHeap = Math.max(jsHeap, result.jsHeap ?? 0);
    wasmAtOpen = largerPeak(wasmAtOpen, result.wasm);
  }
  phaseDone('1. opening the lab');
  const openStats = Object.fromEntries(
    Object.entries(opens).map(([kind, list]) => [
      kind,
      {
        engineReady: summarize(list.map((m) => m.engineReady ?? NaN)),
        demoReady: summarize(list.map((m) => m.demoReady ?? NaN)),
        firstChart: summarize(list.map((m) => m.firstChart ?? NaN)),
        allPanels: summarize(list.map((m) => m.allPanels)),
        allPanelsFresh: summarize(list.map((m) => m.allPanelsFresh)),
        dataBytes: summarize(dataBytes[kind] ?? []),
      },
    ]),
  );

  if (openOnly) {
    for (const [kind, s] of Object.entries(openStats))
      log(
        `${kind}: engine ready ${s.engineReady.median.toFixed(0)} ms, demo ready ${s.demoReady.median.toFixed(0)} ms, first chart ${s.firstChart.median.toFixed(0)} ms (median of ${s.firstChart.n}; p95 ${s.firstChart.p95.toFixed(0)}), every panel ${s.allPanels.median.toFixed(0)} ms, every panel fresh ${s.allPanelsFresh.median.toFixed(0)} ms, data fetched ${(s.dataBytes.median / 1e6).toFixed(2)} MB`,
      );
    await server.close();
    return;
  }

  // 2. The same SQL through the lab's engine, raw DuckDB-WASM and native DuckDB, interleaved.
  const context = await launch(path.join(tmp, 'bench'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}bench/`);
  await page.waitForFunction(() => document.title === 'bench ready');
  const urls = tables.map((t) => ({ table: t.table, url: `${server.url}data/${t.file}` }));
  const labStart = await page.evaluate(() => /** @type {any} */ (globalThis).bench.startLab());
  const rawStart = await page.evaluate(() => /** @type {any} */ (globalThis).bench.startRaw());
  const labIngest = await page.evaluate(
    (u) => /** @type {any} */ (globalThis).bench.loadLab(u),
    urls,
  );
  const rawIngest = await page.evaluate(
    (u) => /** @type {any} */ (globalThis).bench.loadRaw(u),
    urls,
  );
  const threads = os.cpus().length;
  const nativeTables = tables.map((t) => ({ table: t.table, path: path.join(dataDir, t.file) }));
  const native1 = await openNative({ threads: 1, tables: nativeTables });
  const nativeN = await openNative({ threads, tables: nativeTables });

  /** @type {Record<string, (sql: string) => Promise<{ ms: number, rows: number }>>} */
  const variants = {
    lab: (sql) => page.evaluate((s) => /** @type {any} */ (globalThis).bench.labQuery(s), sql),
    raw: (sql) => page.evaluate((s) => /** @type {any} */ (globalThis).bench.rawQuery(s), sql),
    native1: (sql) => native1.query(sql),
    nativeN: (sql) => nativeN.query(sql),
  };
  /** @type {Record<string, Record<string, number[]>>} */
  const times = Object.fromEntries(
    BENCH_QUERIES.map((q) => [
      q.id,
      Object.fromEntries(Object.keys(variants).map((name) => [name, /** @type {number[]} */ ([])])),
    ]),
  );
  for (const q of BENCH_QUERIES) for (const run of Object.values(variants)) await run(q.sql); // warm-up
  // These take milliseconds, where a millisecond of noise is a fifth of the time: eight times the
  // rounds steady the ratios for a few seconds more.
  for (let r = 0; r < runs * 8; r++)
    for (const q of BENCH_QUERIES)
      for (const [name, run] of roundOrder(Object.entries(variants), r))
        times[q.id]?.[name]?.push((await run(q.sql)).ms);
  phaseDone('2. benchmark queries');
  const queries = BENCH_QUERIES.map((q) => {
    const t = /** @type {Record<string, number[]>} */ (times[q.id]);
    const s = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, summarize(v)]));
    return {
      id: q.id,
      title: q.title,
      ...s,
      overhead: pairedRatio(t.lab ?? [], t.raw ?? []),
      wasmVsNative1: pairedRatio(t.raw ?? [], t.native1 ?? []),
    };
  });
  // 3. Each toolkit's SQL (its derived tables, then every panel) through the same four engines.
  /** @type {{ toolkit: string, panel: string, sql: string, derived: { name: string, sql: string }[] }[]} */
  const tkQueries = await page.evaluate(() =>
    /** @type {any} */ (globalThis).bench.toolkitQueries(),
  );
  const toolkitIds = [...new Set(tkQueries.map((q) => q.toolkit))];
  /** @type {Record<string, (sql: string) => Promise<number>>} */
  const execs = {
    lab: (sql) => page.evaluate((s) => /** @type {any} */ (globalThis).bench.labExec(s), sql),
    raw: (sql) => page.evaluate((s) => /** @type {any} */ (globalThis).bench.rawExec(s), sql),
    native1: async (sql) => (await native1.query(sql)).ms,
    nativeN: async (sql) => (await nativeN.query(sql)).ms,
  };
  // Twice the rounds: one stall in five rounds moved a toolkit's median ratio by a tenth.
  const toolkitSql = await timeToolkitSql(tkQueries, execs, variants, runs * 2);
  phaseDone('3. toolkit SQL');
  const benchHeap = await page.evaluate(() => /** @type {any} */ (globalThis).bench.memory());
  await context.close();
  native1.close();
  nativeN.close();

  // 4. Toolkits in the lab itself: opened (every panel drawn), a lab-wide filter change (every
  // panel redrawn), and the resulting link reopened in a cold and a warm profile.
  const toolkitUi = await measureToolkitUi(server.url, tmp, toolkitIds, runs);
  phaseDone('4. toolkits in the lab');
  // 5. A user's own 3M-row file through the file input, beside the raw way.
  const fileIngest = await measureFileIngest(server.url, tmp, runs, log);
  phaseDone('5. file ingest');
  await server.close();

  const chromiumVersion = execSync(
    `${(await import('../ensure-chromium.js')).ensureChromium()} --version`,
    { encoding: 'utf8' },
  ).trim();
  const pkg = (/** @type {string} */ name) =>
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  const result = {
    date: new Date().toISOString(),
    preset,
    runs,
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? '',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
    },
    versions: {
      chromium: chromiumVersion,
      duckdbWasm: pkg('@duckdb/duckdb-wasm'),
      nativeDuckdb: native1.version,
      nodeApi: pkg('@duckdb/node-api'),
      node: process.version,
    },
    data: { tables: tables.length, rows: totalRows, parquetBytes: totalBytes },
    open: openStats,
    engineStartMs: { lab: labStart, raw: rawStart },
    ingest: {
      lab: {
        ms: labIngest,
        rowsPerSec: totalRows / (labIngest / 1000),
        mbPerSec: totalBytes / 1e6 / (labIngest / 1000),
      },
      raw: {
        ms: rawIngest,
        rowsPerSec: totalRows / (rawIngest / 1000),
        mbPerSec: totalBytes / 1e6 / (rawIngest / 1000),
      },
      native1: { ms: native1.ingestMs, rowsPerSec: totalRows / (native1.ingestMs / 1000) },
      nativeN: { ms: nativeN.ingestMs, rowsPerSec: totalRows / (nativeN.ingestMs / 1000) },
    },
    queries,
    toolkitSql,
    toolkitUi,
    fileIngest,
    memory: {
      peakBrowserRssBytes: peakRss,
      labJsHeapBytes: jsHeap,
      // DuckDB's and the Parquet reader's wasm memory: all demo data loaded, and at the end of
      // the six-toolkit link (every derived table built).
      wasmDataLoaded: wasmAtOpen,
      wasmSixToolkits: toolkitUi.wasmSixToolkits,
      benchPageJsHeapBytes: benchHeap.jsHeapBytes,
    },
    bundle: bundleReport(path.join(root, 'dist')),
  };
  report(result, log);
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const previous = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(`-${preset}.json`))
    .sort()
    .pop();
  const file = path.join(dir, `${result.date.replace(/[:.]/g, '-')}-${preset}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  log(`\nresults: ${path.relative(root, file)}`);
  if (previous) {
    const before = JSON.parse(fs.readFileSync(path.join(dir, previous), 'utf8'));
    const changes = compare(headline(before), headline(result));
    log(`\ncompared with ${previous}:`);
    for (const c of changes)
      log(
        `  ${c.key.padEnd(34)} ${fmt(c.before).padStart(9)} → ${fmt(c.after).padStart(9)}  ${(c.change * 100).toFixed(0).padStart(4)}%`,
      );
  }
}

// Each browser profile holds tens of MB of cache; a run leaves none of them behind.
const benchTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-bench-'));
try {
  await main(benchTmp);
} finally {
  fs.rmSync(benchTmp, { recursive: true, force: true });
}
