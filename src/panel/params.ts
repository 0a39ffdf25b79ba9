/**
 * Parameter parsing: untrusted values (a link, a saved lab, a form) → typed parameters, or errors
 * per parameter. Only the schema's own keys are read (so `__proto__` and strays are ignored);
 * anything missing takes its default. No SQL is built while there are errors.
 */
import { isNumericType, isTemporalType } from '../data/catalog';
import type { ColumnKind } from '../engine/records';
import type { Aggregate, PanelDefinition, ParamSpec, ParamsOf } from './contract';

export const AGGREGATES: Aggregate[] = [
  'sum',
  'avg',
  'count',
  'count_distinct',
  'min',
  'max',
  'median',
];

export type ParamErrorCode =
  | 'required'
  | 'unknown-table'
  | 'unknown-column'
  | 'wrong-kind'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-an-option'
  | 'too-long'
  | 'too-many'
  | 'unknown-brand'
  | 'wrong-type';

export interface ParamError {
  param: string;
  code: ParamErrorCode;
  value?: string;
}

/** The tables and columns a panel may refer to, and the brands the data knows (once read). */
export interface Schema {
  tables: Record<string, { name: string; type: string }[]>;
  /** The brands in the data; a brand parameter naming another is an error. Unknown until read. */
  brands?: readonly { id: number; name: string }[];
}

export function kindOfType(type: string): ColumnKind {
  if (isTemporalType(type)) return 'temporal';
  if (isNumericType(type)) return 'numeric';
  if (/^BOOL/i.test(type)) return 'boolean';
  return 'text';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ParseResult<P> =
  { ok: true; params: P } | { ok: false; params: P; errors: ParamError[] };

/** Parse raw values against a panel's schema and the lab's tables. */
export function parseParams<S extends Record<string, ParamSpec>>(
  definition: Pick<PanelDefinition<S>, 'params'>,
  raw: unknown,
  schema: Schema,
): ParseResult<ParamsOf<S>> {
  const input =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  const params: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  // Tables first: column parameters are checked against the table they name.
  const keys = Object.keys(definition.params).sort(
    (a, b) =>
      Number(definition.params[b]?.type === 'table') -
      Number(definition.params[a]?.type === 'table'),
  );
  for (const key of keys) {
    const spec = definition.params[key] as ParamSpec;
    const value = Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
    const parsed = parseOne(key, spec, value, params, schema);
    params[key] = parsed.value;
    if (parsed.error) errors.push(parsed.error);
  }
  const typed = params as ParamsOf<S>;
  return errors.length ? { ok: false, params: typed, errors } : { ok: true, params: typed };
}

function parseOne(
  key: string,
  spec: ParamSpec,
  value: unknown,
  parsed: Record<string, unknown>,
  schema: Schema,
): { value: unknown; error?: ParamError } {
  const fail = (code: ParamErrorCode, fallback: unknown = spec.default) => ({
    value: fallback,
    error: {
      param: key,
      code,
      ...(value === undefined ? {} : { value: String(value).slice(0, 80) }),
    },
  });
  const v = value === undefined ? spec.default : value;
  switch (spec.type) {
    case 'table': {
      if (typeof v !== 'string') return fail('wrong-type');
      if (v === '') return spec.optional ? { value: v } : fail('required', v);
      return schema.tables[v] ? { value: v } : fail('unknown-table', v);
    }
    case 'column':
    case 'columns': {
      const table = parsed[spec.table];
      const columns = typeof table === 'string' ? schema.tables[table] : undefined;
      const list = spec.type === 'column' ? [v] : v;
      if (!Array.isArray(list) || !list.every((c) => typeof c === 'string'))
        return fail('wrong-type');
      const names = (list as string[]).filter((c) => c !== '');
      if (names.length === 0)
        return spec.optional ? { value: spec.type === 'column' ? '' : [] } : fail('required', v);
      if (spec.type === 'columns' && spec.max !== undefined && names.length > spec.max)
        return fail('too-many', v);
      if (!columns) return { value: spec.type === 'column' ? names[0] : names }; // the table's own error says why
      for (const name of names) {
        const column = columns.find((c) => c.name === name);
        if (!column)
          return { value: v, error: { param: key, code: 'unknown-column', value: name } };
        if (spec.kinds && !spec.kinds.includes(kindOfType(column.type)))
          return { value: v, error: { param: key, code: 'wrong-kind', value: name } };
      }
      return { value: spec.type === 'column' ? names[0] : names };
    }
    case 'string':
    case 'text': {
      if (typeof v !== 'string') return fail('wrong-type');
      if (spec.maxLength !== undefined && v.length > spec.maxLength) return fail('too-long');
      if (v === '' && !spec.optional && spec.default !== '') return fail('required', v);
      return { value: v };
    }
    case 'number': {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) return fail('not-a-number');
      if (spec.integer && !Number.isInteger(n)) return fail('not-a-number');
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max))
        return fail('out-of-range');
      return { value: n };
    }
    case 'boolean':
      return typeof v === 'boolean' ? { value: v } : fail('wrong-type');
    case 'enum':
      return typeof v === 'string' && spec.options.some((o) => o.value === v)
        ? { value: v }
        : fail('not-an-option');
    case 'aggregate':
      return typeof v === 'string' && (AGGREGATES as string[]).includes(v)
        ? { value: v }
        : fail('not-an-option');
    case 'provider':
      // Checked against the data only by its query: an unknown provider manages no brand.
      return typeof v === 'number' && Number.isInteger(v) ? { value: v } : fail('not-a-number');
    case 'brand':
      // Not chosen, on data without the default brand (a provider's own): the data's first brand.
      if (value === undefined && schema.brands?.length && !schema.brands.some((b) => b.id === v))
        return { value: schema.brands[0]!.id };
      if (typeof v !== 'number' || !Number.isInteger(v)) return fail('not-a-number');
      return schema.brands && !schema.brands.some((b) => b.id === v)
        ? { value: v, error: { param: key, code: 'unknown-brand', value: String(v) } }
        : { value: v };
    case 'brands': {
      if (!Array.isArray(v) || !v.every((b) => typeof b === 'number' && Number.isInteger(b)))
        return fail('wrong-type');
      if (spec.max !== undefined && v.length > spec.max) return fail('too-many');
      const known = schema.brands;
      const unknown = known ? v.find((b) => !known.some((k) => k.id === b)) : undefined;
      if (unknown !== undefined)
        return { value: v, error: { param: key, code: 'unknown-brand', value: String(unknown) } };
      return { value: [...new Set(v as number[])] };
    }
    case 'date':
      if (typeof v !== 'string') return fail('wrong-type');
      if (v === '') return spec.optional ? { value: v } : fail('required', v);
      return ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) ? { value: v } : fail('wrong-type');
  }
}
