/**
 * A panel's row condition (e.g. a GMV ranking over paid and refunded orders only: `status` ≠
 * `unpaid`): one column, an operator and a value, built into SQL through the quoting module only.
 * Values are typed by the column: numbers compare as numbers, ISO dates as dates, anything else as
 * text; a value that does not fit the column (a word for a number) compares as text instead of
 * failing.
 */
import { ident, literal, literalList } from '../sql/quote';
import type { Localized, QueryContext } from './contract';
import { kindOfType } from './params';

export type RowOp =
  'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'in' | 'not_in' | 'contains' | 'empty' | 'not_empty';

const OPS: { value: RowOp; label: Localized }[] = [
  { value: 'eq', label: { zh: '等于', en: 'equals' } },
  { value: 'ne', label: { zh: '不等于', en: 'is not' } },
  { value: 'gt', label: { zh: '大于', en: 'greater than' } },
  { value: 'ge', label: { zh: '大于等于', en: 'at least' } },
  { value: 'lt', label: { zh: '小于', en: 'less than' } },
  { value: 'le', label: { zh: '小于等于', en: 'at most' } },
  { value: 'in', label: { zh: '属于（逗号分隔）', en: 'one of (comma-separated)' } },
  { value: 'not_in', label: { zh: '不属于（逗号分隔）', en: 'none of (comma-separated)' } },
  { value: 'contains', label: { zh: '包含文字', en: 'contains text' } },
  { value: 'empty', label: { zh: '为空', en: 'is empty' } },
  { value: 'not_empty', label: { zh: '不为空', en: 'is not empty' } },
];

const COMPARE: Partial<Record<RowOp, string>> = {
  eq: '=',
  ne: '<>',
  gt: '>',
  ge: '>=',
  lt: '<',
  le: '<=',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The parameter naming the condition's column (cleared when the panel's table changes). */
export const ROW_CONDITION_COLUMN = 'whereColumn';

/** The three parameters of a row condition on the panel's `table` parameter. */
export function rowConditionParams(
  defaults: { column: string; op: RowOp; value: string } = { column: '', op: 'eq', value: '' },
) {
  return {
    whereColumn: {
      type: 'column',
      table: 'table',
      default: defaults.column,
      optional: true,
      label: { zh: '行条件：字段', en: 'Row condition: column' },
      description: {
        zh: '只计入满足条件的行（留空则全部计入）',
        en: 'Only rows meeting the condition count (empty: all rows)',
      },
      affectsQuery: true,
    },
    whereOp: {
      type: 'enum',
      default: defaults.op,
      options: OPS,
      label: { zh: '行条件：比较', en: 'Row condition: test' },
      affectsQuery: true,
    },
    whereValue: {
      type: 'string',
      default: defaults.value,
      maxLength: 500,
      optional: true,
      label: { zh: '行条件：值', en: 'Row condition: value' },
      affectsQuery: true,
    },
  } as const;
}

export interface RowCondition {
  table: string;
  whereColumn: string;
  whereOp: string;
  whereValue: string;
}

/** One value as a literal of the column's kind, and the column expression to compare it with. */
function typed(column: string, kind: string, value: string): { left: string; right: string } {
  const text = value.trim();
  if (kind === 'numeric' && text !== '' && Number.isFinite(Number(text)))
    return { left: ident(column), right: literal(Number(text)) };
  if (kind === 'temporal' && ISO_DATE.test(text))
    return {
      left: `CAST(${ident(column)} AS DATE)`,
      right: literal(new Date(`${text}T00:00:00Z`)),
    };
  return { left: `CAST(${ident(column)} AS VARCHAR)`, right: literal(value) };
}

/** The condition as SQL, or null when the panel has none. */
export function rowConditionSql(p: RowCondition, ctx: QueryContext): string | null {
  if (!p.whereColumn) return null;
  const column = ctx.columns(p.table).find((c) => c.name === p.whereColumn);
  if (!column) return null;
  const kind = kindOfType(column.type);
  const op = p.whereOp as RowOp;
  if (op === 'empty') return `${ident(column.name)} IS NULL`;
  if (op === 'not_empty') return `${ident(column.name)} IS NOT NULL`;
  if (op === 'contains')
    return `contains(CAST(${ident(column.name)} AS VARCHAR), ${literal(p.whereValue)})`;
  if (op === 'in' || op === 'not_in') {
    const values = p.whereValue
      .split(/[,，]/)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length === 0) return op === 'in' ? 'FALSE' : null;
    // Numbers compare as numbers only when every value is one; otherwise all compare as text.
    const numbers = kind === 'numeric' && values.every((v) => Number.isFinite(Number(v)));
    const list = numbers ? literalList(values.map(Number)) : literalList(values);
    const left = numbers ? ident(column.name) : `CAST(${ident(column.name)} AS VARCHAR)`;
    return `${left} ${op === 'in' ? 'IN' : 'NOT IN'} (${list})`;
  }
  const compare = COMPARE[op];
  if (!compare) return null;
  const { left, right } = typed(column.name, kind, p.whereValue);
  return `${left} ${compare} ${right}`;
}

/**
 * The relation a panel reads: its table through the lab filters (`ctx.from`) and, when it has
 * one, its row condition.
 */
export function panelRows(p: RowCondition, ctx: QueryContext, alias = 'src'): string {
  const condition = rowConditionSql(p, ctx);
  if (!condition) return ctx.from(p.table, alias);
  return `(SELECT * FROM ${ctx.from(p.table, 'rows_in')} WHERE ${condition}) AS ${ident(alias)}`;
}
