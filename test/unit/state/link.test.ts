import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPanel, PANELS, TOOLKITS } from '../../../src/panel/registry';
import {
  emptyLabState,
  MAX_PANELS,
  parseLabState,
  type LabState,
} from '../../../src/state/lab-state';
import { decodeLabFragment, encodeLabFragment } from '../../../src/state/link';

const GOLDEN = path.resolve(import.meta.dirname, '../../golden/links');

function labWithEveryExample(): LabState {
  const state = emptyLabState();
  state.title = '品牌体检 · Brand check';
  state.description = 'Q4 review for a client';
  state.datasets = [
    { table: 'orders', kind: 'bundled', file: 'orders.parquet' },
    { table: 'remote', kind: 'url', url: 'https://data.example/brand.parquet' },
    {
      table: '销售',
      kind: 'local',
      name: '销售.csv',
      fingerprint: { columns: ['id', '金额'], rows: 10, hash: 'abc123' },
    },
  ];
  state.filters = {
    brand: 3,
    competitors: [4, 5],
    dateFrom: '2026-01-01',
    dateTo: '2026-06-30',
    crowd: 'Z世代',
    category: null,
    columns: [
      { column: 'origin', values: ['PVG', "O'Hare"] },
      { column: 'Flight Date', from: '2026-01-01' },
      { column: 'brand_id', values: ['3'], source: 'k0' },
    ],
  };
  state.sections = [{ id: 's1', title: '概览', toolkit: null }];
  let i = 0;
  for (const panel of PANELS.values())
    for (const example of panel.examples)
      state.panels.push({
        key: `k${i++}`,
        panel: panel.id,
        version: panel.version,
        params: { ...example.params },
        width: i % 4 === 0 ? 'full' : 1,
        section: i % 2 ? 's1' : null,
      });
  // Every toolkit example opens as a section whose panels follow its inputs.
  for (const toolkit of TOOLKITS.values())
    toolkit.examples.forEach((example, n) => {
      const id = `${toolkit.id}-${n}`;
      state.sections.push({
        id,
        title: '',
        toolkit: { id: toolkit.id, version: 1, inputs: { ...example.inputs } },
      });
      for (const { panel, width } of toolkit.panels)
        state.panels.push({
          key: `k${i++}`,
          panel: panel.id,
          version: 1,
          params: {},
          width,
          section: id,
        });
    });
  return state;
}

