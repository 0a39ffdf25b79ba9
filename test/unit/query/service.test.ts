/** The query service on the real engine: derived tables built once, results keyed by table versions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryContext } from '../../../src/panel/context';
import { NO_FILTERS } from '../../../src/panel/filters';
import { createQueryService } from '../../../src/query/service';
import { createNodeEngine, queryEngineOf, type NodeEngine } from '../../support/node-engine';
import { readSchema } from '../../support/panels';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.core
    .exec(`CREATE TABLE orders AS SELECT range AS id, range % 3 AS brand_id FROM range(30);
    CREATE TABLE brands AS SELECT range AS brand_id FROM range(3);`);
});

/** Two panels' requests that share one derived table of orders per brand. */
async function requests() {
  const schema = await readSchema(engine);
  const build = (measure: string) => {
    const ctx = createQueryContext(schema, NO_FILTERS);
    const perBrand = ctx.derive(
      `SELECT brand_id, count(*) AS n FROM ${ctx.from('orders', 'o')} GROUP BY ALL`,
    );
    const sql = `SELECT ${measure} AS v FROM ${perBrand}`;
    return { sql, derived: ctx.derived, tables: ctx.readsOf(sql) };
  };
  return [build('sum(n)::INTEGER'), build('max(n)::INTEGER')] as const;
}

describe('query service', () => {
  it('records the tables a query reads through from() and its derived tables', async () => {
    const [a] = await requests();
    expect(a.tables).toEqual(['orders']);
    expect(a.derived[0]?.reads).toEqual(['orders']);
  });

  it('builds a shared derived table once, answers the same SQL once, and rebuilds when its data changes', async () => {
    const versions: Record<string, number> = { orders: 1, brands: 1 };
    const calls = queryEngineOf(engine);
    const service = createQueryService(calls, (t) => versions[t]);
    const [a, b] = await requests();
    const [ra, rb, again] = await Promise.all([service.run(a), service.run(b), service.run(a)]);
    expect(ra.table.getChild('v')?.get(0)).toBe(30);
    expect(rb.table.getChild('v')?.get(0)).toBe(10);
    expect(again).toBe(ra);
    expect(calls.seen.execs.filter((s) => s.startsWith('CREATE'))).toHaveLength(1);
    expect(calls.seen.queries).toHaveLength(2);

    // Another table changing re-runs nothing.
    versions.brands = 2;
    expect(await service.run(a)).toBe(ra);
    expect(calls.seen.queries).toHaveLength(2);

    // The table it reads changing rebuilds the derived table and asks again.
    await engine.core.exec('INSERT INTO orders VALUES (30, 0)');
    versions.orders = 2;
    const fresh = await service.run(a);
    expect(fresh.table.getChild('v')?.get(0)).toBe(31);
    expect(calls.seen.execs.filter((s) => s.startsWith('DROP'))).toHaveLength(1);
    expect(calls.seen.execs.filter((s) => s.startsWith('CREATE'))).toHaveLength(2);
  });

  it('answers background work after the foreground queries sent with it', async () => {
    const service = createQueryService(queryEngineOf(engine), () => 1);
    const order: string[] = [];
    const [a, b] = await requests();
    await Promise.all([
      service.run(b, undefined, { background: true }).then(() => order.push('alert')),
      service.run(a).then(() => order.push('panel')),
    ]);
    expect(order).toEqual(['panel', 'alert']);
  });
});
