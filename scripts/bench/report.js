// @ts-check
/** The benchmark's printed tables and the headline figures compared between runs (pure). */

/** The medians worth comparing between runs. @param {any} r */
export function headline(r) {
  /** @type {Record<string, number>} */
  const out = {
    'cold first chart ms': r.open.cold.firstChart.median,
    'warm first chart ms': r.open.warm.firstChart.median,
    ...(r.open.warm.allPanels
      ? {
          'returning visit, every panel ms': r.open.warm.allPanels.median,
          'returning visit, every panel fresh ms': r.open.warm.allPanelsFresh.median,
          'returning visit, data fetched MB': r.open.warm.dataBytes.median / 2 ** 20,
        }
      : {}),
    ...(r.open.reload
      ? {
          'reload, every panel ms': r.open.reload.allPanels.median,
          'reload, every panel fresh ms': r.open.reload.allPanelsFresh.median,
        }
      : {}),
    'lab ingest ms': r.ingest.lab.ms,
  };
  for (const q of r.queries) out[`${q.id} lab ms`] = q.lab.median;
  for (const q of r.toolkitSql ?? []) out[`toolkit ${q.id} lab ms`] = q.lab.median;
  if (r.toolkitUi) {
    out['toolkit filter change ms'] = r.toolkitUi.filterChange.median;
    out['toolkit link cold ms'] = r.toolkitUi.reopen.cold.allDrawn.median;
    if (r.toolkitUi.linkInRunningLab)
      out['toolkit link in running lab ms'] = r.toolkitUi.linkInRunningLab.median;
    if (r.toolkitUi.linkInRunningLabReturning)
      out['toolkit link in running lab, returning ms'] =
        r.toolkitUi.linkInRunningLabReturning.median;
  }
  if (r.fileIngest) {
    out['file input ingest ms'] = r.fileIngest.lab.median;
    out['file input / raw ingest'] = r.fileIngest.ratio;
    if (r.fileIngest.warm) out['warm engine / raw ingest'] = r.fileIngest.warm.ratio;
  }
  if (r.memory?.wasmSixToolkits)
    out['wasm memory, six toolkits MB'] = r.memory.wasmSixToolkits.totalBytes / 2 ** 20;
  return out;
}

export const fmt = (/** @type {number} */ v) =>
  Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–';
const mb = (/** @type {number} */ b) => `${(b / 2 ** 20).toFixed(1)} MB`;