describe('share links', () => {
  it('round-trip every panel example exactly', async () => {
    const state = labWithEveryExample();
    const fragment = await encodeLabFragment(state);
    expect(fragment).toMatch(/^lab=1\.[A-Za-z0-9_-]+$/);
    const decoded = await decodeLabFragment(`#${fragment}`);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it("carry a panel's own title and subtitle; blank ones are not kept", async () => {
    const state = emptyLabState();
    state.panels = [
      {
        key: 'a',
        panel: 'trend',
        version: 1,
        params: {},
        width: 1,
        section: null,
        title: '天猫旗舰店月度 GMV',
        subtitle: '2026 年 1–11 月，含 618 与双11',
      },
      { key: 'b', panel: 'kpi', version: 1, params: {}, width: 1, section: null, title: '  ' },
    ];
    const decoded = await decodeLabFragment(`#${await encodeLabFragment(state)}`);
    expect(decoded.state.panels[0]).toMatchObject({
      title: '天猫旗舰店月度 GMV',
      subtitle: '2026 年 1–11 月，含 618 与双11',
    });
    expect(decoded.state.panels[1]).not.toHaveProperty('title');
    const long = parseLabState({
      version: 1,
      panels: [{ panel: 'kpi', title: 'x'.repeat(500), subtitle: 7 }],
    });
    expect(long.state.panels[0]?.title).toHaveLength(120);
    expect(long.state.panels[0]).not.toHaveProperty('subtitle');
  });

  it('carry the data mapping (names only); a hostile one is cut to what the contract knows', async () => {
    const state = emptyLabState();
    state.mapping = {
      origin: '2025-09-01',
      tables: {
        orders: {
          source: '订单明细',
          group: true,
          columns: {
            order_id: { column: '订单编号' },
            status: { column: '订单状态', values: { 已退款: 'refunded' } },
            crowd: { column: null, constant: '其他' },
          },
        },
      },
    };
    const decoded = await decodeLabFragment(`#${await encodeLabFragment(state)}`);
    expect(decoded.state.mapping).toEqual(state.mapping);
    const hostile = parseLabState({
      version: 1,
      mapping: {
        origin: '2025-09-01',
        tables: {
          orders: {
            source: '订单',
            columns: {
              order_id: { column: 'x"; DROP TABLE t; --' },
              not_a_column: { column: 'a' },
              pay_amount: { column: null, constant: { sql: 'SELECT 1' } },
            },
          },
          secrets: { source: 'x', columns: {} },
        },
      },
    });
    // Names stay names (quoted where used); unknown tables, columns and non-scalar constants go.
    expect(hostile.state.mapping).toEqual({
      origin: '2025-09-01',
      tables: {
        orders: {
          source: '订单',
          group: false,
          columns: { order_id: { column: 'x"; DROP TABLE t; --' } },
        },
      },
    });
    expect(parseLabState({ version: 1, mapping: { origin: 'soon' } }).notices).toEqual([
      { code: 'state.mapping-dropped' },
    ]);
  });

  it('stay short for a typical lab', async () => {
    const state = emptyLabState();
    state.panels = [
      { key: 'a', panel: 'kpi', version: 1, params: {}, width: 1, section: null },
      { key: 'b', panel: 'trend', version: 1, params: { grain: 'month' }, width: 2, section: null },
      {
        key: 'c',
        panel: 'heatmap',
        version: 1,
        params: { y: 'crowd', measure: 'tgi' },
        width: 1,
        section: null,
      },
    ];
    expect((await encodeLabFragment(state)).length).toBeLessThan(200);
  });

  it('open golden links made by earlier versions as the same lab, each unit at its version', async () => {
    // The second line is the lab as the version that made the link decoded it; since then each
    // panel and toolkit section also records the version of its definition.
    const unstamped = (state: LabState) => ({
      ...state,
      // Column filters came later; a lab without them decodes with none.
      filters: (({ columns, ...rest }) => (columns.length ? { ...rest, columns } : rest))(
        state.filters,
      ),
      sections: state.sections.map((s) => ({
        ...s,
        toolkit: s.toolkit && { id: s.toolkit.id, inputs: s.toolkit.inputs },
      })),
      // Panels that gained a default row condition (version 2) are migrated to none, which is
      // how the earlier version counted.
      panels: state.panels.map(({ version: _, ...rest }) => {
        const { whereColumn, ...others } = rest.params;
        return { ...rest, params: whereColumn === '' ? others : rest.params };
      }),
    });
    const files = fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.txt'));
    expect(files).toContain('v1-six-toolkits.txt');
    for (const file of files) {
      const [fragment, expected] = fs.readFileSync(path.join(GOLDEN, file), 'utf8').split('\n');
      const decoded = await decodeLabFragment(fragment as string);
      expect(decoded.notices, file).toEqual([]);
      expect(JSON.stringify(unstamped(decoded.state)), file).toBe(expected);
      for (const p of decoded.state.panels) expect(p.version).toBe(getPanel(p.panel)?.version);
      for (const s of decoded.state.sections)
        if (s.toolkit) expect(s.toolkit.version).toBe(TOOLKITS.get(s.toolkit.id)?.version);
    }
  });

  it('keeps a toolkit panel in a section of its own toolkit', () => {
    const { state, notices } = parseLabState({
      version: 1,
      sections: [
        { id: 'g', toolkit: { id: 'growth', inputs: { brand: 5 } } },
        { id: 'a', toolkit: { id: 'aipl', inputs: { brand: 1 } } },
        { id: 'plain', title: 'x' },
      ],
      panels: [
        // Moved into AIPL's section and into a plain one by an older lab: back to growth's.
        { key: 'k', panel: 'growth.kpis', section: 'a' },
        { key: 't', panel: 'growth.trend', section: 'plain' },
        // No FAST section in this lab: dropped, and said.
        { key: 'f', panel: 'fast.cards', section: null },
      ],
    });
    expect(state.panels.map((p) => [p.key, p.section])).toEqual([
      ['k', 'g'],
      ['t', 'g'],
    ]);
    expect(notices).toEqual([
      { code: 'state.toolkit-panel-dropped', detail: { panel: 'fast.cards' } },
    ]);
  });

  const hostile: [string, () => Promise<string> | string, string][] = [
    ['garbage', () => '#%%%not-a-lab', 'link.malformed'],
    ['an empty fragment', () => '', 'link.malformed'],
    [
      'a truncated payload',
      async () => (await encodeLabFragment(labWithEveryExample())).slice(0, 60),
      'link.damaged',
    ],
    ['bytes that are not deflate', () => '#lab=1.AAAAAAAAAAAA', 'link.damaged'],
    ['a future version', () => encodeRaw({ version: 99, panels: [] }), 'state.newer-version'],
    ['no version', () => encodeRaw({ panels: [] }), 'state.no-version'],
    ['a JSON array', () => encodeRaw([1, 2, 3]), 'state.unreadable'],
    [
      'a decompression bomb',
      () =>
        encodeBytes(new TextEncoder().encode(`{"version":1,"title":"${'a'.repeat(5_000_000)}"}`)),
      'link.too-large',
    ],
  ];
  for (const [name, make, code] of hostile) {
    it(`gives an empty lab and a notice for ${name}`, async () => {
      const decoded = await decodeLabFragment(await make());
      expect(decoded.state.panels).toEqual([]);
      expect(decoded.notices.map((n) => n.code)).toContain(code);
    });
  }

  it('keeps what is valid and says what it dropped (wrong types, unknown panels, __proto__)', async () => {
    const fragment = await encodeRaw(
      JSON.parse(`{
        "version": 1, "title": 42, "filters": {"brand": "3", "dateFrom": "2026-13-45'--", "crowd": "Z世代"},
        "datasets": [{"table": "x", "kind": "url", "url": "javascript:alert(1)"}, {"table": "orders", "kind": "bundled", "file": "orders.parquet"}],
        "panels": [
          {"key": "ok", "panel": "ranking", "params": {"limit": 5, "__proto__": {"polluted": true}, "evil": "x"}},
          {"panel": "no-such-panel"},
          "not an object",
          {"key": "ok", "panel": "kpi", "width": 9}
        ]
      }`),
    );
    const { state, notices } = await decodeLabFragment(fragment);
    expect(state.title).toBe('');
    expect(state.filters).toMatchObject({ brand: null, dateFrom: null, crowd: 'Z世代' });
    expect(state.datasets).toEqual([{ table: 'orders', kind: 'bundled', file: 'orders.parquet' }]);
    expect(state.panels.map((p) => [p.key, p.panel, p.width])).toEqual([
      ['ok', 'ranking', 1],
      ['ok-3', 'kpi', 1],
    ]);
    // A version-1 ranking counted every row: it keeps doing so (no row condition).
    expect(state.panels[0]?.params).toEqual({ limit: 5, whereColumn: '' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notices.map((n) => n.code).sort()).toEqual([
      'state.dataset-dropped',
      'state.panel-dropped',
      'state.panel-unknown',
    ]);
  });

  it('caps thousands of panels', async () => {
    const panels = Array.from({ length: 5000 }, (_, i) => ({
      key: `p${i}`,
      panel: 'note',
      params: { text: 'x' },
    }));
    const { state, notices } = await decodeLabFragment(await encodeRaw({ version: 1, panels }));
    expect(state.panels).toHaveLength(MAX_PANELS);
    expect(notices).toContainEqual({
      code: 'state.too-many-panels',
      detail: { kept: MAX_PANELS, given: 5000 },
    });
  });

  it('never throws on anything parseLabState is given', () => {
    for (const value of [
      null,
      undefined,
      0,
      'x',
      [],
      { version: '1' },
      { version: 1, panels: 'x', datasets: {}, filters: [] },
    ])
      expect(() => parseLabState(value)).not.toThrow();
  });
});

async function encodeBytes(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const deflated = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const b of deflated) binary += String.fromCharCode(b);
  return `#lab=1.${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

function encodeRaw(value: unknown): Promise<string> {
  return encodeBytes(new TextEncoder().encode(JSON.stringify(value)));
}
