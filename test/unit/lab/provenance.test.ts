import { describe, expect, it } from 'vitest';
import { labelledParams, provenanceLines, shortHash } from '../../../src/lab/provenance';
import { buildCsv } from '../../../src/panel/export';
import { TOOLKITS } from '../../../src/panel/registry';
import { citationText, resolveSources } from '../../../src/panel/sources';

const facts = {
  locale: 'zh-CN' as const,
  lab: '花西子 11 月复盘',
  panel: '品牌 GMV 排行',
  params: [
    { label: '品牌', value: '花西子' },
    { label: '汇总', value: '求和' },
  ],
  filters: ['日期：2026-11-01 – 2026-11-30'],
  datasets: [
    { table: 'orders', rows: 60506, hash: 'sha256s:3f9a1c2b7d4e5f60718293a4b5c6d7e8' },
    { table: 'brands', rows: 12, hash: null },
  ],
  definition: '近 30 天支付 GMV',
  sources: citationText('S17', 'zh-CN'),
  illustrative: false,
  link: 'https://lab.example/#lab=1.AbCdEf',
  version: '0.1.0+abc1234',
  date: '2026-12-01',
};

describe('the provenance stamp', () => {
  it('names the lab, panel, labelled parameters, filters, fingerprints, resolved source, link and version', () => {
    const lines = provenanceLines(facts);
    expect(lines).toEqual([
      '生态实验室 · 花西子 11 月复盘 · 品牌 GMV 排行 · 导出于 2026-12-01 · 版本 0.1.0+abc1234',
      '参数：品牌=花西子；汇总=求和；筛选 日期：2026-11-01 – 2026-11-30',
      '数据：orders (6.05万 行, sha256 3f9a1c2b7d4e)；brands (12 行)',
      '定义：近 30 天支付 GMV · 来源：阿里巴巴年报口径：年度活跃消费者与 GMV',
      '实验室链接：https://lab.example/#lab=1.AbCdEf',
    ]);
    // No bare source code and no parameter key survives into the stamp.
    expect(lines.join('\n')).not.toMatch(/\bS17\b|brandId|aggregate=/);
  });

  it('gives an image the short form of the link, and says where the full one is', () => {
    const [, , , , link] = provenanceLines(facts, { linkFingerprint: '0a1b2c3d' });
    expect(link).toBe('实验室链接：https://lab.example/ #0a1b2c3d（完整链接见 SVG/CSV 导出）');
  });

  it('says illustrative when the definition is the lab’s own, in English too', () => {
    const lines = provenanceLines({
      ...facts,
      locale: 'en',
      lab: '',
      sources: '',
      illustrative: true,
      link: null,
      params: [],
      filters: [],
    });
    expect(lines[0]).toMatch(/^Ecology Lab · Untitled lab · /);
    expect(lines.at(-1)).toBe(
      'Definition: 近 30 天支付 GMV · illustrative (the lab’s own definition)',
    );
    expect(lines.some((l) => l.startsWith('Data: orders (60.51K rows, sha256 3f9a1c2b7d4e)'))).toBe(
      true,
    );
  });

  it('goes into the CSV as trailing one-cell rows after a blank line', () => {
    const csv = buildCsv(['a'], [{ a: 1 }], provenanceLines(facts));
    const rows = csv.slice(1).split('\r\n');
    expect(rows.slice(0, 3)).toEqual(['a', '1', '']);
    expect(rows[3]).toMatch(/^生态实验室 · /);
    expect(rows[5]).toBe('"数据：orders (6.05万 行, sha256 3f9a1c2b7d4e)；brands (12 行)"');
  });

  it('shortens a hash to 12 hex digits whatever its prefix', () => {
    expect(shortHash('sha256s:00112233445566778899')).toBe('001122334455');
  });
});

describe('parameters by their labels', () => {
  it('reads enum options, aggregates, brands by name, booleans and long text as the user sees them', () => {
    const specs = {
      grain: {
        type: 'enum' as const,
        label: { zh: '粒度', en: 'Grain' },
        default: 'day',
        options: [{ value: 'month', label: { zh: '月', en: 'Month' } }],
        affectsQuery: true,
      },
      how: {
        type: 'aggregate' as const,
        label: { zh: '汇总', en: 'Aggregate' },
        default: 'sum' as const,
        affectsQuery: true,
      },
      brand: {
        type: 'brand' as const,
        label: { zh: '品牌', en: 'Brand' },
        default: 1,
        affectsQuery: true,
      },
      rivals: {
        type: 'brands' as const,
        label: { zh: '竞品', en: 'Competitors' },
        default: [],
        affectsQuery: true,
      },
      promo: {
        type: 'boolean' as const,
        label: { zh: '含大促', en: 'Promotions' },
        default: true,
        affectsQuery: true,
      },
      sql: {
        type: 'text' as const,
        label: { zh: 'SQL', en: 'SQL' },
        default: '',
        affectsQuery: true,
      },
      empty: {
        type: 'string' as const,
        label: { zh: '空', en: 'Empty' },
        default: '',
        affectsQuery: true,
      },
    };
    const names = new Map([
      [1, '花西子'],
      [2, '完美日记'],
    ]);
    const out = labelledParams(
      specs,
      {
        grain: 'month',
        how: 'sum',
        brand: 1,
        rivals: [2, 9],
        promo: false,
        sql: `SELECT ${'x, '.repeat(40)}1`,
        empty: '',
      },
      'zh-CN',
      (id) => names.get(id),
    );
    expect(out.slice(0, 5)).toEqual([
      { label: '粒度', value: '月' },
      { label: '汇总', value: '求和' },
      { label: '品牌', value: '花西子' },
      { label: '竞品', value: '完美日记、9' },
      { label: '含大促', value: '否' },
    ]);
    expect(out[5]?.value).toHaveLength(80);
    expect(out[5]?.value.endsWith('…')).toBe(true);
    expect(out).toHaveLength(6);
  });

  it('names a service provider by its name, an unknown one by its id', () => {
    const specs = {
      sp: {
        type: 'provider' as const,
        label: { zh: '服务商', en: 'Provider' },
        default: 1,
        affectsQuery: true,
      },
    };
    const name = (id: number) => (id === 3 ? '云帆营销 (3)' : undefined);
    expect(labelledParams(specs, { sp: 3 }, 'zh-CN', () => undefined, name)).toEqual([
      { label: '服务商', value: '云帆营销 (3)' },
    ]);
    expect(labelledParams(specs, { sp: 7 }, 'zh-CN', () => undefined, name)).toEqual([
      { label: '服务商', value: '7' },
    ]);
  });
});

describe('definition sources', () => {
  it('resolve every code a toolkit cites into a readable title', () => {
    for (const toolkit of TOOLKITS.values())
      for (const d of toolkit.definitions)
        for (const source of d.source ? resolveSources(d.source) : [])
          expect(source.title, `${toolkit.id}: ${d.source}`).not.toBeNull();
    expect(citationText('S1, S2, S8', 'en')).toBe(
      'Alibaba Cloud Quick Audience: AIPL model; Alibaba Cloud Quick Audience: how AIPL is computed; Quanzhan Yunying: FAST and consumer operations',
    );
    expect(citationText('S16b, S99', 'zh-CN')).toBe('天猫 × 贝恩：八大策略人群（2019）；S99');
  });
});
