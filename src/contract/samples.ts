/**
 * What a mapping proposal reads of the user's tables: a text column's most frequent distinct values
 * (the codes it holds, the shape of its dates). Pure: SQL builders only.
 */
import { ident, literal } from '../sql/quote';

/** How many distinct values of a text column the proposal looks at. */
export const SAMPLE_VALUES = 60;

export const isTextType = (type: string) => /^(VARCHAR|TEXT|STRING)/i.test(type);

/** One row: `values`, the column's most frequent distinct values as text (most frequent first). */
export function buildSampleValuesSql(table: string, column: string): string {
  const c = ident(column);
  return `SELECT list(v ORDER BY n DESC, v)[1:${literal(SAMPLE_VALUES)}] AS "values" FROM (SELECT CAST(${c} AS VARCHAR) AS v, count(*) AS n FROM ${ident(table)} WHERE ${c} IS NOT NULL GROUP BY 1)`;
}
