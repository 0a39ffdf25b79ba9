/** Crowd names in the reader's language, while a click still filters by the name in the data. */
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../test/support/panels';
import { getPanel } from '../../src/panel/registry';
import { buildTgiBarsPlot } from './plots';

const rows = [
  { crowd: 'Z世代', n: 10, share: 0.4, tgi: 150, suppressed: false },
  { crowd: '精致妈妈', n: 5, share: 0.2, tgi: 80, suppressed: false },
];

describe('crowd names', () => {
  it('are English in an English chart and Chinese in a Chinese one', () => {
    const en = renderSvg(buildTgiBarsPlot({ rows, columns: [], width: 400, locale: 'en' }));
    expect(en).toContain('>Gen Z<');
    expect(en).toContain('>Sophisticated mums<');
    expect(en).not.toContain('精致妈妈');
    const zh = renderSvg(buildTgiBarsPlot({ rows, columns: [], width: 400, locale: 'zh-CN' }));
    expect(zh).toContain('>精致妈妈<');
  });

  it('filter the lab by the crowd as the data names it, whatever the language', () => {
    const panel = getPanel('crowd.tgi')!;
    expect(panel.click!({} as never)).toEqual({ column: 'crowd', field: 'crowd_key' });
    const options = buildTgiBarsPlot({ rows, columns: [], width: 400, locale: 'en' });
    const bars = (
      options.marks as unknown as { data: { crowd: string; crowd_key: string }[] }[]
    )[0]!;
    expect(bars.data.map((d) => [d.crowd, d.crowd_key])).toEqual([
      ['Gen Z', 'Z世代'],
      ['Sophisticated mums', '精致妈妈'],
    ]);
  });
});
