import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { ScatterParams } from './index';

/** One point per group: `label`, `x`, `y`, `size` (rows). */
export function buildScatterQuery(p: ScatterParams, ctx: QueryContext): string {
  return `SELECT CAST(${ident(p.group)} AS VARCHAR) AS label, ${aggregateSql(p.xAggregate, p.x)} AS x, ${aggregateSql(p.yAggregate, p.y)} AS y, count(*)::DOUBLE AS size
FROM ${panelRows(p, ctx)} WHERE ${ident(p.group)} IS NOT NULL
GROUP BY 1 ORDER BY size DESC, label LIMIT ${Math.round(p.limit)}`;
}
