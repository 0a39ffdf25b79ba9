/** The shapes of invariant most toolkits check (see `Invariant` in the toolkit contract). */
import type { Localized } from '../../src/panel/contract';
import type { Invariant } from '../../src/panel/toolkit';

/** Floating sums over many rows differ from 1 in the last bits: this much is equal. */
const TOLERANCE = 1e-6;

/** A column's values sum to 1 (over every row, or per `by`), unless they are all zero. */
export function sumsToOne(
  id: string,
  panel: string,
  column: string,
  description: Localized,
  by?: string,
): Invariant {
  const group = by ? `${by}, ` : '';
  return {
    id,
    panel,
    description,
    offending: `SELECT ${group}sum(${column}) AS total FROM result ${by ? `GROUP BY ${by} ` : ''}HAVING sum(${column}) <> 0 AND abs(sum(${column}) - 1) > ${TOLERANCE}`,
  };
}

/** No row matches `condition` (what must never be: a negative count, a rate above 1…). */
export function noRowWhere(
  id: string,
  panel: string,
  condition: string,
  description: Localized,
): Invariant {
  return { id, panel, description, offending: `SELECT * FROM result WHERE ${condition}` };
}

/** `a` equals `b` in every row, to the tolerance relative to `b`. */
export const equalSql = (a: string, b: string) =>
  `abs((${a}) - (${b})) > ${TOLERANCE} * greatest(1, abs(${b}))`;
