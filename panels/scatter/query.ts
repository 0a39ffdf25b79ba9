import { withNames } from '../../src/panel/lookup';
import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import { aggregateSql } from '../../src/panel/sql';
import type { ScatterParams } from './index';

/**
 * One point per group: `label` (the group's name from a lookup table when it is an id, e.g. the
 * brand's name for brand_id), `x`, `y`, `size` (rows) and `key` (the group's value).
 */
export function buildScatterQuery(p: ScatterParams, ctx: QueryContext): string {
  const grouped = `SELECT ${ident(p.group)} AS key, ${aggregateSql(p.xAggregate, p.x)} AS x, ${aggregateSql(p.yAggregate, p.y)} AS y, count(*)::DOUBLE AS size
FROM ${panelRows(p, ctx)} WHERE ${ident(p.group)} IS NOT NULL
GROUP BY 1`;
  return `SELECT label, x, y, size, key FROM (${withNames(grouped, p.group, p.table, ctx)}) AS named
ORDER BY size DESC, label LIMIT ${Math.round(p.limit)}`;
}
