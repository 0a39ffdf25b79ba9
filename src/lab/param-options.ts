import type { ParamSpec } from '../panel/contract';
import { AGGREGATES, kindOfType, type Schema } from '../panel/params';
import { AGGREGATE_LABELS, pick } from '../panel/sql';
import { ROW_CONDITION_COLUMN } from '../panel/row-condition';

/** The choices a select control offers for a parameter (tables, typed columns, enum options). */
export function optionsFor(
  spec: ParamSpec,
  params: Record<string, unknown>,
  schema: Schema,
  locale: 'zh-CN' | 'en',
): { value: string; label: string }[] | null {
  switch (spec.type) {
    case 'table':
      return Object.keys(schema.tables).map((t) => ({ value: t, label: t }));
    case 'column':
    case 'columns': {
      const table = params[spec.table];
      const columns = typeof table === 'string' ? (schema.tables[table] ?? []) : [];
      const kinds = spec.kinds;
      return columns
        .filter((c) => !kinds || kinds.includes(kindOfType(c.type)))
        .map((c) => ({ value: c.name, label: `${c.name} · ${c.type}` }));
    }
    case 'enum':
      return spec.options.map((o) => ({ value: o.value, label: pick(o.label, locale) }));
    case 'aggregate':
      return AGGREGATES.map((a) => ({ value: a, label: pick(AGGREGATE_LABELS[a], locale) }));
    default:
      return null;
  }
}

/**
 * When a panel's table changes, the column parameters bound to it follow: a column the new table
 * also has is kept, a missing one becomes the new table's first column of a fitting kind (or
 * empty when optional), so the panel draws at once instead of flagging stale columns.
 */
export function followTable(
  specs: Record<string, ParamSpec>,
  params: Record<string, unknown>,
  tableParam: string,
  table: string,
  schema: Schema,
): Record<string, unknown> {
  const columns = schema.tables[table] ?? [];
  // Without a declared kind (a group-by), text columns come first: grouping by an id or an
  // amount is rarely what is meant.
  const fits = (spec: { kinds?: readonly string[] }) =>
    spec.kinds
      ? columns.filter((c) => spec.kinds?.includes(kindOfType(c.type)))
      : [...columns].sort(
          (a, b) => Number(kindOfType(b.type) === 'text') - Number(kindOfType(a.type) === 'text'),
        );
  const changes: Record<string, unknown> = { [tableParam]: table };
  for (const [name, spec] of Object.entries(specs)) {
    if ((spec.type !== 'column' && spec.type !== 'columns') || spec.table !== tableParam) continue;
    const candidates = fits(spec).map((c) => c.name);
    const current = params[name] ?? spec.default;
    if (spec.type === 'column') {
      if (typeof current === 'string' && (current === '' || candidates.includes(current))) continue;
      // A row condition does not carry over to another table; a value column takes the first
      // fitting one.
      changes[name] = name === ROW_CONDITION_COLUMN ? '' : (candidates[0] ?? '');
    } else {
      const kept = (Array.isArray(current) ? current : []).filter(
        (c): c is string => typeof c === 'string' && candidates.includes(c),
      );
      changes[name] =
        kept.length || spec.optional ? kept : candidates.slice(0, Math.min(spec.max ?? 5, 5));
    }
  }
  return changes;
}
