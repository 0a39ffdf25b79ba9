/**
 * The templates a provider fills in map back onto the contract by name: every table of a filled
 * template (Chinese or English headers) is proposed from its own sheet, every column from its own
 * header (day and month indexes from the one date column).
 */
import { describe, expect, it } from 'vitest';
import { proposeMapping, type UserTable } from '../../../src/contract/propose';
import { DATA_CONTRACT, type ContractType } from '../../../src/contract/schema';
import { templateColumns, templateCsv } from '../../../src/contract/templates';

const TYPE: Record<ContractType, string> = {
  id: 'BIGINT',
  integer: 'BIGINT',
  number: 'DOUBLE',
  text: 'VARCHAR',
  code: 'VARCHAR',
  date: 'DATE',
  day: 'DATE',
  month: 'DATE',
  flag: 'INTEGER',
};

/** Every template as a loaded table (a sheet named as its table), with plausible values. */
function filledTemplates(language: 'zh' | 'en'): UserTable[] {
  return Object.keys(DATA_CONTRACT).map((table) => {
    const columns = templateColumns(table, language).map(({ column, header }) => ({
      name: header,
      type: TYPE[DATA_CONTRACT[table]!.columns[column]!.type],
    }));
    const samples = Object.fromEntries(
      templateColumns(table, language).map(({ column, header }) => [
        header,
        Object.keys(DATA_CONTRACT[table]!.columns[column]!.values ?? {}),
      ]),
    );
    return { name: table, columns, samples };
  });
}

describe('templates', () => {
  for (const language of ['zh', 'en'] as const)
    it(`map back onto the contract by name (${language} headers)`, () => {
      const { mapping } = proposeMapping(filledTemplates(language));
      for (const [table, contract] of Object.entries(DATA_CONTRACT)) {
        expect(mapping.tables[table]?.source, table).toBe(table);
        const unmapped = Object.keys(contract.columns).filter(
          (c) => !mapping.tables[table]?.columns[c],
        );
        expect(unmapped, table).toEqual([]);
      }
    });

  it('are CSV with a byte-order mark and one header row', () => {
    expect(templateCsv('orders', 'zh')).toBe(
      '\uFEFF订单 ID,消费者 ID,消费者所属策略人群,品牌 ID,下单日期,实付金额,退款金额,订单状态,内容 ID\r\n',
    );
    expect(templateCsv('events', 'en').split(',')).toContain('date');
  });
});
