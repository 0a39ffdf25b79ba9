import { panelRows } from '../../src/panel/row-condition';
import { ident } from '../../src/sql/quote';
import type { QueryContext } from '../../src/panel/contract';
import type { TableParams } from './index';

/** The chosen columns (all when none), optionally ordered, at most `limit` rows. */
export function buildTableQuery(p: TableParams, ctx: QueryContext): string {
  const columns = p.columns.length ? p.columns.map(ident).join(', ') : '*';
  const order = p.orderBy
    ? `\nORDER BY ${ident(p.orderBy)} ${p.descending ? 'DESC' : 'ASC'} NULLS LAST`
    : '';
  return `SELECT ${columns} FROM ${panelRows(p, ctx)}${order}\nLIMIT ${Math.round(p.limit)}`;
}
