import { untrack } from 'svelte';
import { USER_CANCEL, type DecodedResult } from '../../engine/client';
import { EngineError, type EngineErrorInfo } from '../../engine/errors';
import type { PanelView } from '../../lab/panel-view';
import { queries } from '../panel-context.svelte';

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
  #reruns = $state(0);
  #stoppedSql: string | null = null;
  #running: AbortController | null = null;
  #view: () => PanelView | null;

  constructor(view: () => PanelView | null) {
    this.#view = view;
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
    return () => controller.abort();
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
