import { namedText } from '../../src/panel/lookup';
import { panelRows } from '../../src/panel/row-condition';
import { aggregateSql, type Grain } from '../../src/panel/sql';
import { ident, literal } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import type { PivotParams } from './index';

/** Result columns besides one per column value: the row's header, and 1 on the totals row. */
export const ROW = '__row__';
export const TOTAL_ROW = '__total_row__';
/** The column (and the row header) of everything past the row or column limit, added up. */
export const OTHER = '__other__';
/** The totals column. */
export const TOTAL = '__total__';
/** A missing value's header. */
export const EMPTY = '∅';

const TEMPORAL = /^(DATE|TIMESTAMP|TIME)/i;

/** A date column as the text of its period: 2025-03 for a month, 2025-Q1 for a quarter. */
function periodText(column: string, grain: Grain): string {
  const c = `"src".${ident(column)}`;
  switch (grain) {
    case 'day':
    case 'week':
      return `strftime(date_trunc('${grain}', ${c}), '%Y-%m-%d')`;
    case 'month':
      return `strftime(${c}, '%Y-%m')`;
    case 'quarter':
      return `strftime(${c}, '%Y') || '-Q' || quarter(${c})`;
    case 'year':
      return `strftime(${c}, '%Y')`;
  }
}

/** A header column as text: a period for dates, a name for ids, else the value; ∅ when missing. */
function headerText(
  column: string,
  p: PivotParams,
  ctx: QueryContext,
  joinAlias: string,
): { expr: string; join: string } {
  const type = ctx.columns(p.table).find((c) => c.name === column)?.type ?? '';
  const text = TEMPORAL.test(type)
    ? { expr: periodText(column, p.grain as Grain), join: '' }
    : namedText(column, p.table, ctx, 'src', joinAlias);
  return { expr: `COALESCE(${text.expr}, ${literal(EMPTY)})`, join: text.join };
}

/**
 * Rows × columns × aggregate on DuckDB's PIVOT, with a totals column and a totals row computed from
 * the rows themselves (GROUPING SETS: an average's total is the average of all rows, not of the
 * cells). Past `maxRows` rows or `maxColumns` columns (in the chosen order) values are added up as
 * one "other" header, so the totals stay whole.
 */
export function buildPivotQuery(p: PivotParams, ctx: QueryContext): string {
  const measure = aggregateSql(p.aggregate, p.value);
  const row = headerText(p.rows, p, ctx, 'row_names');
  const col = p.columns ? headerText(p.columns, p, ctx, 'col_names') : null;
  const keep = (header: string, limit: number) =>
    `SELECT ${header} FROM base GROUP BY 1 ORDER BY ${
      p.sort === 'label' ? '1' : `${measure} DESC NULLS LAST, 1`
    } LIMIT ${Math.round(limit)}`;
  const lumped = (header: string, kept: string) =>
    `CASE WHEN ${header} IN (SELECT ${header} FROM ${kept}) THEN ${header} ELSE ${literal(OTHER)} END`;
  const sets = col ? '(__r, __c), (__r), (__c), ()' : '(__r, __c), ()';
  return `WITH base AS (
  SELECT "src".*, ${row.expr} AS __r, ${col ? col.expr : literal(TOTAL)} AS __c
  FROM ${panelRows(p, ctx)} ${row.join} ${col?.join ?? ''}
),
kept_r AS (${keep('__r', p.maxRows)}),
kept_c AS (${keep('__c', p.maxColumns)}),
lumped AS (
  SELECT * REPLACE (${lumped('__r', 'kept_r')} AS __r, ${lumped('__c', 'kept_c')} AS __c) FROM base
),
cells AS (
  SELECT __r AS ${ROW}, grouping(__r) AS ${TOTAL_ROW},
    CASE WHEN grouping(__c) = 1 THEN ${literal(TOTAL)} ELSE __c END AS __col, ${measure} AS value
  FROM lumped GROUP BY GROUPING SETS (${sets})
)
SELECT * FROM (PIVOT cells ON __col USING first(value) GROUP BY ${ROW}, ${TOTAL_ROW})
ORDER BY ${TOTAL_ROW}, ${ROW} = ${literal(OTHER)}, ${
    p.sort === 'label' ? ROW : `${ident(TOTAL)} DESC NULLS LAST, ${ROW}`
  }`;
}
