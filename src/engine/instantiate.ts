/**
 * Starting DuckDB-WASM from a module the lab compiled itself, with only the exports anything can
 * use. The browser worker and the Node engine of the unit tests start DuckDB through this one path,
 * so every unit test runs on the same instance the lab runs.
 */

/** A C++ symbol's exported name (`_Z…`), or its `orig$` twin that keeps 64-bit integers whole. */
const CXX_SYMBOL = /^(orig\$)?_Z/;

/**
 * The instance with its C++-mangled exports left out: 72,000 of DuckDB's 75,000. DuckDB is built
 * to load extensions as side modules, so it exports every symbol, and Emscripten's start-up code
 * gives each export a linker entry (a WebAssembly.Global, a function-table slot) and copies the list
 * several times: 0.3 s of every engine start in Chromium, on the worker's only thread. Only a side
 * module links against C++ symbols, and the lockdown forbids extensions. Everything the glue,
 * duckdb-wasm and DuckDB's own imports look up by name is a C name (a unit test checks the
 * imports), so they keep every C-named export.
 */
export function linkableOnly(instance: WebAssembly.Instance): WebAssembly.Instance {
  const exports = Object.fromEntries(
    Object.entries(instance.exports).filter(([name]) => !CXX_SYMBOL.test(name)),
  );
  return { exports };
}

/** The exported names of `module` that {@link linkableOnly} keeps. */
export function keptExportNames(module: WebAssembly.Module): string[] {
  return WebAssembly.Module.exports(module)
    .map((e) => e.name)
    .filter((name) => !CXX_SYMBOL.test(name));
}

/** What duckdb-wasm's bindings call to instantiate (Emscripten's `instantiateWasm` hook). */
type InstantiateHook = (
  imports: WebAssembly.Imports,
  done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
) => unknown;

/**
 * Instantiate `db` (duckdb-wasm bindings, not yet instantiated) from `module`; resolves to the wasm
 * memory DuckDB runs in (null if the glue hands none in). `runtime` is the duckdb-wasm runtime its
 * imports call into, which its own loader would set. Rejects when the instance cannot be made or
 * the glue fails to take it, where the Emscripten hook alone would leave the start waiting forever.
 */
export async function instantiateFrom(
  db: { instantiate(progress: () => void): Promise<unknown> },
  module: WebAssembly.Module,
  runtime: object,
): Promise<WebAssembly.Memory | null> {
  let memory: WebAssembly.Memory | null = null;
  let failed: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const instantiateWasm: InstantiateHook = (imports, done) => {
    Object.assign(globalThis, { DUCKDB_RUNTIME: runtime });
    const given = imports.env?.memory;
    if (given instanceof WebAssembly.Memory) memory = given;
    WebAssembly.instantiate(module, imports)
      .then((instance) => done(linkableOnly(instance), module))
      .catch(failed);
    return [];
  };
  Object.assign(db, { instantiateWasm });
  await Promise.race([db.instantiate(() => {}), failure]);
  return memory;
}
