/**
 * mindmap by crowd: the crowd × pillar scores and the drivers under each pillar, on the hand-built
 * world (test/support/toolkit-fixture.ts) plus a little content: as-of day 400, window (310, 400],
 * brands 1 (甲) and 2 (乙) of industry X.
 */
import { describe, expect, it } from 'vitest';
import { close, useToolkitFixture } from '../../test/support/toolkits';

const { run } = useToolkitFixture(`
ALTER TABLE products ADD COLUMN price_band INTEGER DEFAULT 1;
CREATE TABLE content AS SELECT * FROM (VALUES (1, 1, 'livestream'), (2, 2, 'livestream'), (3, 1, 'graphic'))
  t(content_id, brand_id, content_type);
ALTER TABLE events ADD COLUMN content_id INTEGER;
INSERT INTO events SELECT consumer_id, (SELECT crowd FROM consumers c WHERE c.consumer_id = t.consumer_id),
  brand_id, day_idx, DATE '2025-01-01' + day_idx, event_type, content_id
FROM (VALUES (5, 1, 396, 'content_view', 1), (5, 1, 396, 'content_like', 1), (6, 1, 392, 'content_view', 3),
  (8, 2, 397, 'content_view', 2), (6, 2, 397, 'content_view', 2), (6, 2, 397, 'content_share', 2))
  t(consumer_id, brand_id, day_idx, event_type, content_id);`);

describe('the mind map by crowd (metrics.md §2.1, illustrative)', () => {
  it('scores each pillar among one crowd’s consumers', async () => {
    const rows = await run('mindmap.crowds', {});
    // 甲's buyers in the window: c1 (新锐白领: orders 2, 8) and c7 (精致妈妈: 6, 7); one each.
    // Innovation (new-product GMV share): 新锐白领 0 (甲) and 0 (乙, order 11) tie → 50 each;
    // 精致妈妈 300 / 400 (p12 is new), alone → 50.
    // Communication: reach is 1 for every crowd that browsed 甲 (50 when alone or tied); engagement
    // 新锐白领 c5 liked what it viewed (1, alone → 50) → 50; 精致妈妈 reach only → 50.
    // Value: 365-day repurchase 新锐白领 c1 3 days → 1 vs 乙's 0 → 100, wallet 450 / 540 vs 90 / 540
    // → 100; 精致妈妈 c4, c7 one day each → 0 alone → 50, wallet 1 alone → 50.
    expect(rows.map((r) => [r.crowd, r.pillar, Math.round(Number(r.score)), r.buyers])).toEqual([
      ['新锐白领', 'communication', 50, 1],
      ['新锐白领', 'innovation', 50, 1],
      ['新锐白领', 'value', 100, 1],
      ['精致妈妈', 'communication', 50, 1],
      ['精致妈妈', 'innovation', 50, 1],
      ['精致妈妈', 'value', 50, 1],
    ]);
  });

  it('names the drivers under each pillar: the strongest crowd, and the content type that beats the industry', async () => {
    const drivers = (await run('mindmap.map', {})).filter((r) => r.driver !== null);
    // Ties go to the crowd with more buyers, then by name: 新锐白领 before 精致妈妈.
    // Content: 甲's livestream viewers all engaged (1 / 1), 乙's half (1 / 2): industry 0.75 →
    // lift 4/3, strength 50 × 4/3; 甲's graphic post drew no engagement anywhere (0 / 0: no lift).
    expect(drivers.map((r) => [r.pillar, r.metric, r.driver])).toEqual([
      ['innovation', 'driver_crowd', '新锐白领'],
      ['communication', 'driver_crowd', '新锐白领'],
      ['communication', 'driver_content', 'livestream'],
      ['value', 'driver_crowd', '新锐白领'],
    ]);
    close(drivers[2]?.pct, (50 * 4) / 3);
    expect(drivers.map((r) => Math.round(Number(r.pct)))).toEqual([50, 50, 67, 100]);
  });
});
