import { untrack } from 'svelte';
import { USER_CANCEL, type DecodedResult } from '../../engine/client';
import { EngineError, type EngineErrorInfo } from '../../engine/errors';
import type { PanelView } from '../../lab/panel-view';
import { queries } from '../panel-context.svelte';
import { isCostly, scanEstimate, type CostEstimate } from '../../lab/cost';
import { datasets } from '../lab.svelte';
import { estimateQuery } from '../cost';

/** Toolkit sections the user chose to run however large their tables (this page only). */
const approvedSections = $state<Record<string, true>>({});

/** A lab table's rows and width (a mapped view counts its source's rows). */
function tableSize(table: string): { rows: number; columns: number } {
  const view = datasets.views.find((v) => v.table === table);
  const dataset = datasets.find(view ? view.source : table);
  return {
    rows: dataset?.rows ?? 0,
    columns: view?.columns.length ?? dataset?.columns.length ?? 1,
  };
}

/**
 * One panel's query, from its view to its result: it re-runs only when the SQL changes (display
 * parameters change the plot, not the SQL), withdraws the previous request and drops a late
 * answer to it, and can be stopped by the user. A stopped query stays stopped while the view is
 * rebuilt (a table loading) until the user runs it again or its SQL changes. Create it while a
 * component initialises: it owns an effect.
 */
export class PanelQuery {
  result = $state<DecodedResult | null>(null);
  error = $state<EngineErrorInfo | null>(null);
  loading = $state(false);
  stopped = $state(false);
  /** A user's SQL the planner expects to be heavy: held until the user runs it anyway. */
  costly = $state<CostEstimate | null>(null);
  #reruns = $state(0);
  /** SQL texts the user chose to run whatever they cost. */
  #approved: Record<string, true> = {};
  #stoppedSql: string | null = null;
  #running: AbortController | null = null;
  #view: () => PanelView | null;
  /** The toolkit section the panel belongs to (a heavy toolkit is approved for its section). */
  #section: () => string | null;

  constructor(view: () => PanelView | null, section: () => string | null = () => null) {
    this.#view = view;
    this.#section = section;
    $effect(() => {
      const current = view();
      void this.#reruns;
      return untrack(() => this.#run(current));
    });
  }

  #run(current: PanelView | null): (() => void) | undefined {
    const sql = current?.sql ?? null;
    if (!current || sql === null) {
      this.result = null;
      this.error = null;
      this.loading = false;
      return;
    }
    if (sql === this.#stoppedSql) return;
    const controller = new AbortController();
    this.#running = controller;
    this.loading = true;
    this.stopped = false;
    this.error = null;
    this.costly = null;
    // A user's own SQL (the SQL cell) is costed first: a cross join of two big tables would
    // otherwise freeze the engine for minutes. The lab's own queries are known quantities.
    // A toolkit's panel on very large tables (a provider's own years of events) asks too.
    const section = this.#section();
    const asked =
      current.definition.id === 'sql'
        ? this.#approved[sql]
          ? null
          : estimateQuery(sql)
        : section !== null && !approvedSections[section] && current.definition.id.includes('.')
          ? scanEstimate(current.tables.map(tableSize))
          : null;
    void Promise.resolve(asked).then((estimate) => {
      if (controller.signal.aborted) return;
      if (isCostly(estimate)) {
        this.costly = estimate;
        this.loading = false;
        return;
      }
      this.#query(current, sql, controller);
    });
    return () => controller.abort();
  }

  #query(current: PanelView, sql: string, controller: AbortController): void {
    queries.run({ sql, derived: current.derived, tables: current.tables }, controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        this.result = value;
        this.loading = false;
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        this.result = null;
        this.loading = false;
        this.error =
          e instanceof EngineError
            ? e.info
            : { kind: 'internal', name: 'Error', message: String(e) };
      },
    );
  }

  /** Run the costly SQL anyway (a toolkit panel: every panel of its section). */
  runAnyway(): void {
    const sql = this.#view()?.sql;
    const section = this.#section();
    if (this.costly?.operator === 'SCAN' && section !== null) approvedSections[section] = true;
    else if (sql) this.#approved[sql] = true;
    this.costly = null;
    this.rerun();
  }

  /** Stop the query (DuckDB stops, or the engine is restarted: see the engine client). */
  stop(): void {
    this.#running?.abort(USER_CANCEL);
    this.#stoppedSql = this.#view()?.sql ?? null;
    this.loading = false;
    this.stopped = true;
  }

  rerun(): void {
    this.#stoppedSql = null;
    this.#reruns++;
  }
}