/** The result as tables on stdout. @param {any} r @param {(line: string) => void} log */
export function report(r, log) {
  log(
    `\n${r.machine.model} · ${r.machine.cpus} cores · ${r.versions.chromium} · duckdb-wasm ${r.versions.duckdbWasm} · native ${r.versions.nativeDuckdb}`,
  );
  log('\nopening the lab (ms since navigation; median / p95)');
  log(
    `  ${''.padEnd(8)} ${'engine ready'.padStart(16)} ${'data ready'.padStart(16)} ${'first chart'.padStart(16)} ${'every panel'.padStart(16)} ${'every panel fresh'.padStart(18)} ${'data fetched'.padStart(13)}`,
  );
  const cell = (/** @type {{ median: number, p95: number } | undefined} */ s, width = 16) =>
    (s ? `${fmt(s.median)} / ${fmt(s.p95)}` : '–').padStart(width);
  for (const kind of ['cold', 'warm', 'reload']) {
    const o = r.open[kind];
    if (!o) continue;
    log(
      `  ${kind.padEnd(8)} ${cell(o.engineReady)} ${cell(o.demoReady)} ${cell(o.firstChart)} ${cell(o.allPanels)} ${cell(o.allPanelsFresh, 18)} ${(o.dataBytes ? mb(o.dataBytes.median) : '–').padStart(13)}`,
    );
  }
  log(
    "  (warm: a returning visit to the first screen's demo lab after a browser restart; reload: the same in a running browser. Their first chart and every panel may be results kept from the last visit, marked as refreshing)",
  );
  log(`\ningest (${r.data.rows.toLocaleString('en')} rows, ${mb(r.data.parquetBytes)} Parquet)`);
  for (const [k, v] of Object.entries(r.ingest))
    log(
      `  ${k.padEnd(8)} ${fmt(v.ms).padStart(8)} ms  ${(v.rowsPerSec / 1e6).toFixed(2)} M rows/s${v.mbPerSec ? `  ${v.mbPerSec.toFixed(1)} MB/s` : ''}`,
    );
  if (r.fileIngest) {
    const f = r.fileIngest;
    log(
      `\na user's file through the file input (${f.rows.toLocaleString('en')} rows, ${mb(f.bytes)} Parquet; median / p95)`,
    );
    log(
      `  first file in a fresh browser: lab file input ${fmt(f.lab.median)} / ${fmt(f.lab.p95)} ms`,
    );
    log(
      `                                 raw            ${fmt(f.raw.median)} / ${fmt(f.raw.p95)} ms   lab/raw ${f.ratio.toFixed(2)}×`,
    );
    if (f.warm)
      log(
        `  warm page, engine alone: lab ${fmt(f.warm.lab.median)} / ${fmt(f.warm.lab.p95)} ms, raw ${fmt(f.warm.raw.median)} / ${fmt(f.warm.raw.p95)} ms   lab/raw ${f.warm.ratio.toFixed(2)}×`,
      );
    log(
      `  Parquet reader peak memory ${f.readerPeakBytes === null ? '–' : mb(f.readerPeakBytes)}, DuckDB ${f.engineBytes === null ? '–' : mb(f.engineBytes)}`,
    );
  }
  log(
    '\nqueries (ms, median / p95)         lab              raw wasm         native 1T        native all     lab/raw  wasm/native1',
  );
  for (const q of r.queries)
    log(
      `  ${q.id.padEnd(16)} ${['lab', 'raw', 'native1', 'nativeN'].map((k) => `${fmt(q[k].median)} / ${fmt(q[k].p95)}`.padStart(16)).join(' ')} ${q.overhead.toFixed(2).padStart(8)}× ${q.wasmVsNative1.toFixed(2).padStart(8)}×`,
    );
  log(
    '\ntoolkit SQL (derived tables + every panel; ms, median / p95)   lab              raw wasm         native 1T        native all     lab/raw  wasm/native1',
  );
  for (const q of r.toolkitSql)
    log(
      `  ${`${q.id} (${q.panels} panels, derive ${fmt(q.deriveLab.median)})`.padEnd(40)} ${['lab', 'raw', 'native1', 'nativeN'].map((k) => `${fmt(q[k].median)} / ${fmt(q[k].p95)}`.padStart(16)).join(' ')} ${q.overhead.toFixed(2).padStart(8)}× ${q.wasmVsNative1.toFixed(2).padStart(8)}×`,
    );
  const ui = r.toolkitUi;
  log('\ntoolkits in the lab (ms, median / p95)');
  for (const [id, v] of Object.entries(ui.open))
    log(`  open ${id.padEnd(12)} every panel drawn  ${fmt(v.median)} / ${fmt(v.p95)}`);
  for (const [id, v] of Object.entries(ui.filterChangeOne ?? {}))
    log(
      `  crowd filter change, ${id} alone: every panel redrawn  ${fmt(v.median)} / ${fmt(v.p95)}`,
    );
  log(
    `  crowd filter change, all ${ui.toolkits ?? 6} toolkits in one lab: every panel redrawn  ${fmt(ui.filterChange.median)} / ${fmt(ui.filterChange.p95)}`,
  );
  if (ui.linkInRunningLab)
    log(
      `  a link of all ${ui.toolkits ?? 6} toolkits opened in a running lab (data loaded), first visit: every panel drawn  ${fmt(ui.linkInRunningLab.median)} / ${fmt(ui.linkInRunningLab.p95)}`,
    );
  if (ui.linkInRunningLabReturning)
    log(
      `  the same, returning visitor (files and compiled code cached): every panel drawn  ${fmt(ui.linkInRunningLabReturning.median)} / ${fmt(ui.linkInRunningLabReturning.p95)}`,
    );
  for (const kind of ['cold', 'warm'])
    log(
      `  shared link (${ui.linkLength} chars) reopened ${kind}: first toolkit chart ${fmt(ui.reopen[kind].firstChart.median)} / ${fmt(ui.reopen[kind].firstChart.p95)}, every panel ${fmt(ui.reopen[kind].allDrawn.median)} / ${fmt(ui.reopen[kind].allDrawn.p95)} (since navigation)`,
    );
  log(
    `\nmemory: peak browser RSS ${mb(r.memory.peakBrowserRssBytes)}, lab JS heap ${mb(r.memory.labJsHeapBytes)}`,
  );
  for (const [what, peak] of [
    ['all data loaded', r.memory.wasmDataLoaded],
    ['every-toolkit link drawn', r.memory.wasmSixToolkits],
  ])
    if (peak)
      log(
        `  wasm memory, ${what}: ${mb(peak.totalBytes)} (DuckDB ${mb(peak.engineBytes)}, of which it used at most ${peak.inUseBytes == null ? '–' : mb(peak.inUseBytes)}; Parquet reader ${mb(peak.readerBytes)}); with the JS heap ${mb(peak.totalBytes + r.memory.labJsHeapBytes)}`,
      );
  log(
    `bundle: initial JS+CSS ${(r.bundle.initialJsCssGzip / 1024).toFixed(0)} KB gzip; wasm ${r.bundle.wasm.map((/** @type {any} */ w) => `${w.file.replace(/-[\w-]{8}\.wasm$/, '.wasm')} ${mb(w.bytes)} (gzip ${mb(w.gzip)}, br ${mb(w.brotli)}, precompressed: ${w.precompressed})`).join('; ')}`,
  );
}
