/**
 * Exact provider metrics on the base slice (test/support/toolkit-fixture.ts) with providers and
 * content added. As-of day 400, period 30 days: now = 371–400, a year before = 6–35.
 * Provider 1 runs brands 1 and 2 (industry X), provider 2 brands 3 (X, no sales) and 4 (Y, new).
 *   Brand 1: GMV 200 + 300 + 100 = 600 now, 80 + 60 = 140 a year before → YoY 600/140 − 1.
 *     New customers: c7 now (c1 bought on days 300 and 350), c2 and c3 a year before → 1/2 − 1.
 *     F: 7 on day 400 (c1, c2, c3, c4, c7 buyers; c5 I; c6 A), 4 on day 370 → +0.75.
 *     Deepening: c7 A on day 393 → P on day 400: 1 of F(393) = 7. Repurchase 0 both years.
 *     T: members c1 (active) and c2 (last bought day 20) → 0.5. Content GMV: order 6 (300) → 0.5.
 *   Brand 2: GMV 90 against 50 + 40 + 110 = 200 → −55 %; new 1/2 − 1; F 3 against 2 → +0.5;
 *     deepening 0 of 2; repurchase 0 against 1/2 a year before (c2 on days 15 and 25); no
 *     members; content share 0.
 *   Ranks within X (brand 3 has no value): brand 1 is 100 on GMV, F, deepening, repurchase,
 *   content; a tie (new) and a lone value (T) are 0. MGI(1) = (30 + 15 + 10 + 10 + 10) × 100 / 100
 *   = 75; MGI(2) = 0 (T missing: weights renormalised over 90).
 *   Tiers by trailing-365-day GMV (4 brands: top 10 % = the first, 千星 = rank ≤ 1.6): now brand 1
 *   (1050) 超级旗舰, brand 2 蓝星; a year before brand 2 (200) led brand 1 (140); brand 4 is new.
 *   Provider 1: GMV-weighted MGI (600 × 75 + 90 × 0) / 690; its livestream reaches c1, c2, c3 and
 *   c2 likes it → interaction rate 1/3 (percentile 100); provider 2's video: 0 of 2 (percentile 0).
 *   Score(1) = 0.7 × 45000/690 + 0.3 × 100.
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';

const { run, alert } = useToolkitFixture(`
DROP TABLE brands;
CREATE TABLE brands AS SELECT * FROM (VALUES (1, '甲', 'X', 1, -1000), (2, '乙', 'X', 1, -1000),
  (3, '丙', 'X', 2, -1000), (4, '丁', 'Y', 2, 390)) t(brand_id, name, industry, sp_id, first_sale_day);
CREATE TABLE service_providers AS SELECT * FROM (VALUES (1, '甲服务'), (2, '乙服务')) t(sp_id, name);
CREATE TABLE content AS SELECT * FROM (VALUES (1001, 1, 1, 'livestream'), (1002, 3, 2, 'short_video'))
  t(content_id, brand_id, sp_id, content_type);
ALTER TABLE orders ADD COLUMN content_id INTEGER;
UPDATE orders SET content_id = 1001 WHERE order_id = 6;
INSERT INTO orders (order_id, consumer_id, crowd, brand_id, day_idx, dt, status, pay_amount, refund_amount)
  VALUES (15, 2, 'Z世代', 2, 15, DATE '2025-01-16', 'paid', 110, 0);
ALTER TABLE events ADD COLUMN content_id INTEGER;
ALTER TABLE events ADD COLUMN watch_sec INTEGER;
-- Content events carry no brand (brand 0): they must not move the AIPL stages above.
INSERT INTO events (consumer_id, brand_id, day_idx, event_type, content_id, watch_sec) VALUES
  (1, 0, 395, 'live_enter', 1001, 40), (2, 0, 395, 'live_enter', 1001, 10), (2, 0, 395, 'content_like', 1001, NULL),
  (3, 0, 395, 'live_enter', 1001, 5), (4, 0, 396, 'content_view', 1002, 12), (5, 0, 396, 'content_view', 1002, 3);`);

const base = { provider: 1, days: 30 };

describe('service-provider evaluation on the hand-built slice', () => {
  it('MGI components, their percentiles within the industry, and the weighted index', async () => {
    const b = byKey(await run('provider.brands', base), 'brand_id');
    expect(Object.keys(b)).toEqual(['1', '2']);
    expect(b['1']).toMatchObject({ gmv: 600, gmv_ly: 140, retained: true });
    close(b['1']!.gmv_yoy, 600 / 140 - 1);
    const ranks = (r: Record<string, unknown>) =>
      ['gmv', 'new', 'f', 'deepen', 'repurchase', 't', 'content'].map((k) => r[`r_${k}`]);
    expect(ranks(b['1']!)).toEqual([100, 0, 100, 100, 100, 0, 100]);
    expect(ranks(b['2']!)).toEqual([0, 0, 0, 0, 0, null, 0]);
    close(b['1']!.mgi, 75);
    close(b['2']!.gmv_yoy, -0.55);
    close(b['2']!.mgi, 0);
    expect([b['1']!.tier_before, b['1']!.tier, b['2']!.tier_before, b['2']!.tier]).toEqual([
      '蓝星',
      '超级旗舰',
      '超级旗舰',
      '蓝星',
    ]);
    // The weights are inputs: GMV alone makes the index brand 1's GMV percentile.
    const only = byKey(
      await run('provider.brands', {
        ...base,
        wNew: 0,
        wF: 0,
        wDeepen: 0,
        wRepurchase: 0,
        wT: 0,
        wContent: 0,
      }),
      'brand_id',
    );
    close(only['1']!.mgi, 100);
  });

  it('the leaderboard: GMV-weighted MGI, content interaction percentile, score', async () => {
    const s = byKey(await run('provider.leaderboard', base), 'sp_id');
    close(s['1']!.mgi, 45000 / 690);
    close(s['1']!.interaction_rate, 1 / 3);
    expect([s['1']!.content_pct, s['2']!.content_pct]).toEqual([100, 0]);
    close(s['1']!.score, 0.7 * (45000 / 690) + 30);
    close(s['2']!.score, 0);
    expect([s['1']!.brands, s['1']!.is_focus, s['2']!.is_focus]).toEqual([2, true, false]);
    const heavy = byKey(
      await run('provider.leaderboard', { ...base, contentWeight: 100 }),
      'sp_id',
    );
    close(heavy['1']!.score, 100);
  });

  it('content DAU, WAU, MAU and stickiness of the provider’s content', async () => {
    const rows = await run('provider.dau', base);
    expect(rows).toHaveLength(30);
    // c1 watched the livestream 40 s (≥ 30), c2 liked it; c3’s 5 s and c2’s 10 s do not count.
    expect(
      rows
        .filter((r) => Number(r.dau) > 0)
        .map((r) => [(r.day as Date).toISOString().slice(0, 10), r.dau]),
    ).toEqual([['2026-01-31', 2]]);
    expect(rows[0]).toMatchObject({ wau: 2, mau: 2 });
    close(rows[0]!.stickiness, 2 / 30 / 2);
    const two = await run('provider.dau', { ...base, provider: 2 });
    expect(two.reduce((s, r) => s + Number(r.dau), 0)).toBe(1); // c4's 12 s video view
  });

  it('alerts: brand churn risk by GMV YoY', async () => {
    expect(await alert('provider', 'brand-churn', base)).toMatchObject({
      fired: true,
      value: 1,
      detail: '乙 -55%',
    });
    expect(await alert('provider', 'brand-churn', { ...base, churnPct: 56 })).toMatchObject({
      fired: false,
      value: 0,
    });
    // MGI drop agrees with the brands' own MGI against the period before.
    const brands = await run('provider.brands', base);
    const drops = brands.map((r) => Number(r.mgi_before) - Number(r.mgi));
    const worst = Math.max(...drops);
    if (worst >= 1)
      expect(
        await alert('provider', 'mgi-drop', { ...base, mgiDrop: Math.floor(worst) }),
      ).toMatchObject({
        fired: true,
      });
    expect(
      await alert('provider', 'mgi-drop', { ...base, mgiDrop: Math.floor(worst) + 1 }),
    ).toMatchObject({
      fired: false,
      value: 0,
    });
  });
});
