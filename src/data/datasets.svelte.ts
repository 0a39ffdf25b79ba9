import type { EngineClient } from '../engine/client';
import { EngineError, labError, type EngineErrorInfo } from '../engine/errors';
import { MARKS, mark } from '../engine/marks';
import {
  buildColumnsSql,
  buildDropTableSql,
  buildDropViewSql,
  buildRenameTableSql,
  buildRenameColumnSql,
  buildRowCountSql,
  type ColumnInfo,
} from './catalog';
import type { Fingerprint } from './fingerprint';
import { demoUrl, isDemoManifest, type DataDictionary } from './demo';
import type { DatasetSource, IngestProgress, IngestResult } from '../engine/ingest/types';
import { deriveTableName, sanitizeTableName } from './table-name';

export interface Dataset {
  table: string;
  source: DatasetSource;
  label: string;
  status: 'loading' | 'ready' | 'error';
  progress: IngestProgress | null;
  result: IngestResult | null;
  error: EngineErrorInfo | null;
  rows: number;
  columns: ColumnInfo[];
  /** Whether the demo dictionary describes this table. */
  demo: boolean;
  /** The loaded bytes' content hash (with the columns and rows, the fingerprint); null until loaded. */
  hash: string | null;
  /**
   * A file given for a shared lab's local file, held out of the lab (not listed, not read by
   * panels, not saved) until its columns are confirmed to match (see `release`).
   */
  held: boolean;
}

/** A view the data mapping creates: a contract table over one of the user's tables. */
export interface MappedView {
  table: string;
  /** The user's table it reads. */
  source: string;
  columns: ColumnInfo[];
}

function errorInfo(error: unknown): EngineErrorInfo {
  return error instanceof EngineError
    ? error.info
    : { kind: 'internal', name: 'Error', message: String(error) };
}

/**
 * The datasets of the lab: which table came from which source, its load state and schema. It is
 * the one place that loads, renames and removes tables, and it reloads every dataset after an
 * engine restart (tables live in the worker's memory and die with it).
 */
export class DatasetRegistry {
  items = $state<Dataset[]>([]);
  /** Bumped whenever a table's data or name changes: cached panel results are then stale. */
  version = $state(0);
  dictionary = $state<DataDictionary>({});
  /** Contract tables the data mapping defines over the user's tables (see src/contract). */
  views = $state<MappedView[]>([]);
  /** Abort handles of running loads: bookkeeping, not UI state. */
  private controllers: Record<string, AbortController> = {};
  /**
   * Names the lab gives bundled files (file → table) when they differ from the manifest's: a
   * rename in the catalog, or a saved lab or link that had one. The demo loads under them.
   */
  private bundledNames: Record<string, string> = {};
  /** Per table, bumped when its data or schema changes: results over other tables stay valid. */
  private tableVersions: Record<string, number> = {};

  /** The data version of one table (cache keys of queries include those of the tables they read). */
  versionOf(table: string): number {
    return this.tableVersions[table] ?? 0;
  }

  private changed(...tables: string[]): void {
    for (const table of tables) this.tableVersions[table] = this.versionOf(table) + 1;
    this.version++;
  }

  constructor(private readonly engine: EngineClient) {}

  /** The datasets the lab works with: loaded and not held. */
  get ready(): Dataset[] {
    return this.items.filter((d) => d.status === 'ready' && !d.held);
  }

  /** Every table panels read: the datasets ready and the mapping's views. */
  get tables(): { table: string; columns: ColumnInfo[] }[] {
    return [...this.ready, ...this.views];
  }

  /**
   * Replace the mapping's views: those no longer mapped are dropped, the others created again (over
   * the user's tables as they are now). A contract name taken by a table of the lab is refused.
   */
  async setViews(next: readonly { table: string; source: string; sql: string }[]): Promise<void> {
    const taken = next.find((v) =>
      this.items.some((d) => d.table.toLowerCase() === v.table.toLowerCase()),
    );
    if (taken)
      throw labError('input', 'mapping.name-taken', `A table named ${taken.table} exists.`, {
        name: taken.table,
      });
    const before = this.views.map((v) => v.table);
    // No mapping before or now: nothing to drop or create, and no cached result is stale.
    if (before.length === 0 && next.length === 0) return;
    for (const table of before)
      if (!next.some((v) => v.table === table)) await this.engine.exec(buildDropViewSql(table));
    const made: MappedView[] = [];
    try {
      for (const view of next) {
        await this.engine.exec(view.sql);
        const columns = await this.engine.rows<ColumnInfo>(buildColumnsSql(view.table));
        made.push({ table: view.table, source: view.source, columns });
      }
    } finally {
      this.views = made;
      this.changed(...before, ...made.map((v) => v.table));
    }
  }

  /** Datasets the catalog lists: all but held ones (they show where they are being matched). */
  get listed(): Dataset[] {
    return this.items.filter((d) => !d.held);
  }

