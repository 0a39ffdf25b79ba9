/**
 * Exact content metrics on a hand-built slice: brand 1's livestream #1001 (KOL) and short video
 * #1002 (KOC), brand 2's graphic post #1003; as-of day 400, window 30 days (371–400), thresholds
 * 10 s (video) and 30 s (live), last touch within 7 days, minimum reach 1.
 *   c1 新锐白领 views #1002 for 12 s on day 380 and likes it on day 385   → reached, engaged
 *   c2 Z世代 views #1002 for 5 s                                          → reached only
 *   c3 Z世代 enters the live room of #1001 for 40 s                        → reached, engaged (watch)
 *   c4 精致妈妈 enters it for 20 s and comments                             → reached, engaged (comment)
 *   c5 新锐白领 watched #1001 for 100 s on day 350 (the window before)
 *   c6 都市银发 views and shares brand 2's #1003 (industry scope only)
 * Orders in the window: c7's 300 on day 399 names #1001 (direct); c1's 200 on day 390 has no
 * content: last touch is the like of #1002 five days before; c7's other 100 is not attributed.
 */
import { describe, expect, it } from 'vitest';
import { byKey, close, useToolkitFixture } from '../../test/support/toolkits';

const events = [
  // consumer, crowd, day, ts, type, content, watch
  [1, '新锐白领', 380, 100, 'content_view', 1002, 12],
  [1, '新锐白领', 385, 200, 'content_like', 1002, 'NULL'],
  [2, 'Z世代', 385, 300, 'content_view', 1002, 5],
  [3, 'Z世代', 390, 400, 'live_enter', 1001, 40],
  [4, '精致妈妈', 392, 500, 'live_enter', 1001, 20],
  [4, '精致妈妈', 392, 600, 'content_comment', 1001, 'NULL'],
  [5, '新锐白领', 350, 700, 'content_view', 1001, 100],
  [6, '都市银发', 395, 800, 'content_view', 1003, 'NULL'],
  [6, '都市银发', 395, 900, 'content_share', 1003, 'NULL'],
];
const values = events
  .map(
    (r) => `(${r.map((v) => (typeof v === 'string' && v !== 'NULL' ? `'${v}'` : v)).join(', ')})`,
  )
  .join(', ');

const { run, alert } = useToolkitFixture(`
DROP TABLE events;
CREATE TABLE events AS SELECT consumer_id, crowd, day_idx, ts_sec, event_type, content_id,
  watch_sec::INTEGER AS watch_sec FROM (VALUES ${values})
  t(consumer_id, crowd, day_idx, ts_sec, event_type, content_id, watch_sec);
CREATE TABLE content AS SELECT * FROM (VALUES (1001, 1, 'livestream', 'KOL'), (1002, 1, 'short_video', 'KOC'),
  (1003, 2, 'graphic', 'brand')) t(content_id, brand_id, content_type, creator_type);
ALTER TABLE orders ADD COLUMN content_id INTEGER;
UPDATE orders SET content_id = 1001 WHERE order_id = 6;`);

const base = { minReach: 1, scope: 'brand', days: 30 };

describe('content preference on the hand-built slice', () => {
  it('reach, engagement, watch time, interaction TGI and attributed GMV per crowd × type', async () => {
    const rows = byKey(
      (await run('content.matrix', base)).map((r) => ({
        ...r,
        key: `${String(r.crowd)}|${String(r.content_type)}`,
      })),
      'key',
    );
    expect(Object.keys(rows).sort()).toEqual(
      [
        'Z世代|livestream',
        'Z世代|short_video',
        '新锐白领|short_video',
        '精致妈妈|livestream',
      ].sort(),
    );
    // Two interactions in all: c1's like (short video) and c4's comment (livestream).
    expect(rows['新锐白领|short_video']).toMatchObject({
      reach: 1,
      engaged: 1,
      engagement_rate: 1,
      avg_watch: 12,
      tgi: 200,
      direct_gmv: 0,
      touch_gmv: 200,
      buyers: 1,
      conversion: 1,
    });
    expect(rows['精致妈妈|livestream']).toMatchObject({ tgi: 200, direct_gmv: 300, touch_gmv: 0 });
    expect(rows['Z世代|short_video']).toMatchObject({
      engaged: 0,
      engagement_rate: 0,
      avg_watch: 5,
    });
    expect(rows['Z世代|livestream']!.tgi).toBeNull(); // Z世代 made no interaction at all
  });

  it('per content type, the top content, and the industry scope', async () => {
    const types = byKey(await run('content.types', base), 'content_type');
    expect(types.livestream).toMatchObject({
      reach: 2,
      engaged: 2,
      avg_watch: 30,
      direct_gmv: 300,
    });
    expect(types.short_video).toMatchObject({
      reach: 2,
      engaged: 1,
      avg_watch: 8.5,
      touch_gmv: 200,
    });
    close(types.short_video!.engagement_rate, 0.5);
    const top = await run('content.top', base);
    expect(top.map((r) => [r.content_id, r.reach, r.engagement_rate])).toEqual([
      [1001, 2, 1],
      [1002, 2, 0.5],
    ]);
    const industry = byKey(
      (await run('content.matrix', { ...base, scope: 'industry' })).map((r) => ({
        ...r,
        key: `${String(r.crowd)}|${String(r.content_type)}`,
      })),
      'key',
    );
    // Three interactions now: 都市银发's share is all its own and the only one on graphic posts.
    expect(industry['都市银发|graphic']).toMatchObject({ reach: 1, tgi: 300 });
    expect(industry['新锐白领|short_video']!.tgi).toBe(300);
  });

  it('daily reach by type, and the alerts', async () => {
    const dau = await run('content.dau', base);
    // Day 385: c2's view (c1's like that day is no view).
    expect(
      dau.map((r) => [(r.day as Date).toISOString().slice(0, 10), r.content_type, r.dau]),
    ).toEqual([
      ['2026-01-16', 'short_video', 1],
      ['2026-01-21', 'short_video', 1],
      ['2026-01-26', 'livestream', 1],
      ['2026-01-28', 'livestream', 1],
    ]);
    // Engaged 3 of 4 reached now, 1 of 1 the window before: down 25 %.
    expect(await alert('content', 'engagement-drop', base)).toMatchObject({
      fired: true,
      value: 25,
      threshold: 20,
    });
    expect(await alert('content', 'reach-no-sale', base)).toMatchObject({ fired: false, value: 0 });
  });
});
