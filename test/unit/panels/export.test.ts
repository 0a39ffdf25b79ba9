import { describe, expect, it } from 'vitest';
import { sortRows, toTsv } from '../../../src/lab/table-rows';
import { buildCsv, spreadsheetText } from '../../../src/panel/export';

describe('spreadsheet exports', () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    const hostile = [
      '=1+1',
      '=HYPERLINK("http://x.example","点我")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
    ];
    for (const text of hostile) expect(spreadsheetText(text)).toBe(`'${text}`);
    const csv = buildCsv(
      ['name'],
      hostile.slice(0, 2).map((name) => ({ name })),
      'p',
    );
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      "'=1+1",
      `"'=HYPERLINK(""http://x.example"",""点我"")"`,
    ]);
    expect(toTsv(['name'], [{ name: '=1+1' }])).toBe("name\n'=1+1");
    // Numbers are numbers, negative or not; plain text is left alone.
    expect(spreadsheetText(-5)).toBe('-5');
    expect(spreadsheetText('天猫 = 旗舰')).toBe('天猫 = 旗舰');
  });

  it('prints numbers without float noise and big integers exactly', () => {
    expect(spreadsheetText(1572.6100000000004)).toBe('1572.61');
    expect(spreadsheetText(0.1 + 0.2)).toBe('0.3');
    expect(spreadsheetText(123456789.123)).toBe('123456789.123');
    expect(spreadsheetText(9223372036854775807n)).toBe('9223372036854775807');
    expect(spreadsheetText(new Date(Date.UTC(2026, 10, 11)))).toBe('2026-11-11');
  });

  it('sorts big integers by value, not as text', () => {
    const rows = [{ id: 10n ** 18n }, { id: 9 }, { id: 2n ** 62n }];
    expect(sortRows(rows, 'id', false).map((r) => String(r.id))).toEqual([
      '9',
      '1000000000000000000',
      '4611686018427387904',
    ]);
  });

  it('starts with the BOM and the header row, and keeps the provenance in a trailing section', () => {
    const csv = buildCsv(
      ['品牌', 'gmv'],
      [{ 品牌: '暖芽', gmv: 1572.6100000000004 }],
      '生态实验室 · 排行榜',
    );
    expect(csv.startsWith('\uFEFF品牌,gmv\r\n暖芽,1572.61\r\n')).toBe(true);
    expect(csv.endsWith('\r\n\r\n生态实验室 · 排行榜\r\n')).toBe(true);
  });
});
