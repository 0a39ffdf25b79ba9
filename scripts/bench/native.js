// @ts-check
/** Native DuckDB (@duckdb/node-api) on the same Parquet files: the baseline for WASM/native ratios. */
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * @param {{ threads: number, tables: { table: string, path: string }[] }} options
 */
export async function openNative({ threads, tables }) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const conn = await instance.connect();
  const started = performance.now();
  for (const t of tables)
    await conn.run(
      `CREATE TABLE "${t.table}" AS SELECT * FROM read_parquet('${t.path.replaceAll("'", "''")}')`,
    );
  const ingestMs = performance.now() - started;
  const version = String(
    (await conn.runAndReadAll('SELECT version() AS v')).getRowObjects()[0]?.v ?? '',
  );
  return {
    threads,
    ingestMs,
    version,
    /** @param {string} sql */
    async query(sql) {
      const t0 = performance.now();
      const reader = await conn.runAndReadAll(sql);
      return { ms: performance.now() - t0, rows: reader.currentRowCount };
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
