/** Goods-analysis inputs. */
import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { asOfInput, brandInput, daysInput } from '../common/inputs';

export const inputs = {
  brand: brandInput,
  asOf: asOfInput,
  days: daysInput('窗口（天，对比上一窗口）', 'Window (days, against the one before)', 30, 180),
  curveDays: {
    type: 'enum',
    default: '90',
    options: [
      { value: '30', label: { zh: '上新后 30 天', en: 'First 30 days' } },
      { value: '90', label: { zh: '上新后 90 天', en: 'First 90 days' } },
    ],
    label: { zh: '新品曲线长度', en: 'New-product curve length' },
    affectsQuery: true,
  },
  launchDays: daysInput('新品：近 N 天上新', 'New products: launched in the last N days', 180, 730),
  slowDays: daysInput('滞销：≥ N 天未售出', 'Slow mover: no sale for ≥ N days', 30, 365),
  trafficPct: daysInput('预警：流量上升 % ≥', 'Alert: traffic up % ≥', 30, 1000),
  conversionDropPct: daysInput('预警：转化下降 % ≥', 'Alert: conversion down % ≥', 50, 100),
  minBuyers: daysInput('预警：上一窗口买家 ≥', 'Alert: buyers in the window before ≥', 3, 10000),
} as const satisfies Record<string, ParamSpec>;

export type GoodsInputs = ParamsOf<typeof inputs>;
