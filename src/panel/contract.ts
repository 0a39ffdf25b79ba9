/**
 * The panel contract. A panel is data plus two pure functions: `buildQuery` (parameters → SQL) and
 * `buildPlot` (parameters + result → Observable Plot options). No engine, no DOM, no Svelte: panels
 * run in Node tests exactly as in the lab. Toolkits and share links are made of panel instances.
 */
import type * as Plot from '@observablehq/plot';
import type { ColumnKind, RecordRow } from '../engine/records';
import type { FilterDimension } from './filters';

/** Decoded result rows, as panels see them (re-exported so panels need nothing from the engine). */
export type { ColumnKind, RecordRow };

/** Text in both UI languages. */
export interface Localized {
  zh: string;
  en: string;
}

interface ParamBase {
  label: Localized;
  description?: Localized;
  /** Whether changing it changes the SQL (only those re-run the query). */
  affectsQuery: boolean;
  /** May be left empty. */
  optional?: boolean;
}

export type ParamSpec =
  | (ParamBase & { type: 'table'; default: string })
  | (ParamBase & { type: 'column'; default: string; table: string; kinds?: readonly ColumnKind[] })
  | (ParamBase & {
      type: 'columns';
      default: string[];
      table: string;
      kinds?: readonly ColumnKind[];
      max?: number;
    })
  | (ParamBase & { type: 'string'; default: string; maxLength?: number })
  | (ParamBase & {
      type: 'text';
      default: string;
      maxLength?: number;
      language?: 'sql' | 'markdown';
    })
  | (ParamBase & { type: 'number'; default: number; min?: number; max?: number; integer?: boolean })
  | (ParamBase & { type: 'boolean'; default: boolean })
  | (ParamBase & { type: 'enum'; default: string; options: { value: string; label: Localized }[] })
  | (ParamBase & { type: 'aggregate'; default: Aggregate })
  /** A brand id (chosen from the lab's brands). */
  | (ParamBase & { type: 'brand'; default: number })
  /** A service provider's id (chosen from the lab's service_providers). */
  | (ParamBase & { type: 'provider'; default: number })
  /** A set of brand ids, e.g. competitors. */
  | (ParamBase & { type: 'brands'; default: number[]; max?: number })
  /** An ISO date (YYYY-MM-DD); empty means "the latest day in the data" when optional. */
  | (ParamBase & { type: 'date'; default: string });

export type Aggregate = 'sum' | 'avg' | 'count' | 'count_distinct' | 'min' | 'max' | 'median';

/** The TypeScript value of each parameter type (by kind, not by its default's literal type). */
export type ParamValue<S extends ParamSpec> = S['type'] extends 'columns'
  ? string[]
  : S['type'] extends 'number' | 'brand' | 'provider'
    ? number
    : S['type'] extends 'brands'
      ? number[]
      : S['type'] extends 'boolean'
        ? boolean
        : S['type'] extends 'aggregate'
          ? Aggregate
          : string;
export type ParamsOf<Schema extends Record<string, ParamSpec>> = {
  [K in keyof Schema]: ParamValue<Schema[K]>;
};

/** What a panel's query builder may know about the lab: never the engine itself. */
export interface QueryContext {
  /**
   * The relation to read a table from, with every applicable lab-wide filter applied, e.g.
   * `(SELECT * FROM "orders" WHERE "brand_id" IN (3, 5)) AS "src"`. Panels never name tables directly.
   */
  from(table: string, alias?: string): string;
  /** Columns of a table (for panels that adapt to the data). */
  columns(table: string): { name: string; type: string }[];
  /**
   * A table computed once from `sql` (one SELECT) and shared by every panel whose query needs the
   * same rows, e.g. a toolkit's AIPL snapshot: returns the quoted name to read it from. The lab
   * materializes it before the panel's query runs, once per distinct SQL.
   */
  derive(sql: string): string;
  /**
   * SQL the user wrote (an SQL cell): it may name any table, so its result depends on every table
   * the lab has. Returns the text unchanged.
   */
  userSql(sql: string): string;
  /** The reader's language: names come from `name_en` columns in English (see lookup.ts). */
  locale: 'zh-CN' | 'en';
}

