/** The lab's engine on DuckDB-WASM's Node build (shared with `npm run alerts`). */
export * from '../../scripts/lib/node-engine';
