/** The parameters many panels share, declared once (labels in both languages). */
import type { Aggregate } from './contract';

export function tableParam<D extends string>(defaultTable: D) {
  return {
    type: 'table',
    default: defaultTable,
    label: { zh: '数据表', en: 'Table' },
    affectsQuery: true,
  } as const;
}

/** An optional numeric column of the panel's `table` parameter (empty = count rows). */
export function valueParam<D extends string>(defaultColumn: D) {
  return {
    type: 'column',
    table: 'table',
    kinds: ['numeric'],
    default: defaultColumn,
    optional: true,
    label: { zh: '数值字段', en: 'Value' },
    affectsQuery: true,
  } as const;
}

export function aggregateParam<D extends Aggregate>(defaultAggregate: D) {
  return {
    type: 'aggregate',
    default: defaultAggregate,
    label: { zh: '汇总方式', en: 'Aggregate' },
    affectsQuery: true,
  } as const;
}
