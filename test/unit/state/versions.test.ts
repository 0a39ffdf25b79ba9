/** Panel and toolkit versions: stored in the lab state and migrated on decode. */
import { describe, expect, it } from 'vitest';
import { upgradeUnit, type Notice } from '../../../src/state/lab-state';
import { decodeLabFragment, encodeLabFragment } from '../../../src/state/link';
import { emptyLabState } from '../../../src/state/lab-state';

// A unit at version 3 whose v1 `days` became `windowDays` in v2 and whose v2 `mode` lost 'old'.
const unit = {
  id: 'demo',
  version: 3,
  migrate(values: Record<string, unknown>, from: number) {
    let v = { ...values };
    if (from < 2) v = { windowDays: v.days, ...(v.mode ? { mode: v.mode } : {}) };
    if (from < 3 && v.mode === 'old') v.mode = 'new';
    return v;
  },
};

describe('unit versions', () => {
  it('migrates parameters saved by an older version step by step', () => {
    const notices: Notice[] = [];
    expect(upgradeUnit(unit, 1, { days: 7, mode: 'old' }, 'panel', notices)).toEqual({
      windowDays: 7,
      mode: 'new',
    });
    expect(upgradeUnit(unit, 2, { windowDays: 9, mode: 'old' }, 'panel', notices)).toEqual({
      windowDays: 9,
      mode: 'new',
    });
    // A state from before versions were stored counts as version 1.
    expect(upgradeUnit(unit, undefined, { days: 5 }, 'panel', notices)).toEqual({ windowDays: 5 });
    expect(upgradeUnit(unit, 3, { windowDays: 1 }, 'panel', notices)).toEqual({ windowDays: 1 });
    expect(notices).toEqual([]);
  });

  it('keeps a newer version as it is, and a failing migration falls back to defaults; both said', () => {
    const notices: Notice[] = [];
    expect(upgradeUnit(unit, 4, { x: 1 }, 'toolkit', notices)).toEqual({ x: 1 });
    const broken = {
      ...unit,
      migrate: () => {
        throw new Error('no');
      },
    };
    expect(upgradeUnit(broken, 1, { days: 3 }, 'panel', notices)).toEqual({});
    expect(notices.map((n) => n.code)).toEqual(['state.toolkit-newer', 'state.panel-not-migrated']);
  });

  it('writes each panel and toolkit version into links', async () => {
    const state = emptyLabState();
    state.sections = [{ id: 's', title: '', toolkit: { id: 'grow', version: 1, inputs: {} } }];
    state.panels = [
      { key: 'a', panel: 'grow.waterfall', version: 1, params: {}, width: 2, section: 's' },
    ];
    const fragment = await encodeLabFragment(state);
    const raw = JSON.parse(
      new TextDecoder().decode(
        await new Response(
          new Blob([
            Uint8Array.from(
              atob(fragment.split('.')[1]!.replaceAll('-', '+').replaceAll('_', '/')),
              (c) => c.charCodeAt(0),
            ),
          ])
            .stream()
            .pipeThrough(new DecompressionStream('deflate-raw')),
        ).arrayBuffer(),
      ),
    ) as { panels: { version: number }[]; sections: { toolkit: { version: number } }[] };
    expect(raw.panels[0]?.version).toBe(1);
    expect(raw.sections[0]?.toolkit.version).toBe(1);
    expect((await decodeLabFragment(fragment)).state).toEqual(state);
  });
});
