import { describe, expect, it } from 'vitest';
import {
  dateTicks,
  formatMetric,
  formatPercent,
  metricTicks,
  timeAxis,
} from '../../../src/i18n/format';

describe('the one metric formatter', () => {
  it('switches to 万 at 10,000 and to 亿 at 100,000,000 in Chinese, K/M/B in English', () => {
    expect(formatMetric('zh-CN', 9999)).toBe('9999');
    expect(formatMetric('zh-CN', 10_000)).toBe('1万');
    expect(formatMetric('zh-CN', 1_138_900)).toBe('113.9万');
    expect(formatMetric('zh-CN', 99_990_000)).toBe('9999万');
    expect(formatMetric('zh-CN', 100_000_000)).toBe('1亿');
    expect(formatMetric('zh-CN', 4_038_000_000)).toBe('40.4亿');
    expect(formatMetric('en', 999)).toBe('999');
    expect(formatMetric('en', 1_400_000)).toBe('1.4M');
    expect(formatMetric('en', 4_038_000)).toBe('4M');
    expect(formatMetric('en', 2_500_000_000)).toBe('2.5B');
  });

  it('keeps the sign of negative values and says — for missing ones', () => {
    expect(formatMetric('zh-CN', -25_300)).toBe('-2.5万');
    expect(formatMetric('en', -25_300)).toBe('-25.3K');
    expect(formatMetric('zh-CN', null)).toBe('—');
    expect(formatMetric('zh-CN', Number.NaN)).toBe('—');
  });

  it('writes shares as percents and ratios with two decimals', () => {
    expect(formatMetric('zh-CN', 0.1234, 'share')).toBe('12.3%');
    expect(formatMetric('en', -0.05, 'share')).toBe('-5%');
    expect(formatPercent('zh-CN', 1.141)).toBe('114.1%');
    expect(formatMetric('en', 1.23456, 'ratio')).toBe('1.23');
  });

  it('labels an axis in the units of its data labels', () => {
    const ticks = metricTicks('zh-CN');
    expect([0, 500_000, 1_000_000, 1_500_000].map(ticks)).toEqual(['0', '50万', '100万', '150万']);
    expect(metricTicks('en')(4_000_000)).toBe('4M');
  });
});

describe('time axis ticks', () => {
  const utc = (s: string) => new Date(`${s}T00:00:00Z`);
  it('names months in Chinese, with the year where it starts or changes', () => {
    const format = dateTicks('zh-CN')!;
    const months = ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01'].map(utc);
    expect(months.map((d, i) => format(d, i, months))).toEqual([
      '2025年11月',
      '12月',
      '2026年1月',
      '2月',
    ]);
  });

  it('names days with their month where the month changes', () => {
    const format = dateTicks('zh-CN')!;
    const days = ['2026-10-22', '2026-10-29', '2026-11-01', '2026-11-08'].map(utc);
    expect(days.map((d, i) => format(d, i, days))).toEqual(['10月22日', '29日', '11月1日', '8日']);
    // No ASCII month name can come out of it.
    expect(days.map((d, i) => format(d, i, days)).join('')).not.toMatch(/[A-Za-z]/);
  });

  it('leaves English to Plot’s own labels', () => {
    expect(dateTicks('en')).toBeUndefined();
    expect(timeAxis('en')).toEqual({ type: 'utc', label: null });
    expect(timeAxis('zh-CN').tickFormat).toBeTypeOf('function');
  });
});
