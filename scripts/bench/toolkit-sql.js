// @ts-check
/**
 * Each toolkit's SQL through every engine, interleaved: its derived tables built afresh, then every
 * panel's query; the total and the derived-table part are timed per run.
 */
import { pairedRatio, roundOrder, summarize } from './stats.js';

/**
 * @param {{ toolkit: string, panel: string, sql: string, derived: { name: string, sql: string }[] }[]} tkQueries
 * @param {Record<string, (sql: string) => Promise<number>>} execs statements, timed
 * @param {Record<string, (sql: string) => Promise<{ ms: number }>>} variants queries, timed
 * @param {number} runs
 */
export async function timeToolkitSql(tkQueries, execs, variants, runs) {
  const toolkitIds = [...new Set(tkQueries.map((q) => q.toolkit))];
  /** @type {Record<string, Record<string, { total: number[], derive: number[] }>>} */
  const tkTimes = Object.fromEntries(
    toolkitIds.map((id) => [
      id,
      Object.fromEntries(Object.keys(execs).map((v) => [v, { total: [], derive: [] }])),
    ]),
  );
  for (let r = 0; r < runs; r++)
    for (const id of toolkitIds) {
      const panels = tkQueries.filter((q) => q.toolkit === id);
      const derived = [
        ...new Map(panels.flatMap((q) => q.derived).map((d) => [d.name, d])).values(),
      ];
      for (const [name, exec] of roundOrder(Object.entries(execs), r)) {
        for (const d of derived) await exec(`DROP TABLE IF EXISTS "${d.name}"`);
        let derive = 0;
        for (const d of derived) derive += await exec(`CREATE TABLE "${d.name}" AS ${d.sql}`);
        let total = derive;
        for (const q of panels) total += (await variants[name]?.(q.sql))?.ms ?? NaN;
        tkTimes[id]?.[name]?.total.push(total);
        tkTimes[id]?.[name]?.derive.push(derive);
      }
    }
  return toolkitIds.map((id) => {
    const t = /** @type {Record<string, { total: number[], derive: number[] }>} */ (tkTimes[id]);
    const s = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, summarize(v.total)]));
    return {
      id,
      panels: tkQueries.filter((q) => q.toolkit === id).length,
      deriveLab: summarize(t.lab?.derive ?? []),
      ...s,
      overhead: pairedRatio(t.lab?.total ?? [], t.raw?.total ?? []),
      wasmVsNative1: pairedRatio(t.raw?.total ?? [], t.native1?.total ?? []),
    };
  });
}
