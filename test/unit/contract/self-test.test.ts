/**
 * The self-test: every data check and every toolkit invariant passes on the sandbox (for each
 * toolkit's examples); a planted defect (a duplicated order id, a refund above its payment) fails
 * the checks that name it, with the offending rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSelfTest, type SelfTestItem } from '../../../src/lab/self-test';
import { toRecords } from '../../../src/engine/records';
import { ident } from '../../../src/sql/quote';
import { TOOLKITS } from '../../../src/panel/registry';
import type { NodeEngine } from '../../support/node-engine';
import { readSchema } from '../../support/panels';
import { loadSandbox } from '../../support/sandbox';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await loadSandbox();
}, 60_000);

async function offending(item: SelfTestItem) {
  for (const d of item.derived)
    await engine.core.exec(`CREATE TABLE IF NOT EXISTS ${ident(d.name)} AS ${d.sql}`);
  return toRecords(await engine.table(item.sql!));
}

describe('the self-test', () => {
  it('passes on the sandbox: every data check and every invariant of every toolkit example', async () => {
    const items = buildSelfTest(await readSchema(engine), []);
    expect(items.filter((i) => i.needs.length).map((i) => i.id)).toEqual([]);
    const failed: string[] = [];
    for (const item of items) {
      const rows = await offending(item);
      const [checked] = await engine.rows(`SELECT count(*)::INTEGER AS n FROM (${item.checked})`);
      if (!checked?.n) failed.push(`${item.id} (${item.on?.en ?? ''}) checked no rows`);
      if (rows.length)
        failed.push(`${item.id} (${item.on?.en ?? ''}): ${JSON.stringify(rows.slice(0, 2))}`);
    }
    expect(failed).toEqual([]);
    // Every toolkit ships at least one invariant, run on each of its examples.
    for (const toolkit of TOOLKITS.values())
      expect(
        items.filter((i) => i.subject === toolkit.id).length,
        toolkit.id,
      ).toBeGreaterThanOrEqual(toolkit.examples.length);
  }, 120_000);

  it('fails on a planted defect and names the offending rows', async () => {
    await engine.core.exec(`CREATE TABLE defect AS SELECT * FROM orders;
      INSERT INTO defect SELECT * FROM orders WHERE order_id = 7;
      UPDATE defect SET refund_amount = pay_amount + 50 WHERE order_id = 11;
      ALTER TABLE orders RENAME TO orders_ok; ALTER TABLE defect RENAME TO orders;`);
    try {
      const items = buildSelfTest(await readSchema(engine), []);
      const run = async (id: string) => offending(items.find((i) => i.id === id)!);
      expect(await run('orders.unique')).toEqual([{ order_id: 7, rows: 2 }]);
      const refunds = await run('orders.refund-within-payment');
      expect(refunds.map((r) => r.order_id)).toEqual([11]);
      expect(await run('orders.status.codes')).toEqual([]);
    } finally {
      await engine.core.exec('DROP TABLE orders; ALTER TABLE orders_ok RENAME TO orders;');
    }
  });
});
