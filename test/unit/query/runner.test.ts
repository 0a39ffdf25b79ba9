import { describe, expect, it } from 'vitest';
import { createRunner } from '../../../src/query/runner';

function fakeEngine() {
  const calls: string[] = [];
  const aborted: string[] = [];
  const pending = new Map<string, (v: string) => void>();
  const execute = (sql: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      calls.push(sql);
      pending.set(sql, resolve);
      signal.addEventListener('abort', () => {
        aborted.push(sql);
        reject(new Error('aborted'));
      });
    });
  return {
    calls,
    aborted,
    execute,
    finish: (sql: string) => pending.get(sql)?.(`result of ${sql}`),
  };
}

describe('panel query runner', () => {
  it('runs the same SQL once for several panels, and serves it from the cache afterwards', async () => {
    const engine = fakeEngine();
    const runner = createRunner(engine.execute);
    const a = runner.run('SELECT 1');
    const b = runner.run('SELECT 1');
    engine.finish('SELECT 1');
    expect(await a).toBe('result of SELECT 1');
    expect(await b).toBe('result of SELECT 1');
    expect(await runner.run('SELECT 1')).toBe('result of SELECT 1');
    expect(engine.calls).toEqual(['SELECT 1']);
  });

  it('cancels a query only when nobody waits for it any more', async () => {
    const engine = fakeEngine();
    const runner = createRunner(engine.execute);
    const first = new AbortController();
    const second = new AbortController();
    const a = runner.run('SELECT slow', first.signal).catch((e: Error) => e.message);
    const b = runner.run('SELECT slow', second.signal).catch((e: Error) => e.message);
    first.abort();
    expect(engine.aborted).toEqual([]);
    second.abort();
    expect(engine.aborted).toEqual(['SELECT slow']);
    expect(await a).toBe('Cancelled');
    expect(await b).toBe('Cancelled');
    // A cancelled query is not cached: asking again runs it again.
    void runner.run('SELECT slow').catch(() => undefined);
    expect(engine.calls).toEqual(['SELECT slow', 'SELECT slow']);
  });

  it('does not cache failures, and evicts the oldest results beyond its capacity', async () => {
    let fail = true;
    const calls: string[] = [];
    const runner = createRunner(async (sql: string) => {
      calls.push(sql);
      if (fail) throw new Error('boom');
      return sql;
    }, 2);
    await expect(runner.run('q')).rejects.toThrow('boom');
    fail = false;
    expect(await runner.run('q')).toBe('q');
    await runner.run('r');
    await runner.run('s');
    expect(runner.size).toBe(2);
    await runner.run('q');
    expect(calls).toEqual(['q', 'q', 'r', 's', 'q']);
  });

  it('starts nothing for a request withdrawn before it was made, and leaves no unhandled failure', async () => {
    const engine = fakeEngine();
    const runner = createRunner(engine.execute);
    const controller = new AbortController();
    controller.abort();
    await expect(runner.run('SELECT 3', controller.signal)).rejects.toMatchObject({
      info: { kind: 'cancelled' },
    });
    expect(engine.calls).toEqual([]);
    // Cleared while running with nobody waiting any more: the shared failure is handled.
    const waiter = new AbortController();
    const pending = runner.run('SELECT 4', waiter.signal);
    waiter.abort();
    await expect(pending).rejects.toMatchObject({ info: { kind: 'cancelled' } });
    runner.clear();
    expect(engine.aborted).toEqual(['SELECT 4']);
  });

  it('caches under the key it is given: the same SQL over changed data runs again', async () => {
    const engine = fakeEngine();
    const runner = createRunner(engine.execute);
    const first = runner.run('SELECT 5', undefined, 'SELECT 5|orders@1');
    engine.finish('SELECT 5');
    await first;
    await runner.run('SELECT 5', undefined, 'SELECT 5|orders@1');
    expect(engine.calls).toEqual(['SELECT 5']);
    const again = runner.run('SELECT 5', undefined, 'SELECT 5|orders@2');
    expect(engine.calls).toEqual(['SELECT 5', 'SELECT 5']);
    engine.finish('SELECT 5');
    await expect(again).resolves.toBe('result of SELECT 5');
  });
});
