import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { KpiParams } from './index';

/**
 * The value over the last `days` days (ending on the latest date in the data) and over the `days`
 * before, plus one value per day of both periods for the sparkline: `period` ('current' |
 * 'previous'), `day` (NULL on the period totals), `value`.
 */
export function buildKpiQuery(p: KpiParams, ctx: QueryContext): string {
  const days = Math.round(p.days);
  return `WITH base AS (SELECT CAST(${ident(p.date)} AS DATE) AS day, ${p.value ? ident(p.value) : 'NULL'} AS v FROM ${panelRows(p, ctx)}),
last AS (SELECT max(day) AS d FROM base),
tagged AS (SELECT base.day, base.v, CASE WHEN base.day > last.d - ${days} THEN 'current' ELSE 'previous' END AS period
  FROM base, last WHERE base.day > last.d - ${2 * days})
SELECT period, day, ${aggregateSql(p.aggregate, 'v')} AS value FROM tagged
GROUP BY GROUPING SETS ((period), (period, day))
ORDER BY period, day NULLS FIRST`;
}
