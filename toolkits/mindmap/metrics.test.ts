/**
 * mindmap: sub-metrics, percentiles and pillar scores on the hand-built world
 * (test/support/toolkit-fixture.ts), as-of day 400, 90-day window (310, 400]; every product in
 * price band 1. Expected numbers are worked out by hand in the comments. Brands 1 (甲) and 2 (乙)
 * sell in industry X; 丙 (3) has no sales, so it has no value and no percentile.
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';

const { run, alert } = useToolkitFixture(
  `ALTER TABLE products ADD COLUMN price_band INTEGER DEFAULT 1;
  CREATE TABLE content (content_id INTEGER, brand_id INTEGER, content_type VARCHAR);
  ALTER TABLE events ADD COLUMN content_id INTEGER;`,
);

const drill = async (brand: number) => byKey(await run('mindmap.map', { brand }), 'metric');

describe('brand mind map (metrics.md §2.1)', () => {
  it('innovation: new-product GMV share, new SKUs per 100, new-to-brand buyers, hit rate', async () => {
    const a = await drill(1);
    const b = await drill(2);
    // 甲's window items: order 2 (p11, 200), 6 (p12, 300), 7 (p11, 100), 8 (p11, 150) = 750; only
    // p12 (launched 380) is new → 300 / 750. 乙 sells only p21 (launched day 0) → 0.
    close(a.new_gmv?.value, 0.4);
    close(b.new_gmv?.value, 0);
    expect([a.new_gmv?.pct, b.new_gmv?.pct]).toEqual([100, 0]);
    // Launched by day 400: 甲 p11, p12 (1 new) → 50 per 100; 乙 p21 → 0.
    close(a.new_count?.value, 50);
    close(b.new_count?.value, 0);
    // p12's one buyer c7 bought nothing from 甲 in (−55, 310] → 1; 乙 has no new-product buyer.
    close(a.new_buyers?.value, 1);
    expect(b.new_buyers?.value).toBeNull();
    expect(a.new_buyers?.pct).toBe(50); // the only brand with a value
    // Launches in [−53, 311] with 90 days observed: p11 (day 100, nothing sold in [100, 189])
    // and p21 (day 0: 50 + 40 in [0, 89]), each alone in its cohort: p21's ratio 1 ranks top,
    // p11's (0 ÷ 0) last → 甲 0 of 1 hits, 乙 1 of 1.
    close(a.hit_rate?.value, 0);
    close(b.hit_rate?.value, 1);
    // 甲: (100 + 100 + 50 + 0) / 4; 乙: (0 + 0 + 100) / 3.
    close(a.new_gmv?.score, 62.5);
    close(b.new_gmv?.score, 100 / 3);
  });

  it('value: price premium in its band, wallet share, repurchase, 88VIP TGI', async () => {
    const a = await drill(1);
    const b = await drill(2);
    // Category 501, band 1, window: 甲 2 × 100, 1 × 100, 1 × 150; 乙 1 × 90 → 540 / 5 = 108.
    // Category 502: 甲 2 × 150 → 150. 甲 = (450 / 108 + 2 × 150 / 150) / 6 = 37/36; 乙 = 90/108.
    close(a.premium?.value, 37 / 36);
    close(b.premium?.value, 90 / 108);
    // 365 days (35, 400]: 甲's buyers spend 970 at 甲 of 1060 in X; 乙's c1 90 of 540.
    close(a.wallet?.value, 970 / 1060);
    close(b.wallet?.value, 1 / 6);
    // 甲's buyers c1 (3 purchase days), c4 (1), c7 (2 orders, 1 day) → 1/3; 乙's c1 → 0.
    close(a.repurchase?.value, 1 / 3);
    close(b.repurchase?.value, 0);
    // Window buyers: 甲 c1, c7; 乙 c1; X's buyers c1, c7: all 88VIP → TGI 100 each, a tie → 50.
    close(a.vip_tgi?.value, 100);
    expect([a.vip_tgi?.pct, b.vip_tgi?.pct]).toEqual([50, 50]);
    // No review in the window: no positive-review rate, left out of the pillar.
    expect(a.positive?.value).toBeNull();
    // 甲 (100 + 100 + 100 + 50) / 4; 乙 (0 + 0 + 0 + 50) / 4.
    close(a.premium?.score, 87.5);
    close(b.premium?.score, 12.5);
    // Medians of two brands; the P25 of 0.4 and 0 is 0.1.
    close(a.new_gmv?.median, 0.2);
    close(a.new_gmv?.p25, 0.1);
  });

  it('raises its alert for the first sub-metric below the category P25', async () => {
    // Of two brands the lower is under the P25 (a tie is not): 乙 in new-product GMV share first
    // (then SKUs per 100, premium, wallet, repurchase); 甲 first in its hit rate (0 vs 1).
    const low = await alert('mindmap', 'below-p25', { brand: 2 });
    expect([low.fired, low.detail]).toEqual([true, 'new_gmv']);
    const first = await alert('mindmap', 'below-p25', { brand: 1 });
    expect([first.fired, first.detail]).toEqual([true, 'hit_rate']);
  });
});
