import { describe, expect, it } from 'vitest';
import { emptyLabState } from '../../../src/state/lab-state';
import {
  decodeLabFile,
  encodeLabFile,
  isLabFileName,
  labFileName,
  MAX_LAB_FILE_BYTES,
} from '../../../src/state/lab-file';

describe('.lab.json files', () => {
  it('round-trip a lab with a toolkit section', () => {
    const state = emptyLabState();
    state.title = '双11 复盘';
    state.sections = [
      { id: 's1', title: '', toolkit: { id: 'grow', version: 1, inputs: { brand: 9 } } },
    ];
    state.panels = [
      { key: 'a', panel: 'grow.waterfall', version: 1, params: {}, width: 2, section: 's1' },
      { key: 'b', panel: 'kpi', version: 2, params: { days: 7 }, width: 1, section: null },
    ];
    const decoded = decodeLabFile(encodeLabFile(state));
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('refuse what is not a lab, without throwing', () => {
    expect(decodeLabFile('{"format":').notices).toEqual([{ code: 'file.damaged' }]);
    expect(decodeLabFile('{"version":1,"panels":[]}').notices).toEqual([
      { code: 'file.not-a-lab' },
    ]);
    expect(decodeLabFile(' '.repeat(MAX_LAB_FILE_BYTES + 1)).notices).toEqual([
      { code: 'file.too-large' },
    ]);
    const newer = decodeLabFile('{"format":"ecology-lab","version":99}');
    expect(newer.notices).toEqual([{ code: 'state.newer-version', detail: { version: 99 } }]);
    expect(newer.state.panels).toEqual([]);
  });

  it('drop an unknown toolkit with a notice, keeping its panels out of any section', () => {
    const text = JSON.stringify({
      format: 'ecology-lab',
      version: 1,
      sections: [
        {
          id: 's1',
          toolkit: { id: 'no-such-toolkit', version: 1, inputs: { __proto__: { x: 1 } } },
        },
      ],
      panels: [{ key: 'a', panel: 'kpi', section: 's9' }],
    });
    const { state, notices } = decodeLabFile(text);
    expect(notices).toEqual([
      { code: 'state.toolkit-unknown', detail: { toolkit: 'no-such-toolkit' } },
    ]);
    expect(state.sections).toEqual([{ id: 's1', title: '', toolkit: null }]);
    expect(state.panels[0]?.section).toBeNull();
  });

  it('names files after the lab', () => {
    expect(labFileName('品牌 复盘/v2')).toBe('品牌-复盘-v2.lab.json');
    expect(labFileName('  ')).toBe('lab.lab.json');
    expect(isLabFileName('X.LAB.JSON')).toBe(true);
    expect(isLabFileName('data.json')).toBe(false);
  });
});
