// @ts-check
/**
 * A user's own file through the lab's file input, beside the same file loaded the raw way in the
 * bench page (parquet-wasm decodes it whole, DuckDB-WASM inserts the Arrow), interleaved. The file
 * is flights-like, written by native DuckDB: 3M rows, five columns, DuckDB's row groups. Also
 * reports the Parquet reader's peak memory in the lab for that file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { flightsSelect } from '../lib/flights.js';
import { launch, wasmMemoryAfter } from './chrome.js';
import { interleave, largerPeak, pairedRatio, summarize } from './stats.js';

export const FLIGHTS_ROWS = 3_000_000;

/** @param {string} target */
async function writeFlights(target) {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run(`COPY (${flightsSelect(FLIGHTS_ROWS)}) TO '${target}' (FORMAT parquet)`);
}

/**
 * A bench page in a browser of its own (`profile`), the raw way's engine started (and the lab's
 * `withLab`), with `file` picked in a file input whose id is returned.
 * @param {string} url @param {string} profile @param {string} file @param {boolean} withLab
 */
async function benchPageWithFile(url, profile, file, withLab) {
  const context = await launch(profile);
  const bench = context.pages()[0] ?? (await context.newPage());
  await bench.goto(`${url}bench/`);
  await bench.waitForFunction(() => document.title === 'bench ready');
  if (withLab) await bench.evaluate(() => /** @type {any} */ (globalThis).bench.startLab());
  await bench.evaluate(() => /** @type {any} */ (globalThis).bench.startRaw());
  await bench.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'picked-file';
    document.body.append(input);
  });
  await bench.setInputFiles('#picked-file', file);
  return { context, bench, inputId: 'picked-file' };
}

/**
 * @param {string} url the lab's address @param {string} tmp @param {number} runs
 * @param {(line: string) => void} log
 */
export async function measureFileIngest(url, tmp, runs, log) {
  const file = path.join(tmp, 'flights.parquet');
  await writeFlights(file);
  const bytes = fs.statSync(file).size;
  log(
    `file ingest: flights.parquet, ${FLIGHTS_ROWS.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB`,
  );

  /** @type {{ lab: number[], raw: number[] }} */
  const times = { lab: [], raw: [] };
  /** @type {ReturnType<typeof largerPeak>} */
  let reader = null;
  for (const kind of interleave(['lab', 'raw'], runs)) {
    // Both ways are timed on the first file of a fresh browser, each with its engine and Parquet
    // reader started: a warm page loads the same file in about half the time (JIT and the wasm
    // tiers warm), which made the raw way's median a warm one beside the lab's cold ones.
    if (kind === 'raw') {
      const { context, bench, inputId } = await benchPageWithFile(
        url,
        fs.mkdtempSync(path.join(tmp, 'file-ingest-raw-')),
        file,
        false,
      );
      times.raw.push(
        await bench.evaluate(
          (id) => /** @type {any} */ (globalThis).bench.loadRawFile(id),
          inputId,
        ),
      );
      await context.close();
      continue;
    }
    const context = await launch(fs.mkdtempSync(path.join(tmp, 'file-ingest-lab-')));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}?demo=off`);
    await page.waitForFunction(() => performance.getEntriesByName('lab:engine-ready').length > 0);
    const started = await page.evaluate(() => performance.now());
    await page.getByLabel(/添加文件|Add files/).setInputFiles(file);
    const ready = await page
      .waitForFunction(
        () => performance.getEntriesByName('lab:dataset-ready:flights')[0]?.startTime ?? false,
        null,
        { timeout: 600_000 },
      )
      .then((h) => /** @type {Promise<number>} */ (h.jsonValue()));
    times.lab.push(ready - started);
    reader = largerPeak(reader, await wasmMemoryAfter(page, ready));
    await context.close();
  }

  // Warm: the lab's engine alone (no page, no catalog) and the raw way in one page, the first
  // load of each dropped: what the engine path costs once the code is warm.
  const warm = { lab: /** @type {number[]} */ ([]), raw: /** @type {number[]} */ ([]) };
  {
    const { context, bench, inputId } = await benchPageWithFile(
      url,
      path.join(tmp, 'file-ingest-warm'),
      file,
      true,
    );
    for (const [i, kind] of interleave(['lab', 'raw'], runs + 1).entries()) {
      const ms = await bench.evaluate(
        ({ k, id }) =>
          k === 'lab'
            ? /** @type {any} */ (globalThis).bench.loadLabFile(id)
            : /** @type {any} */ (globalThis).bench.loadRawFile(id),
        { k: kind, id: inputId },
      );
      if (i >= 2) warm[kind === 'lab' ? 'lab' : 'raw'].push(ms);
    }
    await context.close();
  }
  return {
    warm: {
      lab: summarize(warm.lab),
      raw: summarize(warm.raw),
      ratio: pairedRatio(warm.lab, warm.raw),
    },
    rows: FLIGHTS_ROWS,
    bytes,
    lab: summarize(times.lab),
    raw: summarize(times.raw),
    ratio: pairedRatio(times.lab, times.raw),
    readerPeakBytes: reader?.readerBytes ?? null,
    engineBytes: reader?.engineBytes ?? null,
  };
}
