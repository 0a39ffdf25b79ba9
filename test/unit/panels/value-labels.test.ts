/**
 * Coded values in library charts read as the data dictionary says (直播, not livestream), in the
 * reader's language, while clicks still filter by the code.
 */
import { describe, expect, it } from 'vitest';
import { valueNames } from '../../../src/lab/column-names';
import { valueLabel } from '../../../src/panel/sql';
import { getPanel } from '../../../src/panel/registry';
import type { DataDictionary } from '../../../src/data/demo';
import { renderSvg } from '../../support/panels';

const dictionary: DataDictionary = {
  orders: {
    zh: '订单',
    en: 'Orders',
    columns: {
      channel: {
        zh: '成交渠道',
        en: 'Channel',
        values: {
          livestream: { zh: '直播', en: 'Livestream' },
          store: { zh: '店铺', en: 'Store' },
        },
      },
      status: { zh: '订单状态', en: 'Status', values: { paid: { zh: '已支付', en: 'Paid' } } },
      amount: { zh: '金额', en: 'Amount' },
    },
  },
};

describe('coded values by their dictionary labels', () => {
  it('reads the labels of a table’s coded columns in the reader’s language', () => {
    expect(valueNames(dictionary, 'orders', 'zh-CN')).toEqual({
      channel: { livestream: '直播', store: '店铺' },
      status: { paid: '已支付' },
    });
    expect(valueNames(dictionary, 'orders', 'en').channel).toEqual({
      livestream: 'Livestream',
      store: 'Store',
    });
    expect(valueNames(dictionary, 'flights', 'zh-CN')).toEqual({});
  });

  it('keeps a value without a label as it is', () => {
    const values = valueNames(dictionary, 'orders', 'zh-CN');
    expect(valueLabel('channel', 'livestream', { values })).toBe('直播');
    expect(valueLabel('channel', 'tv', { values })).toBe('tv');
    expect(valueLabel('amount', 3, { values })).toBe('3');
    expect(valueLabel('channel', null, {})).toBe('');
  });

  it('draws a Chinese bar chart’s axis without the English codes, and a click still filters by the code', () => {
    const bars = getPanel('bars')!;
    const rows = [
      { x: 'livestream', series: 'paid', value: 10, x_key: 'livestream' },
      { x: 'store', series: 'paid', value: 5, x_key: 'store' },
    ];
    const params = {
      x: 'channel',
      series: 'status',
      aggregate: 'sum',
      value: 'amount',
      mode: 'stacked',
    };
    const svg = renderSvg(
      bars.buildPlot(params as never, {
        rows,
        columns: [],
        width: 400,
        locale: 'zh-CN',
        values: valueNames(dictionary, 'orders', 'zh-CN'),
      })!,
    );
    expect(svg).toContain('>直播<');
    expect(svg).not.toMatch(/>(livestream|store|paid)</);
    expect(bars.click!(params as never)).toEqual({ column: 'channel', field: 'x_key' });
  });
});
