/**
 * Property-style: no parameter value (quotes, semicolons, comments, unicode, NUL-free) changes the
 * shape of a panel's SQL. The shape is the SQL with every quoted identifier and literal replaced by
 * a placeholder; it must equal the shape obtained with a benign value. buildQuery is called with the
 * raw values (no validation), so this proves the quoting alone, not the parameter checks.
 */
import { describe, expect, it } from 'vitest';
import { PANELS } from '../../../src/panel/registry';
import { buildFilteredSource, NO_FILTERS } from '../../../src/panel/filters';
import type { QueryContext } from '../../../src/panel/contract';

const HOSTILE = [
  `x"; DROP TABLE orders; --`,
  `x'); DELETE FROM orders; --`,
  `/* comment */ x`,
  `x -- trailing`,
  `品牌 "名称" ' ; `,
  `x\nUNION SELECT * FROM secrets`,
  `$$ x $$`,
  `\\' OR 1=1 --`,
];

/**
 * Replace quoted identifiers and string literals by placeholders, scanning left to right as SQL's
 * lexer does (a doubled quote inside stays inside; the other kind of quote is plain text).
 */
export function sqlShape(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const quote = sql[i];
    if (quote !== '"' && quote !== "'") {
      out += quote;
      continue;
    }
    for (i++; i < sql.length; i++) {
      if (sql[i] !== quote) continue;
      if (sql[i + 1] === quote) i++;
      else break;
    }
    out += `${quote}?${quote}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const ctx: QueryContext = {
  locale: 'zh-CN',
  from: (table, alias) =>
    buildFilteredSource(
      table,
      ['brand_id', 'dt', 'crowd'],
      { ...NO_FILTERS, brand: 1, crowd: 'Z世代' },
      alias,
    ),
  columns: () => [],
  derive: (sql) => `(${sql}) AS derived`,
  userSql: (sql) => sql,
};

describe('panel SQL shape does not depend on parameter values', () => {
  for (const panel of PANELS.values()) {
    const textual = Object.entries(panel.params).filter(([, spec]) =>
      ['table', 'column', 'columns', 'string'].includes(spec.type),
    );
    if (textual.length === 0) continue;
    it(panel.id, () => {
      const defaults = Object.fromEntries(
        Object.entries(panel.params).map(([k, spec]) => [k, spec.default]),
      );
      for (const [key, spec] of textual) {
        const benign = spec.type === 'columns' ? ['a_column'] : 'benign';
        const base = panel.buildQuery({ ...defaults, [key]: benign } as never, ctx);
        for (const value of HOSTILE) {
          const hostile = spec.type === 'columns' ? [value] : value;
          const sql = panel.buildQuery({ ...defaults, [key]: hostile } as never, ctx);
          expect(sqlShape(sql ?? ''), `${panel.id}.${key} = ${JSON.stringify(value)}`).toBe(
            sqlShape(base ?? ''),
          );
        }
      }
    });
  }

  it('the shape function itself sees an injection', () => {
    expect(sqlShape(`SELECT "a" FROM "t"`)).toBe(sqlShape(`SELECT "b""; DROP" FROM "t"`));
    expect(sqlShape(`SELECT 'a'`)).not.toBe(sqlShape(`SELECT 'a'; DROP TABLE t; --'`));
    expect(sqlShape(`SELECT 'x"; y'`)).toBe(sqlShape(`SELECT 'z'`));
  });
});
