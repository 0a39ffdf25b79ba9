import type { ParamSpec } from '../panel/contract';
import { AGGREGATES, kindOfType, type Schema } from '../panel/params';
import { AGGREGATE_LABELS, pick } from '../panel/sql';

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
