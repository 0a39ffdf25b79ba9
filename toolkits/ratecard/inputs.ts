/** The exchange-rate card's inputs. */
import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { asOfInput, brandInput } from '../common/inputs';

const whole = (zh: string, en: string, value: number, min: number, max: number) =>
  ({
    type: 'number',
    default: value,
    min,
    max,
    integer: true,
    label: { zh, en },
    affectsQuery: true,
  }) as const satisfies ParamSpec;

export const inputs = {
  brand: brandInput,
  asOf: asOfInput,
  horizon: whole('缺口与补人月数', 'Months of the gap and the plan', 3, 1, 12),
  snapshots: whole(
    '汇率取最近几个月末快照',
    'Exchange rates over the last N month-end snapshots',
    12,
    1,
    24,
  ),
  seasonal: {
    type: 'boolean',
    default: true,
    label: { zh: '按去年同月季节指数调整', en: 'Adjust by last year’s seasonal index' },
    affectsQuery: true,
  },
  gapPct: whole('缺口预警：占目标 % >', 'Gap alert: share of target % >', 5, 1, 100),
  poolDropPct: whole('蓄水池预警：环比下降 % ≥', 'Pool alert: month-on-month drop % ≥', 10, 1, 100),
  sigmas: whole('转化预警：低于均值几个 σ', 'Conversion alert: σ below the mean', 2, 1, 5),
} as const satisfies Record<string, ParamSpec>;

export type RateInputs = ParamsOf<typeof inputs>;
