/**
 * The cost estimate reads DuckDB's own plan: a cross join of the events with themselves is
 * costly (the product of its inputs), a brand's orders are not, and a statement without a plan
 * (a SET) gives no estimate rather than a wrong one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { toRecords } from '../../../src/engine/records';
import { COSTLY_SCAN_ROWS, estimateFromPlan, isCostly, scanEstimate } from '../../../src/lab/cost';
import type { NodeEngine } from '../../support/node-engine';
import { loadSandbox } from '../../support/sandbox';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await loadSandbox(['events', 'orders']);
}, 60_000);

/** As the lab asks: the engine's `explain` option (the one-SELECT gate, then EXPLAIN). */
async function estimate(sql: string) {
  const result = await engine.core.query(sql, { explain: true }).catch(() => null);
  const plan = result ? toRecords(tableFromIPC(result.ipc))[0]?.explain_value : null;
  return typeof plan === 'string' ? estimateFromPlan(plan) : null;
}

describe('the cost estimate', () => {
  it('multiplies the inputs of a cross join', async () => {
    const [{ n }] = (await engine.rows('SELECT count(*)::DOUBLE AS n FROM events')) as [
      { n: number },
    ];
    const cross = await estimate('SELECT count(*) FROM events a, events b;');
    expect(cross).toMatchObject({ rows: n * n, operator: 'CROSS_PRODUCT' });
    expect(isCostly(cross)).toBe(true);
    expect(isCostly(await estimate('SELECT count(*) FROM range(100000) a, range(100000) b'))).toBe(
      true,
    );
  });

  it('passes an ordinary query and says nothing of a statement without a plan', async () => {
    const brand = await estimate('SELECT * FROM orders WHERE brand_id = 3');
    expect(brand?.rows).toBeGreaterThan(0);
    expect(isCostly(brand)).toBe(false);
    expect(await estimate('SET threads = 1')).toBeNull();
    expect(estimateFromPlan('not json')).toBeNull();
  });

  it('never runs what it plans: an injected statement is refused, the table stays', async () => {
    const injected = 'SELECT 1) AS x; DROP TABLE orders; SELECT * FROM (SELECT 1';
    await expect(engine.core.query(injected, { explain: true })).rejects.toMatchObject({
      info: { code: 'sql.not-single-select' },
    });
    expect(await estimate('SELECT 1; DROP TABLE orders')).toBeNull();
    expect(await engine.rows('SELECT count(*)::INTEGER AS n FROM orders')).toEqual([
      { n: expect.any(Number) as number },
    ]);
  });

  it("counts a toolkit panel's tables: asked above 2 亿 rows, with the memory they take", () => {
    const events = { rows: 1.5e8, columns: 15 };
    const orders = { rows: 6e7, columns: 14 };
    const both = scanEstimate([events, orders]);
    expect(both).toEqual({ rows: 2.1e8, operator: 'SCAN', bytes: (1.5e8 * 15 + 6e7 * 14) * 8 });
    expect(isCostly(both)).toBe(true);
    expect(isCostly(scanEstimate([events]))).toBe(false);
    expect(COSTLY_SCAN_ROWS).toBe(2e8);
  });
});
