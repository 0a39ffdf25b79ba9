import { describe, expect, it } from 'vitest';
import { instantiateFrom, keptExportNames } from '../../../src/engine/instantiate';
import { compiledDuckDB, createNodeEngine } from '../../support/node-engine';

describe('starting DuckDB from the linkable exports only', () => {
  it('keeps every export DuckDB links itself against, and drops the C++ symbols', async () => {
    const module = await compiledDuckDB();
    const all = WebAssembly.Module.exports(module).map((e) => e.name);
    const kept = new Set(keptExportNames(module));
    const dropped = all.filter((name) => !kept.has(name));
    // DuckDB's own global offset table: each of these names is resolved from the exports at start.
    const linked = WebAssembly.Module.imports(module)
      .filter((i) => i.module.startsWith('GOT.'))
      .map((i) => i.name);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((name) => !kept.has(name) && all.includes(name))).toEqual([]);
    expect(dropped.every((name) => /^(orig\$)?_Z/.test(name))).toBe(true);
    expect(dropped.length).toBeGreaterThan(all.length * 0.9);
    for (const name of ['duckdb_web_open', 'duckdb_web_query_run', 'malloc', '__cxa_throw'])
      expect(kept, name).toContain(name);
  });

  it('runs queries, and reports DuckDB errors thrown as C++ exceptions', async () => {
    const engine = await createNodeEngine();
    expect(await engine.rows("SELECT 6 * 7 AS n, upper('duck') AS s")).toEqual([
      { n: 42, s: 'DUCK' },
    ]);
    await expect(engine.core.query('SELECT * FROM no_such_table')).rejects.toMatchObject({
      info: { kind: 'sql', name: 'Catalog Error' },
    });
    await expect(engine.core.query("SELECT CAST('x' AS INTEGER)")).rejects.toMatchObject({
      info: { kind: 'sql', name: 'Conversion Error' },
    });
    expect(await engine.rows('SELECT count(*)::INTEGER AS n FROM range(1000)')).toEqual([
      { n: 1000 },
    ]);
  });

  it('rejects instead of waiting forever when the instance cannot be made', async () => {
    // A module that imports the function m.f, which nobody provides.
    const bytes = new Uint8Array([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x02,
      0x07, 0x01, 0x01, 0x6d, 0x01, 0x66, 0x00, 0x00,
    ]);
    const db = {
      instantiateWasm: undefined as unknown as (imports: object, done: () => void) => unknown,
      // What Emscripten does: hand the hook the imports, then wait for `done`.
      instantiate() {
        this.instantiateWasm({}, () => undefined);
        return new Promise<never>(() => undefined);
      },
    };
    await expect(instantiateFrom(db, await WebAssembly.compile(bytes), {})).rejects.toThrow(
      /import/i,
    );
  });
});
