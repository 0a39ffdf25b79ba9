/**
 * The pivot panel on a hand-checked fixture: cells, the totals row and column (an average's total is
 * the average of all rows, not of the cells), names for ids, periods for dates, past the limits one
 * "other" header, and the table as shown (headers in the reader's language, totals pinned last).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createQueryContext } from '../../../src/panel/context';
import { NO_FILTERS } from '../../../src/panel/filters';
import { parseParams } from '../../../src/panel/params';
import { getPanel } from '../../../src/panel/registry';
import { createNodeEngine, type NodeEngine } from '../../support/node-engine';
import { plotData } from '../../support/panels';

const schema = {
  tables: {
    orders: [
      { name: 'brand_id', type: 'INTEGER' },
      { name: 'crowd', type: 'VARCHAR' },
      { name: 'dt', type: 'DATE' },
      { name: 'pay_amount', type: 'DOUBLE' },
      { name: 'status', type: 'VARCHAR' },
    ],
    brands: [
      { name: 'brand_id', type: 'INTEGER' },
      { name: 'name', type: 'VARCHAR' },
      { name: 'name_en', type: 'VARCHAR' },
    ],
  },
};

describe('the pivot panel', () => {
  let engine: NodeEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
    // Brand 1 (花西子): A 10 + A 20 + B 30; brand 2 (完美日记): A 40 + a NULL crowd 50;
    // brand 3 (no name): B 60. An unpaid order of 1000 that the default condition leaves out.
    await engine.core
      .exec(`CREATE TABLE brands AS SELECT * FROM (VALUES (1, '花西子', 'Florasis'), (2, '完美日记', NULL)) t(brand_id, name, name_en);
      CREATE TABLE orders AS SELECT brand_id, crowd, CAST(dt AS DATE) AS dt, pay_amount, status FROM (VALUES
      (1, 'A', '2025-01-05', 10.0, 'paid'), (1, 'A', '2025-01-20', 20.0, 'paid'),
      (1, 'B', '2025-02-03', 30.0, 'paid'), (2, 'A', '2025-02-10', 40.0, 'refunded'),
      (2, NULL, '2025-03-01', 50.0, 'paid'), (3, 'B', '2025-03-15', 60.0, 'paid'),
      (1, 'A', '2025-03-16', 1000.0, 'unpaid')) t(brand_id, crowd, dt, pay_amount, status)`);
  }, 60_000);

  const pivot = getPanel('pivot')!;
  const run = async (params: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'zh-CN') => {
    const parsed = parseParams(pivot, params, schema);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    const context = createQueryContext(schema, NO_FILTERS, locale);
    const sql = pivot.buildQuery(parsed.params as never, context)!;
    const data = await plotData(engine, sql);
    const table = pivot.buildTable!(parsed.params as never, { ...data, width: 600, locale });
    const grid = (rows: typeof table.rows) =>
      rows.map((r) => table.columns.map((c) => r[c.name] ?? null));
    return {
      headers: table.columns.map((c) => c.label),
      rows: grid(table.rows),
      footer: table.footer ? grid([table.footer])[0] : null,
    };
  };

  it('sums brand × crowd with names for ids, columns by total, totals both ways', async () => {
    expect(await run({})).toEqual({
      // Columns by total: B 90, A 70, ∅ 50.
      headers: ['brand_id ╲ crowd', 'B', 'A', '∅', '合计'],
      // Rows by total, largest first; ties by header (3 before 花西子 as text).
      rows: [
        ['完美日记', null, 40, 50, 90],
        ['3', 60, null, null, 60],
        ['花西子', 30, 30, null, 60],
      ],
      footer: ['合计', 90, 70, 50, 210],
    });
  });

  it('names brands in English from name_en, keeping the own name where there is none', async () => {
    const { rows } = await run({ columns: '' }, 'en');
    expect(rows.map((r) => r[0])).toEqual(['完美日记', '3', 'Florasis']);
  });

  it("totals an average over the rows themselves, not over the cells' averages", async () => {
    const { rows, footer } = await run({ aggregate: 'avg', columns: '' }, 'en');
    // 花西子 (10+20+30)/3 = 20; 完美日记 (40+50)/2 = 45; 3: 60; all six rows: 210/6 = 35 (the cells' mean would be 41.7).
    expect(rows).toEqual([
      ['3', 60],
      ['完美日记', 45],
      ['Florasis', 20], // 花西子, by its English name
    ]);
    expect(footer).toEqual(['Total', 35]);
  });

  it('names the only measure when there is no column field', async () => {
    const { headers } = await run({ aggregate: 'avg', columns: '' }, 'en');
    expect(headers).toEqual(['brand_id', 'Average of pay_amount']);
  });

  it('shows dates as periods in order and adds up what is past the limits as "other"', async () => {
    const result = await run(
      { rows: 'dt', columns: 'brand_id', sort: 'label', maxColumns: 1, whereColumn: '' },
      'en',
    );
    // Columns in header order: 3, 完美日记, 花西子; one column kept ("3"), the rest are "Other".
    expect(result.headers).toEqual(['dt ╲ brand_id', '3', 'Other', 'Total']);
    expect(result.rows).toEqual([
      ['2025-01', null, 30, 30],
      ['2025-02', null, 70, 70],
      ['2025-03', 60, 1050, 1110],
    ]);
    expect(result.footer).toEqual(['Total', 60, 1150, 1210]);
  });
});
