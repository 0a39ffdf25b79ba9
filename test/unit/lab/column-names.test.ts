import { describe, expect, it } from 'vitest';
import { columnNames } from '../../../src/lab/column-names';
import { measureLabel } from '../../../src/panel/sql';
import type { DataDictionary } from '../../../src/data/demo';

const dictionary: DataDictionary = {
  orders: {
    zh: '订单',
    en: 'Orders',
    columns: {
      pay_amount: {
        zh: '支付金额（GMV 口径：paid 与 refunded 订单计入）',
        en: 'Paid amount (GMV counts paid and refunded orders)',
      },
      city_tier: { zh: '城市线级：1 一线、2 新一线', en: 'City tier: 1 tier-1, 2 new tier-1' },
      note: {
        zh: '一段很长的说明文字而不是一个可以做坐标轴名称的短名',
        en: 'A whole sentence that explains the column at length, not a name',
      },
    },
  },
};

describe('columns by the names a reader knows', () => {
  it('takes the dictionary description up to its first bracket or colon', () => {
    expect(columnNames(dictionary, 'orders', 'zh-CN')).toEqual({
      pay_amount: '支付金额',
      city_tier: '城市线级',
    });
    expect(columnNames(dictionary, 'orders', 'en')).toEqual({
      pay_amount: 'Paid amount',
      city_tier: 'City tier',
    });
  });

  it('knows nothing of tables without a dictionary (a user’s own file keeps its column names)', () => {
    expect(columnNames(dictionary, 'flights', 'zh-CN')).toEqual({});
    expect(columnNames(dictionary, undefined, 'en')).toEqual({});
  });

  it('names the aggregate of a column by its dictionary name on an axis', () => {
    const names = columnNames(dictionary, 'orders', 'zh-CN');
    expect(measureLabel('sum', 'pay_amount', { locale: 'zh-CN', names })).toBe('支付金额（求和）');
    expect(measureLabel('sum', 'amount', { locale: 'zh-CN', names })).toBe('amount（求和）');
    expect(
      measureLabel('avg', 'pay_amount', {
        locale: 'en',
        names: columnNames(dictionary, 'orders', 'en'),
      }),
    ).toBe('Average of Paid amount');
    expect(measureLabel('count', 'pay_amount', { locale: 'zh-CN', names })).toBe('行数');
  });
});
