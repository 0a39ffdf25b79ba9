/**
 * A provider's own export (Chinese headers, orders and lines in one table, dates as text, Chinese
 * statuses; see test/support/provider-export.ts) is mapped by the proposal with the corrections
 * listed here, and every toolkit panel then gives the same rows as on the sandbox's own schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeMapping, type UserTable } from '../../../src/contract/propose';
import { buildSampleValuesSql, isTextType } from '../../../src/contract/samples';
import { buildContractView, buildCreateViewSql, buildOriginSql } from '../../../src/contract/views';
import type { DataMapping } from '../../../src/contract/mapping';
import { TOOLKITS } from '../../../src/panel/registry';
import type { NodeEngine } from '../../support/node-engine';
import { EXPORT_TABLES, providerExportSql } from '../../support/provider-export';
import { loadSandbox, readJson, type Manifest } from '../../support/sandbox';
import { runToolkitPanel } from '../../support/toolkits';

let sandbox: NodeEngine;
let mapped: NodeEngine;
let mapping: DataMapping;

async function userTables(engine: NodeEngine): Promise<UserTable[]> {
  const tables: UserTable[] = [];
  for (const name of Object.keys(EXPORT_TABLES)) {
    const columns = (await engine.rows(
      `SELECT column_name AS name, column_type AS type FROM (DESCRIBE "${name}")`,
    )) as { name: string; type: string }[];
    const samples: Record<string, string[]> = {};
    for (const c of columns)
      if (isTextType(c.type)) {
        const [row] = await engine.rows(buildSampleValuesSql(name, c.name));
        samples[c.name] = [...((row?.values as string[] | null) ?? [])];
      }
    tables.push({ name, columns, samples });
  }
  return tables;
}

/** Sums over rows in another order differ in the last bits: numbers compared to 9 digits. */
const rounded = (rows: unknown[]) =>
  JSON.parse(
    JSON.stringify(rows, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(9)) : v,
    ),
  ) as unknown;

beforeAll(async () => {
  sandbox = await loadSandbox();
  mapped = await loadSandbox();
  const manifest = readJson<Manifest>('manifest.json');
  await mapped.core.exec(providerExportSql(manifest.tables.map((t) => t.table)));
  const tables = await userTables(mapped);
  mapping = proposeMapping(tables).mapping;
  const sources = new Map(
    tables.map((t) => [t.name, new Map(t.columns.map((c) => [c.name, c.type]))]),
  );
  const originSql = buildOriginSql(mapping, sources.get(mapping.tables.orders!.source)!);
  const [row] = await mapped.rows(originSql!);
  mapping.origin = row!.origin as string;
  for (const table of Object.keys(mapping.tables)) {
    const view = buildContractView(mapping, table, sources.get(mapping.tables[table]!.source));
    expect(view?.broken).toEqual([]);
    await mapped.core.exec(buildCreateViewSql(view!));
  }
}, 120_000);

describe('the proposal on a provider export', () => {
  it('maps every contract table to the export table holding it', () => {
    expect(mapping.origin).toBe('2024-11-21');
    const sources = Object.fromEntries(
      Object.entries(mapping.tables).map(([t, m]) => [
        t,
        `${m.source}${m.group ? ' (grouped)' : ''}`,
      ]),
    );
    expect(sources).toEqual({
      orders: '订单明细 (grouped)',
      order_items: '订单明细',
      products: '商品',
      brands: '品牌',
      categories: '类目',
      consumers: '消费者',
      events: '行为明细',
      reviews: '评价',
      memberships: '会员',
      content: '内容',
      service_providers: '服务商',
      launch_daily: '新品日数据',
      aipl_monthly: '人群包',
      targets: '月度目标',
    });
  });
});

describe('every toolkit on the mapped export', () => {
  for (const toolkit of TOOLKITS.values())
    it(`${toolkit.id}: the same rows as on the sandbox`, async () => {
      const inputs = toolkit.examples[0]!.inputs;
      for (const { panel } of toolkit.panels) {
        const expected = await runToolkitPanel(sandbox, panel, inputs);
        const actual = await runToolkitPanel(mapped, panel, inputs);
        expect(rounded(actual), panel.id).toEqual(rounded(expected));
      }
    }, 120_000);
});
