/**
 * The contract and the toolkits agree: every column a toolkit requires is in the contract; the
 * demo data holds every contract column (so the sandbox is a contract-shaped dataset); the docs
 * are generated from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractJson, contractMarkdown } from '../../../src/contract/document';
import { DATA_CONTRACT } from '../../../src/contract/schema';
import { TOOLKITS } from '../../../src/panel/registry';
import { createTables } from '../../../scripts/data/schemas.js';

const toolkits = [...TOOLKITS.values()];

describe('the data contract', () => {
  it('holds every table and column a toolkit requires', () => {
    const outside = toolkits.flatMap((t) =>
      Object.entries(t.requires).flatMap(([table, columns]) =>
        columns
          .filter((c) => !DATA_CONTRACT[table]?.columns[c])
          .map((c) => `${t.id}: ${table}.${c}`),
      ),
    );
    expect(outside).toEqual([]);
  });

  it('names only columns some toolkit reads (besides names in English)', () => {
    const read = new Set(
      toolkits.flatMap((t) =>
        Object.entries(t.requires).flatMap(([tb, cs]) => cs.map((c) => `${tb}.${c}`)),
      ),
    );
    const unread = Object.entries(DATA_CONTRACT).flatMap(([table, t]) =>
      Object.keys(t.columns)
        .filter((c) => c !== 'name_en' && !read.has(`${table}.${c}`))
        .map((c) => `${table}.${c}`),
    );
    expect(unread).toEqual([]);
  });

  it('is met by the demo data: every contract column is a demo column', () => {
    const demo = createTables() as Record<string, { schema: [string, unknown][] } | undefined>;
    const absent = Object.entries(DATA_CONTRACT).flatMap(([table, t]) =>
      Object.keys(t.columns)
        .filter((c) => !demo[table]?.schema.some(([name]) => name === c))
        .map((c) => `${table}.${c}`),
    );
    expect(absent).toEqual([]);
  });

  for (const [file, text] of [
    ['data-contract.md', contractMarkdown(toolkits)],
    ['data-contract.json', contractJson(toolkits)],
  ] as const)
    it(`docs/${file} is current`, () => {
      const target = path.resolve(import.meta.dirname, '../../../docs', file);
      const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
      // Written locally when it changed (and then reviewed in the diff); on CI only compared.
      if (current !== text && !process.env.CI) fs.writeFileSync(target, text);
      else expect(current).toBe(text);
    });
});
