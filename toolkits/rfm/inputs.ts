/** RFM and cohort inputs. */
import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { asOfInput, brandInput, daysInput } from '../common/inputs';
import { RFM_TYPES } from './words';

export const inputs = {
  brand: brandInput,
  asOf: asOfInput,
  days: daysInput('RFM 窗口（天）', 'RFM window (days)', 365, 730),
  cohorts: daysInput('同期群月数', 'Cohort months', 12, 24),
  cohortMetric: {
    type: 'enum',
    default: 'retention',
    options: [
      { value: 'retention', label: { zh: '人数留存', en: 'Customer retention' } },
      { value: 'revenue', label: { zh: '金额留存', en: 'Revenue retention' } },
    ],
    label: { zh: '同期群指标', en: 'Cohort metric' },
    affectsQuery: false,
  },
  segment: {
    type: 'enum',
    default: 'high-retain',
    options: Object.entries(RFM_TYPES).map(([value, label]) => ({ value, label })),
    label: { zh: '导出人群（RFM 类型）', en: 'Audience to export (RFM type)' },
    affectsQuery: true,
  },
  lookback: daysInput('预警回看天数', 'Alert look-back (days)', 30, 180),
  growthPct: daysInput('预警：增长 % ≥', 'Alert: growth % ≥', 10, 100),
} as const satisfies Record<string, ParamSpec>;

export type RfmInputs = ParamsOf<typeof inputs>;
