// @ts-check
/**
 * Hit labels, realized as metrics.md §1.10 defines them: among products launched inside the data
 * period with a full 90 days observed, a hit's first-90-day GMV, divided by the median of its launch
 * cohort (industry × launch quarter, quarter = floor(launch_day / 91)), is in the top 7% of all
 * such launches. Latent quality is what makes a product likely to become one.
 */
import { AS_OF_DAY } from './presets.js';

export const HIT_RULE = {
  window_days: 90,
  share: 0.07,
  cohort: 'industry × floor(launch_day / 91)',
  gmv: 'sum(qty × unit_price) of paid and refunded orders on days [launch_day, launch_day + 89]',
};

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * @param {{ id: number, launchDay: number, categoryId: number }[]} products
 * @param {{ day: number, status: string, items: { product: { id: number }, qty: number, unit: number }[] }[]} orders
 * @param {(categoryId: number) => number} industryOf
 */
export function labelHits(products, orders, industryOf) {
  const eligible = products.filter(
    (p) => p.launchDay >= 0 && p.launchDay <= AS_OF_DAY - (HIT_RULE.window_days - 1),
  );
  const launchOf = new Map(eligible.map((p) => [p.id, p.launchDay]));
  const gmv = new Map(eligible.map((p) => [p.id, 0]));
  for (const order of orders) {
    if (order.status === 'unpaid') continue;
    for (const item of order.items) {
      const launch = launchOf.get(item.product.id);
      if (
        launch !== undefined &&
        order.day >= launch &&
        order.day <= launch + HIT_RULE.window_days - 1
      )
        gmv.set(item.product.id, (gmv.get(item.product.id) ?? 0) + item.qty * item.unit);
    }
  }
  const cohortOf = (/** @type {{ launchDay: number, categoryId: number }} */ p) =>
    `${industryOf(p.categoryId)}|${Math.floor(p.launchDay / 91)}`;
  /** @type {Map<string, number[]>} */
  const cohorts = new Map();
  for (const p of eligible)
    (cohorts.get(cohortOf(p)) ?? cohorts.set(cohortOf(p), []).get(cohortOf(p)))?.push(
      gmv.get(p.id) ?? 0,
    );
  const medians = new Map([...cohorts].map(([key, values]) => [key, median(values)]));
  const scored = eligible
    .map((p) => ({
      id: p.id,
      score: (gmv.get(p.id) ?? 0) / Math.max(1, medians.get(cohortOf(p)) ?? 0),
    }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
  const count = Math.max(1, Math.ceil(eligible.length * HIT_RULE.share));
  return {
    eligible: eligible.length,
    productIds: scored
      .slice(0, count)
      .map((s) => s.id)
      .sort((a, b) => a - b),
  };
}
