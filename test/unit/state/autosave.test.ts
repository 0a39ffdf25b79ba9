import { describe, expect, it } from 'vitest';
import { createAutosaveStore, KEPT_SLOTS } from '../../../src/state/autosave';
import { emptyLabState, type LabState } from '../../../src/state/lab-state';
import { compactLabState } from '../../../src/state/link';

/** localStorage/sessionStorage as a Map; `full` makes every write fail as a full quota does. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

function lab(title: string, panels = 1): LabState {
  const state = emptyLabState();
  state.title = title;
  state.panels = Array.from({ length: panels }, (_, i) => ({
    key: `p${i}`,
    panel: 'kpi',
    version: 1,
    params: {},
    width: 1,
    section: null,
  }));
  return state;
}

let clock = 0;
const now = () => new Date(Date.UTC(2026, 11, 1) + clock++ * 1000);

describe('autosave slots', () => {
  it('keeps the own lab when a link opens in a new tab, and reopens each tab on reload', () => {
    const local = new MemoryStorage();
    const first = createAutosaveStore(local, new MemoryStorage(), now);
    first.use('own');
    expect(first.save(lab('我的复盘'), '', { query: 'SELECT 42' }, false)).toMatchObject({
      ok: true,
    });

    const tabSession = new MemoryStorage();
    const second = createAutosaveStore(local, tabSession, now);
    second.use(second.fresh('link'));
    second.save(lab('同事的链接'), '#lab=1.abc', {}, false);

    expect(first.read('own')?.state.title).toBe('我的复盘');
    expect(first.read('own')?.drafts).toEqual({ query: 'SELECT 42' });
    expect(first.list().map((e) => [e.origin, e.title])).toEqual([
      ['link', '同事的链接'],
      ['own', '我的复盘'],
    ]);
    // The second tab reloads with its link in the address bar: its own slot, not the own lab.
    const reloaded = createAutosaveStore(local, tabSession, now);
    expect(reloaded.reopened('#lab=1.abc', true)).toBe(second.slot);
    expect(reloaded.reopened('#lab=1.other', true)).toBeNull();
  });

  it('never saves an empty fallback over anything, and migrates the old single slot as the own lab', () => {
    const local = new MemoryStorage();
    local.setItem(
      'ecology-lab.autosave',
      JSON.stringify({ fragment: '', state: compactLabState(lab('旧的')) }),
    );
    const store = createAutosaveStore(local, new MemoryStorage(), now);
    expect(store.read('own')?.state.title).toBe('旧的');
    // A damaged link: a fresh slot, an empty lab, nothing written.
    store.use(store.fresh('link'));
    expect(store.save(emptyLabState(), '', {}, true)).toMatchObject({ ok: true });
    expect(store.list()).toHaveLength(1);
    expect(store.read('own')?.state.title).toBe('旧的');
  });

  it('keeps both versions when two tabs change the same lab', () => {
    const local = new MemoryStorage();
    const a = createAutosaveStore(local, new MemoryStorage(), now);
    const b = createAutosaveStore(local, new MemoryStorage(), now);
    a.use('own');
    a.save(lab('A 1'), '', {}, false);
    b.use('own');
    expect(b.read('own')?.state.title).toBe('A 1');
    a.save(lab('A 2'), '', {}, false);
    const outcome = b.save(lab('B 2'), '', {}, false);
    expect(outcome).toMatchObject({ ok: true, forked: true });
    expect(b.slot).toMatch(/^copy-/);
    expect(a.read('own')?.state.title).toBe('A 2');
    expect(a.read(b.slot ?? '')?.state.title).toBe('B 2');
    // Tab A goes on saving in its slot; B in its copy: no more forks.
    expect(a.save(lab('A 3'), '', {}, false)).toMatchObject({ forked: false });
    expect(b.save(lab('B 3'), '', {}, false)).toMatchObject({ forked: false });
  });

  it('reports a full quota instead of failing silently, and recovers', () => {
    const local = new MemoryStorage();
    const store = createAutosaveStore(local, new MemoryStorage(), now);
    store.use('own');
    local.full = true;
    expect(store.save(lab('x'), '', {}, false)).toEqual({ ok: false, reason: 'quota' });
    local.full = false;
    expect(store.save(lab('x'), '', {}, false)).toMatchObject({ ok: true });
  });

  it('keeps only the last few labs from links, never the own lab', () => {
    const local = new MemoryStorage();
    const store = createAutosaveStore(local, new MemoryStorage(), now);
    store.use('own');
    store.save(lab('own'), '', {}, false);
    for (let i = 0; i < KEPT_SLOTS + 3; i++) {
      store.use(store.fresh('link'));
      store.save(lab(`link ${i}`), `#lab=${i}`, {}, false);
    }
    const titles = store.list().map((e) => e.title);
    expect(titles).toHaveLength(KEPT_SLOTS + 1);
    expect(titles).toContain('own');
    expect(titles[0]).toBe(`link ${KEPT_SLOTS + 2}`);
    expect(titles).not.toContain('link 0');
  });
});
