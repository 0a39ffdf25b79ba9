/** The mind map's layout: brand → pillars → sub-metrics, in order, with branches folded away. */
import { describe, expect, it } from 'vitest';
import { mindMapLayout } from './plots';

const rows = [
  { pillar: 'innovation', metric: 'new_gmv', value: 0.4, pct: 100, score: 62.5 },
  { pillar: 'innovation', metric: 'hit_rate', value: 0, pct: 0, score: 62.5 },
  { pillar: 'communication', metric: 'reach', value: 0.3, pct: 50, score: 50 },
  { pillar: 'value', metric: 'premium', value: 37 / 36, pct: 100, score: 87.5 },
];

describe('the mind map layout', () => {
  it('puts the brand first, then its pillars with their scores, then each sub-metric with value and percentile', () => {
    const { nodes, links } = mindMapLayout(rows, '甲', 'zh-CN', 26);
    expect(nodes.map((n) => [n.depth, n.label])).toEqual([
      [0, '甲 67'], // (62.5 + 50 + 87.5) / 3 = 66.7
      [1, '创新 63'],
      [1, '沟通 50'],
      [1, '价值 88'],
      [2, '新品 GMV 占比 40% · P100'],
      [2, '爆品成功率 0% · P0'],
      [2, 'A+I 触达占比 30% · P50'],
      [2, '同价格带溢价 1.03 · P100'],
    ]);
    expect(links).toHaveLength(7);
    // Sub-metrics one row apart, top to bottom in order; pillars know what they fold.
    const leaves = nodes.filter((n) => n.depth === 2).map((n) => n.y);
    expect(leaves).toEqual([...leaves].sort((a, b) => a - b));
    expect(nodes.filter((n) => n.depth === 1).map((n) => n.pillar)).toEqual([
      'innovation',
      'communication',
      'value',
    ]);
  });

  it('folds a pillar away: its sub-metrics and links go, its label counts them', () => {
    const { nodes, links } = mindMapLayout(rows, '甲', 'en', 26, ['innovation']);
    expect(nodes.filter((n) => n.depth === 1).map((n) => n.label)).toEqual([
      'Innovation 63 (+2)',
      'Communication 50',
      'Value 88',
    ]);
    expect(nodes.filter((n) => n.depth === 2).map((n) => n.id)).toEqual(['reach', 'premium']);
    expect(links).toHaveLength(5);
  });
});
