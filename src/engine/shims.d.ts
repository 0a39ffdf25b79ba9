/** The browser blocking build of DuckDB-WASM, aliased in vite.config.ts (same API as the Node one). */
declare module 'duckdb-wasm-browser-blocking' {
  export * from '@duckdb/duckdb-wasm/dist/types/src/targets/duckdb-browser-blocking';
}
