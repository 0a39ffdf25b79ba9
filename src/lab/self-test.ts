/**
 * The self-test (自检): the contract's data checks on the lab's contract tables, then every
 * toolkit's invariants on its panels, for the inputs of the lab's sections of that toolkit and the
 * toolkit's examples (the golden examples, where their brands are in the data; else the defaults).
 * Each item selects offending rows: none means it passes. Pure: the UI runs them.
 */
import { contractChecks } from '../contract/checks';
import type { Localized } from '../panel/contract';
import type { DerivedTable } from '../panel/context';
import { NO_FILTERS } from '../panel/filters';
import type { Schema } from '../panel/params';
import { TOOLKITS } from '../panel/registry';
import { ident } from '../sql/quote';
import type { SectionState } from '../state/lab-state';
import { buildPanelView } from './panel-view';
import { parseToolkitInputs } from './toolkit-inputs';

export interface SelfTestItem {
  id: string;
  /** The table checked, or the toolkit whose invariant it is. */
  subject: string;
  description: Localized;
  /** The inputs it ran on, as the reader sees them (an example's name, a section's brand). */
  on: Localized | null;
  /** Offending rows; null when it cannot run (`needs` says why). */
  sql: string | null;
  /** The rows checked (a table's, a panel's result): a check over none would pass vacuously. */
  checked: string | null;
  derived: readonly DerivedTable[];
  tables: readonly string[];
  needs: string[];
}

export function buildSelfTest(
  schema: Schema,
  sections: readonly SectionState[],
  locale: 'zh-CN' | 'en' = 'zh-CN',
): SelfTestItem[] {
  const items: SelfTestItem[] = contractChecks(schema.tables).map((c) => ({
    id: c.id,
    subject: c.table,
    description: c.description,
    on: null,
    sql: c.sql,
    checked: `SELECT * FROM ${ident(c.table)}`,
    derived: [],
    tables: [c.table],
    needs: [],
  }));
  for (const toolkit of TOOLKITS.values()) {
    if (!toolkit.invariants.length) continue;
    const sets: { on: Localized; inputs: Record<string, unknown> }[] = [
      ...sections
        .filter((s) => s.toolkit?.id === toolkit.id)
        .map((s, i) => ({
          on: { zh: `实验室中的第 ${i + 1} 个`, en: `the lab's section ${i + 1}` },
          inputs: s.toolkit!.inputs,
        })),
      ...toolkit.examples.map((e) => ({ on: e.name, inputs: e.inputs as Record<string, unknown> })),
    ];
    const parsed = sets
      .map((set) => ({
        ...set,
        inputs: parseToolkitInputs(
          {
            id: 'self-test',
            title: '',
            toolkit: { id: toolkit.id, version: toolkit.version, inputs: set.inputs },
          },
          schema,
        )!,
      }))
      .filter((set) => set.inputs.parsed.ok);
    // No example fits the data (a provider's own brands): the defaults (its first brand).
    const runs = parsed.length
      ? parsed
      : [
          {
            on: { zh: '默认参数', en: 'the defaults' },
            inputs: parseToolkitInputs(
              {
                id: 'self-test',
                title: '',
                toolkit: { id: toolkit.id, version: toolkit.version, inputs: {} },
              },
              schema,
            )!,
          },
        ];
    for (const run of runs)
      for (const invariant of toolkit.invariants) {
        const view = buildPanelView(
          { panel: invariant.panel, params: {} },
          run.inputs,
          schema,
          NO_FILTERS,
          locale,
        );
        const sql = view?.sql ?? null;
        items.push({
          id: `${toolkit.id}.${invariant.id}`,
          subject: toolkit.id,
          description: invariant.description,
          on: run.on,
          sql: sql === null ? null : `WITH result AS (${sql}) ${invariant.offending}`,
          checked: sql,
          derived: view?.derived ?? [],
          tables: view?.tables ?? [],
          needs: view?.missing.length ? view.missing : sql === null ? ['inputs'] : [],
        });
      }
  }
  return items;
}