/** A query's decoded result, as `compute` sees it. */
export interface ResultData {
  rows: RecordRow[];
  columns: { name: string; kind: ColumnKind }[];
}

/** What a panel's plot builder gets: the decoded result, the computed model (if any), the space. */
export interface PlotData<Model = unknown> extends ResultData {
  /** What `compute` returned for this result (undefined for panels without a compute stage). */
  model?: Model;
  /** Width available, in CSS pixels. */
  width: number;
  locale: 'zh-CN' | 'en';
  /**
   * The values of the `click` field this panel's own click selected (it filters the other panels,
   * not this one): the chart shows them emphasised and fades the rest.
   */
  selected?: readonly string[];
  /** Values of the panel's `fold` field the reader folded away. */
  folded?: readonly string[];
  /** What the reader calls the panel's table's columns (from the data dictionary), by column. */
  names?: Readonly<Record<string, string>>;
  /** What coded values of those columns read as (from the data dictionary), by column and code. */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A table as shown and exported: columns in order with their headers, and a pinned last row. */
export interface PanelTable {
  columns: { name: string; label: string; numeric: boolean }[];
  rows: RecordRow[];
  /** Kept last whatever the sort (totals). */
  footer?: RecordRow;
}

export interface PanelExample<P> {
  name: Localized;
  params: Partial<P>;
}

export interface PanelDefinition<
  Schema extends Record<string, ParamSpec> = Record<string, ParamSpec>,
> {
  /** kebab-case, equals the folder, stored in URLs: never renamed without a migration. */
  id: string;
  version: number;
  title: Localized;
  description: Localized;
  params: Schema;
  /** Null when the panel shows no data (a note). */
  buildQuery(params: ParamsOf<Schema>, ctx: QueryContext): string | null;
  /**
   * The model stage between query and plot (a fit, a forecast, a layout): pure, run once per
   * distinct query result and parameters (never on a resize or a language switch), and off the
   * main thread when `heavy`. Its result reaches `buildPlot` as `data.model`.
   */
  compute?(params: ParamsOf<Schema>, data: ResultData): unknown;
  /** Run `compute` in a worker (a model that takes more than a frame). */
  heavy?: boolean;
  /** Null when the panel has no chart (a table, a note); the frame then shows the table. */
  buildPlot(params: ParamsOf<Schema>, data: PlotData): Plot.PlotOptions | null;
  /**
   * How the result reads as a table, when not column for column (a pivot: headers in the reader's
   * language, its own column order, a totals row kept last). Default: the result as it is.
   */
  buildTable?(params: ParamsOf<Schema>, data: PlotData): PanelTable;
  /**
   * What a click on a mark refers to, when it can set a lab-wide filter: the source `column` (which
   * filter it maps to) and the result `field` holding the clicked value.
   */
  click?(params: ParamsOf<Schema>): { column: string; field: string } | null;
  /**
   * Parts of the chart the reader can fold away and back (a mind map's branches): the result
   * `field` whose values name the parts, and their names. A click on a mark whose datum has the
   * field folds or unfolds that part; the panel also lists the parts as buttons (keyboard).
   * The folded values reach `buildPlot` as `data.folded`.
   */
  fold?: { field: string; label(value: string, locale: 'zh-CN' | 'en'): string };
  /** Result columns the plot needs (checked by the test harness against the real result). */
  expectedColumns(params: ParamsOf<Schema>): string[];
  examples: PanelExample<ParamsOf<Schema>>[];
  /** The lab-wide filters this panel honours (default: all of them). */
  honours?: readonly FilterDimension[];
  migrate?(params: Record<string, unknown>, fromVersion: number): Record<string, unknown>;
}

/** Declare a panel with its parameter types inferred from the schema. */
export function definePanel<Schema extends Record<string, ParamSpec>>(
  definition: PanelDefinition<Schema>,
): PanelDefinition<Schema> {
  return definition;
}
