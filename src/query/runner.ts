/**
 * Query discipline for panels: results cached by SQL (in-flight promises shared, so two panels with
 * the same SQL run it once), a query cancelled only when nobody waits for it any more, and a bounded
 * cache. Stale results are dropped by the caller (the panel keeps the latest request only).
 */
import { labError } from '../engine/errors';

export interface Runner<R> {
  /**
   * Run (or reuse) `sql`; `signal` withdraws this caller's interest. `key` (default: the SQL) is
   * what results are cached and shared under, e.g. the SQL plus the versions of the data it reads.
   */
  run(sql: string, signal?: AbortSignal, key?: string): Promise<R>;
  /** Forget every cached result (after the data changed). */
  clear(): void;
  readonly size: number;
}

interface Entry<R> {
  promise: Promise<R>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

export function createRunner<R>(
  execute: (sql: string, signal: AbortSignal) => Promise<R>,
  capacity = 64,
): Runner<R> {
  const cache = new Map<string, Entry<R>>();

  function evict(): void {
    for (const [sql, entry] of cache) {
      if (cache.size <= capacity) return;
      if (entry.settled) cache.delete(sql);
    }
  }

  return {
    get size() {
      return cache.size;
    },
    clear() {
      for (const entry of cache.values()) if (!entry.settled) entry.controller.abort();
      cache.clear();
    },
    run(sql, signal, key = sql) {
      // Withdrawn before it was asked: nothing starts.
      if (signal?.aborted)
        return Promise.reject(labError('cancelled', 'engine.cancelled', 'Cancelled'));
      let entry = cache.get(key);
      if (!entry) {
        const controller = new AbortController();
        const created: Entry<R> = {
          promise: Promise.resolve() as Promise<R>,
          controller,
          waiting: 0,
          settled: false,
        };
        created.promise = execute(sql, controller.signal).then(
          (value) => {
            created.settled = true;
            return value;
          },
          (error: unknown) => {
            // Failures are not cached: the next request tries again.
            if (cache.get(key) === created) cache.delete(key);
            throw error;
          },
        );
        // Every waiter gets the failure through its own promise; the shared one must not also
        // surface as unhandled when the last waiter has left (e.g. cancelled by `clear`).
        created.promise.catch(() => undefined);
        cache.set(key, created);
        entry = created;
        evict();
      } else {
        // Most recently used last, so eviction takes the oldest.
        cache.delete(key);
        cache.set(key, entry);
      }
      const current = entry;
      current.waiting++;
      return new Promise<R>((resolve, reject) => {
        const onAbort = () => {
          current.waiting--;
          reject(labError('cancelled', 'engine.cancelled', 'Cancelled'));
          if (current.waiting === 0 && !current.settled) {
            // The reason travels on: a user's stop is handled more firmly than a panel leaving.
            current.controller.abort(signal?.reason);
            if (cache.get(key) === current) cache.delete(key);
          }
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        current.promise.then(
          (value) => {
            signal?.removeEventListener('abort', onAbort);
            current.waiting--;
            resolve(value);
          },
          (error: unknown) => {
            signal?.removeEventListener('abort', onAbort);
            current.waiting--;
            reject(error);
          },
        );
      });
    },
  };
}