  find(table: string): Dataset | undefined {
    return this.items.find((d) => d.table === table);
  }

  /** Load one source as a new table; the name is derived from the file name and made unique. */
  async load(
    source: DatasetSource,
    options: { table?: string; demo?: boolean; held?: boolean } = {},
  ): Promise<Dataset> {
    const dataset = this.add(source, options);
    await this.ingest(dataset, false);
    await this.loadOtherSheets(dataset, options);
    return dataset;
  }

  /**
   * A workbook of several sheets, loaded without naming one: its first sheet's table takes the
   * sheet's name, and every other sheet loads as a table of its own (named after its sheet).
   */
  private async loadOtherSheets(
    first: Dataset,
    options: { table?: string; held?: boolean },
  ): Promise<void> {
    const source = first.source;
    const sheets = first.result?.sheets ?? [];
    if (source.kind !== 'file' || source.sheet !== undefined || sheets.length < 2) return;
    if (options.held || options.table !== undefined) return;
    const [head, ...rest] = sheets as [string, ...string[]];
    first.source = { ...source, sheet: head };
    first.label = `${source.name} · ${head}`;
    await this.rename(first.table, head).catch(() => undefined);
    const added = rest.map((sheet) => this.add({ ...source, sheet }, { table: sheet }));
    for (const dataset of added) await this.ingest(dataset, false);
  }

  /**
   * Reserve a table name for a source (synchronously, so loads started together never pick the
   * same name) and list it as loading.
   */
  private add(
    source: DatasetSource,
    options: { table?: string; demo?: boolean; held?: boolean },
  ): Dataset {
    const label =
      source.kind === 'file'
        ? source.sheet === undefined
          ? source.name
          : `${source.name} · ${source.sheet}`
        : (source.name ?? source.url);
    const taken = [
      ...this.items.filter((d) => d.status !== 'error').map((d) => d.table),
      ...this.views.map((v) => v.table),
    ];
    const table = deriveTableName(options.table ?? label, taken);
    const previous = this.items.findIndex((d) => d.table === table && d.status === 'error');
    if (previous >= 0) this.items.splice(previous, 1);
    this.items.push({
      table,
      source,
      label,
      status: 'loading',
      progress: null,
      result: null,
      error: null,
      rows: 0,
      columns: [],
      demo: Boolean(options.demo),
      hash: null,
      held: Boolean(options.held),
    });
    return this.items[this.items.length - 1] as Dataset;
  }

  private async ingest(dataset: Dataset, replace: boolean, attempt = 0): Promise<void> {
    const controller = new AbortController();
    this.controllers[dataset.table] = controller;
    dataset.status = 'loading';
    dataset.error = null;
    try {
      const result = await this.engine.ingest(
        // A plain copy: reactive state proxies cannot cross to the worker (a File stays a File).
        $state.snapshot(dataset.source) as DatasetSource,
        { table: dataset.table, replace },
        (progress) => (dataset.progress = progress),
        controller.signal,
      );
      dataset.result = result;
      dataset.rows = result.rows;
      dataset.columns = await this.engine.rows<ColumnInfo>(buildColumnsSql(dataset.table));
      dataset.hash = result.hash;
      dataset.status = 'ready';
      this.changed(dataset.table);
      mark(MARKS.datasetReady(dataset.table));
    } catch (error) {
      const info = errorInfo(error);
      // The engine was restarted under this load (e.g. to stop a query): load it into the new one.
      if (info.code === 'engine.restarted' && attempt < 2 && !controller.signal.aborted) {
        delete this.controllers[dataset.table];
        return this.ingest(dataset, replace, attempt + 1);
      }
      dataset.status = 'error';
      dataset.error = info;
    } finally {
      if (this.controllers[dataset.table] === controller) delete this.controllers[dataset.table];
    }
  }

  cancel(table: string): void {
    this.controllers[table]?.abort();
  }

  /** Forget a dataset (and drop its table when it was loaded). */
  async remove(table: string): Promise<void> {
    const dataset = this.find(table);
    if (!dataset) return;
    if (dataset.status === 'loading') this.cancel(table);
    if (dataset.status === 'ready') await this.engine.exec(buildDropTableSql(table));
    this.items = this.items.filter((d) => d !== dataset);
    this.changed(table);
  }

  async rename(table: string, requested: string): Promise<string> {
    const dataset = this.find(table);
    if (!dataset || dataset.status !== 'ready')
      throw labError('input', 'dataset.unreadable', 'No such table');
    const name = sanitizeTableName(requested);
    if (name === table) return table;
    if (this.items.some((d) => d !== dataset && d.table.toLowerCase() === name.toLowerCase()))
      throw labError('input', 'dataset.name-taken', `A table named ${name} already exists.`, {
        name,
      });
    await this.engine.exec(buildRenameTableSql(table, name));
    dataset.table = name;
    if (dataset.demo) this.bundledNames[dataset.label] = name;
    this.moveDescriptions(table, name);
    this.changed(table, name);
    return name;
  }

