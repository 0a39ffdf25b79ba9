/**
 * The query service: how panel and alert queries reach the engine. It builds the derived tables a
 * query reads (once per distinct SQL and data, shared by every panel and alert), caches results by
 * SQL and the versions of the tables read, and schedules: what the user looks at first, background
 * work (alerts) once the panels on screen have their answers. No UI: the lab and Node tests create
 * it over any engine with `query` and `exec`.
 */
import { PANEL_QUERY, type DecodedResult } from '../engine/client';
import type { DerivedTable } from '../panel/context';
import { ident } from '../sql/quote';
import { createRunner } from './runner';

/** The engine calls the service needs (the worker client in the lab, DuckDB-WASM in Node tests). */
export interface QueryEngine {
  query(
    sql: string,
    options: { signal?: AbortSignal; maxRows: number; readOnly: boolean },
  ): Promise<DecodedResult>;
  exec(sql: string): Promise<void>;
}

/** A query as a panel or alert built it: its SQL, the derived tables first, the tables it reads. */
export interface QueryRequest {
  sql: string;
  derived: readonly DerivedTable[];
  tables: readonly string[];
}

export interface QueryService {
  run(
    request: QueryRequest,
    signal?: AbortSignal,
    options?: { background?: boolean },
  ): Promise<DecodedResult>;
  /** What a result of these tables depends on: their versions (changes when any is reloaded). */
  signature(tables: readonly string[]): string;
  /** Forget cached results and derived tables (after a restart of the engine). */
  clear(): void;
}

const DERIVED_CAP = 32;

export function createQueryService(
  engine: QueryEngine,
  versionOf: (table: string) => number | undefined,
): QueryService {
  const runner = createRunner<DecodedResult>((sql, signal) =>
    engine.query(sql, { signal, ...PANEL_QUERY }),
  );
  /** Derived tables built (or being built), by name, oldest first. */
  const derived = new Map<string, { ready: Promise<void>; signature: string }>();
  const signature = (tables: readonly string[]) =>
    tables.map((t) => `${t}@${versionOf(t) ?? '-'}`).join(',');

  function drop(names: string[]): void {
    for (const name of names) {
      derived.delete(name);
      void engine.exec(`DROP TABLE IF EXISTS ${ident(name)}`).catch(() => undefined);
    }
  }

  /**
   * Build the tables a query reads; a table whose source data changed since is built again. They
   * are lab-authored toolkit SQL over the lab's own tables, so they run as statements. Beyond the
   * cap, the oldest tables no current request needs are dropped. Every statement is sent at once,
   * in order, and the engine runs them first in, first out: a drop runs before the build that
   * replaces it, and a query sent right after runs after its tables are built.
   */
  function ensureDerived(tables: readonly DerivedTable[]): Promise<void> {
    const builds = tables.map((table) => {
      const sig = signature(table.reads);
      const entry = derived.get(table.name);
      if (entry?.signature === sig) return entry.ready;
      if (entry) drop([table.name]);
      const ready = engine.exec(`CREATE TABLE IF NOT EXISTS ${ident(table.name)} AS ${table.sql}`);
      const mine = { ready, signature: sig };
      derived.set(table.name, mine);
      ready.catch(() => derived.get(table.name) === mine && derived.delete(table.name));
      return ready;
    });
    const spare = [...derived.keys()].filter((n) => !tables.some((t) => t.name === n));
    if (derived.size > DERIVED_CAP) drop(spare.slice(0, derived.size - DERIVED_CAP));
    return Promise.all(builds).then(() => undefined);
  }

  /** Queries sent and not answered yet; background work waits until there are none. */
  let foreground = 0;
  const idle: (() => void)[] = [];
  /** Panels mounted in the same update have sent their queries by the next task. */
  async function foregroundAnswered(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (foreground > 0) await new Promise<void>((resolve) => idle.push(resolve));
  }

  async function answer(request: QueryRequest, signal?: AbortSignal): Promise<DecodedResult> {
    const built = ensureDerived(request.derived);
    const key = `${request.sql}\n${signature(request.tables)}`;
    const result = runner.run(request.sql, signal, key);
    result.catch(() => undefined);
    // A table that failed to build explains the failure better than the query that reads it.
    await built;
    return result;
  }

  return {
    signature,
    clear() {
      runner.clear();
      derived.clear();
    },
    async run(request, signal, options = {}) {
      if (options.background) await foregroundAnswered();
      foreground++;
      try {
        return await answer(request, signal);
      } finally {
        if (--foreground === 0) for (const resolve of idle.splice(0)) resolve();
      }
    },
  };
}
