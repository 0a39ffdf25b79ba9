import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { untrack } from 'svelte';
import type { DecodedResult } from '../../engine/client';
import {
  dataSignature,
  judgeCached,
  tableFingerprint,
  type CachedResult,
  type CurrentState,
} from '../../query/result-cache';
import { browserResultStore } from '../../query/result-store';
import type { PanelView } from '../../lab/panel-view';
import type { PanelDefinition } from '../../panel/contract';
import { datasets, engineStatus } from '../lab.svelte';

/** A loaded table's fingerprint for kept results, or null while it is not loaded. */
function fingerprintOf(table: string): string | null {
  const dataset = datasets.items.find((d) => d.table === table && d.status === 'ready');
  return dataset?.hash
    ? tableFingerprint(
        dataset.hash,
        dataset.columns.map((c) => c.name),
      )
    : null;
}

const settled = () =>
  engineStatus.state === 'ready' && !datasets.items.some((d) => d.status === 'loading');

/**
 * A panel's kept result from an earlier visit (see `src/query/result-cache.ts`): read when the
 * panel mounts, shown until the engine's answer arrives (or dropped as soon as it no longer fits
 * the panel or its data), and every fresh answer kept for the next visit. Create it while a
 * component initialises: it owns effects.
 */
export class CachedPanelResult {
  entry = $state<CachedResult | null>(null);
  /** The kept result decoded, as a query result. */
  readonly result = $derived<DecodedResult | null>(
    this.entry ? { table: tableFromIPC(this.entry.ipc), truncated: false, ms: 0 } : null,
  );

  /** The kept result's view of the panel (its SQL and parameters), or null when none is kept. */
  viewFor(definition: PanelDefinition): PanelView | null {
    const entry = this.entry;
    if (!entry) return null;
    return {
      definition,
      params: entry.params,
      errors: [],
      inputErrors: [],
      overrides: [],
      sql: entry.sql,
      derived: [],
      tables: Object.keys(entry.data),
      filters: [],
      columnFilters: [],
      missing: [],
    };
  }

  constructor(
    key: () => string,
    view: () => PanelView | null,
    fresh: () => DecodedResult | null,
    store = browserResultStore,
  ) {
    // Read the kept result when the panel has no answer of its own yet.
    $effect(() => {
      const wanted = key();
      if (untrack(fresh)) return;
      let stale = false;
      void store.get(wanted).then((entry) => {
        if (stale || !entry || untrack(fresh)) return;
        this.entry = entry;
      });
      return () => {
        stale = true;
        this.entry = null;
      };
    });
    // Drop it as soon as the panel asks something else or its data changed.
    $effect(() => {
      const entry = this.entry;
      if (!entry) return;
      const current = view();
      const now: CurrentState = {
        sql: current?.sql ?? null,
        data: current?.sql ? dataSignature(current.tables, fingerprintOf) : null,
        settled: settled(),
      };
      if (judgeCached(entry, now) === 'drop') this.entry = null;
    });
    // Keep every fresh answer (the view it answers is the current one: late answers are dropped).
    $effect(() => {
      const answer = fresh();
      if (!answer) return;
      this.entry = null;
      const current = untrack(view);
      const wanted = untrack(key);
      if (!current?.sql) return;
      const data = untrack(() => dataSignature(current.tables, fingerprintOf));
      if (!data) return;
      const entry: CachedResult = {
        key: wanted,
        sql: current.sql,
        data,
        params: $state.snapshot(current.params) as Record<string, unknown>,
        ipc: tableToIPC(answer.table),
        savedAt: Date.now(),
      };
      // After the chart is drawn: writing is never on the way to the screen.
      setTimeout(() => void store.put(entry), 0);
    });
  }
}
