/** Inputs shared by the toolkits (each toolkit picks the ones it needs and adds its own). */
import type { ParamSpec } from '../../src/panel/contract';

export const brandInput = {
  type: 'brand',
  default: 1,
  label: { zh: '品牌', en: 'Brand' },
  affectsQuery: true,
} as const satisfies ParamSpec;

export const competitorsInput = {
  type: 'brands',
  default: [],
  max: 20,
  optional: true,
  label: {
    zh: '竞品（空 = 同行业全部品牌）',
    en: 'Competitors (empty = every brand in the industry)',
  },
  affectsQuery: true,
} as const satisfies ParamSpec;

export const asOfInput = {
  type: 'date',
  default: '',
  optional: true,
  label: { zh: '分析日（空 = 数据最新日）', en: 'As-of day (empty = latest in the data)' },
  affectsQuery: true,
} as const satisfies ParamSpec;

const days = (zh: string, en: string, value: number, max: number) =>
  ({
    type: 'number',
    default: value,
    min: 1,
    max,
    integer: true,
    label: { zh, en },
    affectsQuery: true,
  }) as const satisfies ParamSpec;

/** The AIPL rule windows (metrics.md §1.1), all parameters. */
export const aiplInputs = {
  aDays: days('A 窗口（天）', 'A window (days)', 15, 180),
  iDays: days('I 窗口（天）', 'I window (days)', 15, 180),
  pDays: days('P 窗口（天）', 'P window (days)', 730, 1000),
  lDays: days('L：365 天内购买天数 ≥', 'L: purchase days in 365 d ≥', 2, 30),
  advocacy: {
    type: 'boolean',
    default: true,
    label: { zh: 'L 含好评/分享', en: 'L includes positive reviews / shares' },
    affectsQuery: true,
  },
} as const satisfies Record<string, ParamSpec>;

export { days as daysInput };
