/**
 * The data contract as documents: Markdown (docs/data-contract.md, the lab's contract page shows
 * the same) and JSON (docs/data-contract.json, downloadable in the lab), with the toolkits that
 * read each column. Pure.
 */
import type { ToolkitDefinition } from '../panel/toolkit';
import { DATA_CONTRACT } from './schema';

/** Per `table.column`, the toolkits whose `requires` name it (in the order given). */
export function readersOf(
  toolkits: readonly Pick<ToolkitDefinition, 'id' | 'requires'>[],
): Map<string, string[]> {
  const readers = new Map<string, string[]>();
  for (const toolkit of toolkits)
    for (const [table, columns] of Object.entries(toolkit.requires))
      for (const column of columns) {
        const key = `${table}.${column}`;
        readers.set(key, [...(readers.get(key) ?? []), toolkit.id]);
      }
  return readers;
}

/** The machine-readable contract: every table and column with its readers. */
export function contractJson(
  toolkits: readonly Pick<ToolkitDefinition, 'id' | 'requires'>[],
): string {
  const readers = readersOf(toolkits);
  const tables = Object.fromEntries(
    Object.entries(DATA_CONTRACT).map(([table, t]) => [
      table,
      {
        meaning: t.meaning,
        grain: t.grain,
        columns: Object.fromEntries(
          Object.entries(t.columns).map(([name, c]) => [
            name,
            {
              type: c.type,
              meaning: c.meaning,
              ...(c.unit ? { unit: c.unit } : {}),
              ...(c.optional ? { optional: true } : {}),
              ...(c.values ? { values: Object.keys(c.values) } : {}),
              synonyms: c.synonyms,
              readBy: readers.get(`${table}.${name}`) ?? [],
            },
          ]),
        ),
      },
    ]),
  );
  return `${JSON.stringify({ version: 1, tables }, null, 2)}\n`;
}

const TYPE_TEXT: Record<string, string> = {
  id: '整数键 · integer key',
  integer: '整数 · integer',
  number: '数值 · number',
  text: '文本 · text',
  date: '日期 · date',
  day: '日序号 · day index',
  month: '月序号 · month index',
  code: '代码 · code',
  flag: '0/1',
};

export function contractMarkdown(
  toolkits: readonly Pick<ToolkitDefinition, 'id' | 'requires'>[],
): string {
  const readers = readersOf(toolkits);
  const lines = [
    '# 数据契约 · Data contract',
    '',
    'The tables and columns the toolkits read. A provider’s own exports are mapped onto them in the',
    'lab (数据映射 · Map your data): each column from a column of the export, cast to its type; a day',
    'index counts days from the mapping’s origin date (one origin for every table), so a date column',
    'gives `dt`, `day_idx` and `month_idx` at once. Generated from `src/contract/schema.ts` by the unit',
    'tests; `docs/data-contract.json` holds the same, machine-readable.',
    '',
  ];
  for (const [table, t] of Object.entries(DATA_CONTRACT)) {
    lines.push(
      `## ${table}`,
      '',
      `${t.meaning.zh} · ${t.meaning.en}. 粒度 · grain: ${t.grain.zh} · ${t.grain.en}.`,
      '',
      '| column | type | 说明 | meaning | unit | read by |',
      '|---|---|---|---|---|---|',
    );
    for (const [name, c] of Object.entries(t.columns)) {
      const codes = c.values ? ` (${Object.keys(c.values).join(' / ')})` : '';
      const optional = c.optional ? '; may be empty' : '';
      const unit = c.unit ? `${c.unit.zh} · ${c.unit.en}` : '';
      const by = (readers.get(`${table}.${name}`) ?? []).join(', ');
      lines.push(
        `| ${name} | ${TYPE_TEXT[c.type]} | ${c.meaning.zh} | ${c.meaning.en}${codes}${optional} | ${unit} | ${by} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
