/**
 * The cost estimate reads DuckDB's own plan: a cross join of the events with themselves is
 * costly (the product of its inputs), a brand's orders are not, and a statement without a plan
 * (a SET) gives no estimate rather than a wrong one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExplainSql, estimateFromPlan, isCostly } from '../../../src/lab/cost';
import type { NodeEngine } from '../../support/node-engine';
import { loadSandbox } from '../../support/sandbox';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await loadSandbox(['events', 'orders']);
}, 60_000);

async function estimate(sql: string) {
  const rows = await engine.rows(buildExplainSql(sql)).catch(() => []);
  const plan = rows[0]?.explain_value;
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
});