  /** The data dictionary describes a table under its new name. */
  private moveDescriptions(from: string, to: string): void {
    const entry = this.dictionary[from];
    if (!entry || from === to) return;
    const next = { ...this.dictionary, [to]: entry };
    delete next[from];
    this.dictionary = next;
  }

  /**
   * The names a lab gives its bundled files (a rename it was saved or shared with): tables already
   * loaded are renamed, the others load under them.
   */
  async nameBundled(refs: readonly { file: string; table: string }[]): Promise<void> {
    for (const { file, table } of refs) {
      this.bundledNames[file] = table;
      const loaded = this.items.find((d) => d.demo && d.label === file && d.status === 'ready');
      // A name taken meanwhile (the user's own file) keeps the bundled table's current name.
      if (loaded && loaded.table !== table)
        await this.rename(loaded.table, table).catch(() => undefined);
    }
  }

  /** Exact row count (after the user changed a table with SQL). */
  async refresh(table: string): Promise<void> {
    const dataset = this.find(table);
    if (!dataset || dataset.status !== 'ready') return;
    const [row] = await this.engine.rows<{ rows: number }>(buildRowCountSql(table));
    const columns = await this.engine.rows<ColumnInfo>(buildColumnsSql(table));
    const rows = row?.rows ?? 0;
    // A changed count or schema means cached results over this table are stale.
    if (rows !== dataset.rows || JSON.stringify(columns) !== JSON.stringify(dataset.columns)) {
      dataset.rows = rows;
      dataset.columns = columns;
      this.changed(table);
    }
  }

  /** A held dataset joins the lab: listed, read by panels, saved. */
  release(table: string): void {
    const dataset = this.find(table);
    if (!dataset?.held) return;
    dataset.held = false;
    this.changed(table);
  }

  /** Rename columns (expected name ← the file's name), e.g. another brand's export of a lab's file. */
  async renameColumns(table: string, mapping: Record<string, string>): Promise<void> {
    for (const [to, from] of Object.entries(mapping))
      if (from && from !== to) await this.engine.exec(buildRenameColumnSql(table, from, to));
    await this.refresh(table);
    this.changed(table);
  }

  /** What a link or saved lab keeps of a local file instead of the file itself. */
  fingerprint(table: string): Fingerprint | null {
    const dataset = this.find(table);
    if (!dataset || dataset.status !== 'ready' || dataset.hash === null) return null;
    return { columns: dataset.columns.map((c) => c.name), rows: dataset.rows, hash: dataset.hash };
  }

  /**
   * After an engine restart: load every loaded dataset again from its source (those loading at
   * the restart load again by themselves, see `ingest`).
   */
  async reloadAll(): Promise<number> {
    const again = this.items.filter((d) => d.status === 'ready');
    await Promise.all(again.map((d) => this.ingest(d, true)));
    return again.filter((d) => d.status === 'ready').length;
  }

  /** Load the bundled demo datasets listed in `data/manifest.json`, and their dictionary. */
  async loadDemo(options: { first?: string[] } = {}): Promise<void> {
    const [manifest, dictionary] = await Promise.all([
      fetch(demoUrl('manifest.json')).then((r) => (r.ok ? r.json() : null)) as Promise<unknown>,
      fetch(demoUrl('dictionary.json')).then((r) =>
        r.ok ? r.json() : {},
      ) as Promise<DataDictionary>,
    ]);
    if (!isDemoManifest(manifest))
      throw labError('input', 'dataset.unreadable', 'Demo manifest missing');
    this.dictionary = dictionary;
    for (const entry of manifest.tables) {
      const name = this.bundledNames[entry.file];
      if (name) this.moveDescriptions(entry.table, name);
    }
    const first = options.first ?? [];
    const rank = (table: string) => (first.includes(table) ? first.indexOf(table) : first.length);
    // Tables the first screen needs load first (a stable sort keeps the manifest's order otherwise).
    const missing = manifest.tables
      .filter((t) => !this.items.some((d) => d.demo && d.label === t.file))
      .sort(
        (a, b) =>
          rank(this.bundledNames[a.file] ?? a.table) - rank(this.bundledNames[b.file] ?? b.table),
      );
    // Every name is reserved first (a file the user drops meanwhile cannot take it); then the loads
    // run one after another: one worker does the work anyway, and the first tables are usable sooner.
    const queued = missing.map((entry) =>
      this.add(
        { kind: 'url', url: demoUrl(entry.file), name: entry.file },
        { table: this.bundledNames[entry.file] ?? entry.table, demo: true },
      ),
    );
    for (const dataset of queued) await this.ingest(dataset, false);
    mark(MARKS.demoReady);
  }
}
