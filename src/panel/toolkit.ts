/**
 * The toolkit contract. A toolkit is a packaged analysis: inputs (brand, competitors, as-of day,
 * windows…), panels bound to those inputs, alert rules, and the definitions shown to the user.
 * Its panels are ordinary panels whose parameters are the toolkit's inputs, so they are saved,
 * shared and run like any other; tables they share are built once through `QueryContext.derive`.
 * Pure: no engine, no Svelte.
 */
import type {
  Localized,
  PanelDefinition,
  ParamSpec,
  ParamsOf,
  QueryContext,
  ResultData,
} from './contract';

export type ToolkitWidth = 1 | 2 | 3 | 'full';

export interface ToolkitPanel<Schema extends Record<string, ParamSpec>> {
  panel: PanelDefinition<Schema>;
  width: ToolkitWidth;
}

/** What an alert rule concludes: the message's `{value}`, `{threshold}` and `{detail}`. */
export interface AlertVerdict {
  fired: boolean;
  value: number | null;
  threshold: number | null;
  detail: string | null;
}

/**
 * A rule checked when the lab opens. Its query returns one row: `fired` (BOOLEAN), `value` and
 * `threshold` (DOUBLE, in the unit the message uses) and optionally `detail` (VARCHAR); or, for a
 * rule that needs a model rather than SQL, any rows, which `judge` turns into the verdict.
 */
export interface AlertRule<P> {
  id: string;
  /** The message; `{value}`, `{threshold}` and `{detail}` are filled in. */
  message: Localized;
  /** Text for the `detail` codes the query returns (a code without an entry is shown as is). */
  details?: Record<string, Localized>;
  /** The panel (its id) that shows what the alert is about. */
  panel: string;
  buildQuery(inputs: P, ctx: QueryContext): string;
  /**
   * The verdict from the query's rows, for a rule a fit decides (a model's prediction falling):
   * pure and light (a fit of a few thousand rows takes milliseconds), run where alerts are checked.
   */
  judge?(inputs: P, data: ResultData): AlertVerdict;
}

/** One row of a toolkit's definitions sheet, taken from metrics.md. */
export interface MetricDefinition<InputName extends string = string> {
  name: Localized;
  formula: Localized;
  /** The inputs that parameterize it (names of the toolkit's inputs: checked by the compiler). */
  params: readonly InputName[];
  /** The public source label from metrics.md (e.g. "S8"), or null for the lab's own (illustrative). */
  source: string | null;
}

/**
 * Something a toolkit's numbers must satisfy on any data (the self-test, 自检): G + R + O = ΔGMV,
 * shares that sum to 1, a rate inside [0, 1]… `offending` selects, from `result` (the panel's
 * rows), the rows that break it: none means it holds.
 */
export interface Invariant {
  id: string;
  /** The panel (its id) whose rows are checked. */
  panel: string;
  description: Localized;
  offending: string;
}

/** What the gallery shows of a toolkit. */
export interface ToolkitGallery {
  category: 'growth' | 'consumers' | 'brand' | 'goods' | 'content' | 'provider';
  /** One line: what a provider gets from it. */
  pitch: Localized;
  /** The example (index into `examples`) its card and thumbnail show. */
  hero: number;
}

export interface ToolkitDefinition<
  Schema extends Record<string, ParamSpec> = Record<string, ParamSpec>,
> {
  /** kebab-case, equals the folder; its panels are `<id>.<view>`. */
  id: string;
  /** Stored with every section of the toolkit in a lab; raise it with a `migrate` step. */
  version: number;
  title: Localized;
  description: Localized;
  inputs: Schema;
  panels: ToolkitPanel<Schema>[];
  alerts: AlertRule<ParamsOf<Schema>>[];
  definitions: MetricDefinition<Extract<keyof Schema, string>>[];
  /** Tables (and their columns) the toolkit reads: the gallery's "needs" and the data check. */
  requires: Record<string, string[]>;
  /** What its panels' rows satisfy on any data (checked by the self-test). */
  invariants: Invariant[];
  examples: { name: Localized; inputs: Partial<ParamsOf<Schema>> }[];
  gallery: ToolkitGallery;
  /** Inputs saved by version `fromVersion` → inputs of this version. */
  migrate?(inputs: Record<string, unknown>, fromVersion: number): Record<string, unknown>;
}

export function defineToolkit<Schema extends Record<string, ParamSpec>>(
  definition: ToolkitDefinition<Schema>,
): ToolkitDefinition<Schema> {
  if (!definition.examples[definition.gallery.hero])
    throw new Error(
      `toolkit ${definition.id}: gallery hero ${definition.gallery.hero} is no example`,
    );
  for (const invariant of definition.invariants)
    if (!definition.panels.some((p) => p.panel.id === invariant.panel))
      throw new Error(`toolkit ${definition.id}: invariant ${invariant.id} checks no panel of it`);
  for (const { panel } of definition.panels) {
    if (!panel.id.startsWith(`${definition.id}.`))
      throw new Error(`toolkit panel ${panel.id} must be named ${definition.id}.<view>`);
    if (panel.params !== definition.inputs)
      throw new Error(`toolkit panel ${panel.id} must take the toolkit's inputs as parameters`);
  }
  return definition;
}

/** Tables or columns the toolkit needs that the lab does not have. */
export function missingRequirements(
  toolkit: Pick<ToolkitDefinition, 'requires'>,
  tables: Record<string, { name: string }[]>,
): string[] {
  const missing: string[] = [];
  for (const [table, columns] of Object.entries(toolkit.requires)) {
    const have = tables[table];
    if (!have) missing.push(table);
    else
      for (const c of columns) if (!have.some((x) => x.name === c)) missing.push(`${table}.${c}`);
  }
  return missing;
}

/**
 * What one panel of a toolkit needs that the lab lacks: of the tables its SQL reads (`reads`), those
 * absent, and of the toolkit's required columns of each, those its SQL names (`sql`, with the
 * derived tables' SQL) and the table lacks. A toolkit on partial data thus shows the panels it can
 * compute and lists, on the others, what they still need.
 */
export function panelNeeds(
  toolkit: Pick<ToolkitDefinition, 'requires'>,
  reads: readonly string[],
  sql: string,
  tables: Record<string, { name: string }[]>,
): string[] {
  const needs: string[] = [];
  for (const table of reads) {
    const have = tables[table];
    if (!have) {
      needs.push(table);
      continue;
    }
    for (const column of toolkit.requires[table] ?? [])
      if (!have.some((c) => c.name === column) && new RegExp(`\\b${column}\\b`).test(sql))
        needs.push(`${table}.${column}`);
  }
  return needs;
}

/**
 * A toolkit's panel: its parameters are the toolkit's inputs; it honours only the crowd filter (the
 * brand, competitors and dates are the toolkit's own inputs, and category medians need every brand
 * of the category).
 */
export function defineToolkitPanel<Schema extends Record<string, ParamSpec>>(
  inputs: Schema,
  panel: Pick<
    PanelDefinition<Schema>,
    'id' | 'title' | 'description' | 'buildQuery' | 'buildPlot' | 'expectedColumns'
  > &
    Partial<
      Pick<
        PanelDefinition<Schema>,
        'click' | 'compute' | 'heavy' | 'version' | 'migrate' | 'buildTable' | 'fold'
      >
    >,
): PanelDefinition<Schema> {
  return {
    version: 1,
    params: inputs,
    honours: ['crowd'],
    examples: [{ name: { zh: '默认', en: 'Defaults' }, params: {} }],
    ...panel,
  };
}
