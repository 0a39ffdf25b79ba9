import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryContext } from '../../../src/panel/context';
import { NO_FILTERS } from '../../../src/panel/filters';
import { parseParams } from '../../../src/panel/params';
import { getPanel } from '../../../src/panel/registry';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';

const schema = {
  tables: {
    events: [
      { name: 'consumer_id', type: 'INTEGER' },
      { name: 'event_type', type: 'VARCHAR' },
    ],
  },
};

describe('the funnel panel', () => {
  let engine: NodeEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
    // 1: exposure → click → cart; 2: exposure → click; 3: click and cart without an exposure;
    // 4: exposure only; 5: cart only.
    await engine.core.exec(`CREATE TABLE events AS SELECT * FROM (VALUES
      (1, 'exposure'), (1, 'click'), (1, 'cart'), (2, 'exposure'), (2, 'click'), (2, 'click'),
      (3, 'click'), (3, 'cart'), (4, 'exposure'), (5, 'cart')) t(consumer_id, event_type)`);
  }, 60_000);

  const run = async (mode: string) => {
    const funnel = getPanel('funnel')!;
    const parsed = parseParams(funnel, { stages: 'exposure, click, cart', mode }, schema);
    expect(parsed.ok).toBe(true);
    const sql = funnel.buildQuery(parsed.params as never, createQueryContext(schema, NO_FILTERS));
    return (await engine.rows(sql!)).map((r) => [r.stage, r.n, r.step_rate]);
  };

  it('counts in order by default: each stage a subset of the one before, no rate above 100 %', async () => {
    expect(await run('ordered')).toEqual([
      ['exposure', 3, null],
      ['click', 2, 2 / 3],
      ['cart', 1, 0.5],
    ]);
  });

  it('counts each stage on its own when asked (as version 1 did): cart can exceed click', async () => {
    expect(await run('independent')).toEqual([
      ['exposure', 3, null],
      ['click', 3, 1],
      ['cart', 3, 1],
    ]);
  });
});
