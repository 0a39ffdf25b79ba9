// @ts-check
/**
 * Early-life KPIs of every launch in the data period (launch_daily): exposure, visitors,
 * favourite/cart, buyers (new to the brand, from the brand's target crowds) and content engagement
 * for each of a launch's first 30 days, whole-store figures as the platform's product reports give
 * them (not only the sampled consumers' events). Latent quality shows through only partly: each
 * rate is driven by its own signal s = ρ(t)·quality + √(1−ρ(t)²)·noise, where the revealed share
 * ρ(t) grows from 0.45 on launch day to 0.75 at day 14 (word of mouth), so day-14 KPIs predict a hit
 * better than day-7 ones and neither perfectly (the AUC ceilings in ground_truth.json).
 */
import { AS_OF_DAY } from './presets.js';

export const LAUNCH_RULE = {
  days_observed: 30,
  revealed_share: 'ρ(t) = 0.45 + 0.3 · min(t, 14) / 14 (t = days since launch)',
  signals: ['ctr', 'fav_cart', 'conversion', 'engagement'],
};

const sigmoid = (/** @type {number} */ x) => 1 / (1 + Math.exp(-x));
export const revealedShare = (/** @type {number} */ age) => 0.45 + (0.3 * Math.min(age, 14)) / 14;

/** A count of successes among `n` trials: exact for small n, Poisson-approximated beyond. */
/** @param {import('./random.js').Random} random @param {number} n @param {number} p */
function binomial(random, n, p) {
  if (n <= 40) {
    let k = 0;
    for (let i = 0; i < n; i++) if (random.chance(p)) k++;
    return k;
  }
  return Math.min(n, random.poisson(n * p));
}

/**
 * @param {{ products: any[], brands: any[], random: import('./random.js').Random,
 *   emit: (row: { product: any, day: number, age: number, exposure: number, visitors: number, favCart: number,
 *     buyers: number, newBuyers: number, targetBuyers: number, contentViews: number, engagements: number }) => void }} input
 * @returns {Map<number, number[]>} each launch's noise per signal (for the planted ceilings)
 */
export function simulateLaunches({ products, brands, random, emit }) {
  const brandById = new Map(brands.map((b) => [b.id, b]));
  /** @type {Map<number, number[]>} */
  const noise = new Map();
  for (const p of products) {
    if (p.launchDay < 0 || p.launchDay > AS_OF_DAY) continue;
    const brand = brandById.get(p.brandId);
    const eps = LAUNCH_RULE.signals.map(() => random.normal());
    noise.set(p.id, eps);
    const reach =
      2500 *
      brand.popularity *
      Math.sqrt(brand.budget) *
      random.lognormal(0, 0.35) *
      (p.isTmic ? 1.3 : 1);
    const last = Math.min(AS_OF_DAY, p.launchDay + LAUNCH_RULE.days_observed - 1);
    for (let day = p.launchDay; day <= last; day++) {
      const age = day - p.launchDay;
      const rho = revealedShare(age);
      const [ctr, fav, conv, eng] = eps.map((e) => rho * p.quality + Math.sqrt(1 - rho * rho) * e);
      // Launch pushes fade over the first fortnight.
      const push = 1 + 0.8 * Math.exp(-age / 7);
      const exposure = random.poisson(reach * push);
      const visitors = binomial(random, exposure, sigmoid(-3.2 + 0.7 * (ctr ?? 0)));
      const favCart = binomial(random, visitors, sigmoid(-1.9 + 0.7 * (fav ?? 0)));
      const buyers = binomial(random, visitors, sigmoid(-3.0 + 0.7 * (conv ?? 0)));
      const newBuyers = binomial(random, buyers, sigmoid(0.4 + 0.25 * (ctr ?? 0)));
      const targetBuyers = binomial(random, buyers, 0.35 + 0.1 * Math.tanh(eng ?? 0));
      const contentViews = random.poisson(reach * push * 0.12);
      const engagements = binomial(random, contentViews, sigmoid(-2.4 + 0.7 * (eng ?? 0)));
      emit({
        product: p,
        day,
        age,
        exposure,
        visitors,
        favCart,
        buyers,
        newBuyers,
        targetBuyers,
        contentViews,
        engagements,
      });
    }
  }
  return noise;
}

/** Rank AUC with ties (the share of hit/non-hit pairs the score orders right). */
export function rankAuc(/** @type {number[]} */ scores, /** @type {boolean[]} */ labels) {
  const order = scores.map((s, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  const ranks = new Array(scores.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1] ?? 0] === scores[order[i] ?? 0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const pos = labels.filter(Boolean).length;
  const neg = labels.length - pos;
  if (!pos || !neg) return null;
  const sum = labels.reduce((s, l, i) => (l ? s + ranks[i] : s), 0);
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * A two-feature logistic fit by Newton's method (the ceilings' best combination of the revealed
 * signal and the launch's price), returning its linear scores in sample.
 * @param {number[][]} x @param {boolean[]} y
 */
function logisticScores(x, y) {
  let b = [0, 0, 0];
  for (let it = 0; it < 50; it++) {
    const g = [0, 0, 0];
    const h = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    x.forEach((row, i) => {
      const z = [1, row[0] ?? 0, row[1] ?? 0];
      const p = sigmoid(z.reduce((s, v, j) => s + v * (b[j] ?? 0), 0));
      for (let j = 0; j < 3; j++) {
        g[j] = (g[j] ?? 0) + ((y[i] ? 1 : 0) - p) * (z[j] ?? 0);
        const row = /** @type {number[]} */ (h[j]);
        for (let k = 0; k < 3; k++)
          row[k] = (row[k] ?? 0) + p * (1 - p) * (z[j] ?? 0) * (z[k] ?? 0);
      }
    });
    const step = solve3(h, g);
    if (!step) break;
    b = b.map((v, j) => v + (step[j] ?? 0));
    if (step.every((s) => Math.abs(s) < 1e-10)) break;
  }
  return x.map((row) => (b[1] ?? 0) * (row[0] ?? 0) + (b[2] ?? 0) * (row[1] ?? 0));
}

/** Solve a 3×3 system by Cramer's rule (null when singular). @param {number[][]} m @param {number[]} v */
function solve3(m, v) {
  const det3 = (/** @type {number[][]} */ a) => {
    const [
      [a0 = 0, a1 = 0, a2 = 0] = [],
      [b0 = 0, b1 = 0, b2 = 0] = [],
      [c0 = 0, c1 = 0, c2 = 0] = [],
    ] = a;
    return a0 * (b1 * c2 - b2 * c1) - a1 * (b0 * c2 - b2 * c0) + a2 * (b0 * c1 - b1 * c0);
  };
  const det = det3(m);
  if (Math.abs(det) < 1e-12) return null;
  return [0, 1, 2].map(
    (j) => det3(m.map((row, r) => row.map((value, c) => (c === j ? (v[r] ?? 0) : value)))) / det,
  );
}

/**
 * The planted ceilings: how well the noiseless revealed signal at day 7 and 14 (the mean of the
 * four, the best a model of the rates could hope to recover), combined with the launch's price
 * against its category (GMV labels favour dearer launches), ranks the realized hits; and latent
 * quality alone. Count noise and cross-validation lower what a fitted model reaches; with few hits
 * its held-out AUC still scatters either side (a sandbox interval is ±0.1 or more).
 * @param {any[]} products @param {Map<number, number[]>} noise @param {number[]} hitIds @param {number} lastEligible
 */
export function launchCeilings(products, noise, hitIds, lastEligible) {
  const hits = new Set(hitIds);
  const eligible = products.filter((p) => p.launchDay >= 0 && p.launchDay <= lastEligible);
  const labels = eligible.map((p) => hits.has(p.id));
  /** @type {Map<number, number[]>} */
  const prices = new Map();
  for (const p of products)
    (prices.get(p.categoryId) ?? prices.set(p.categoryId, []).get(p.categoryId))?.push(p.listPrice);
  const medianOf = (/** @type {number[]} */ v) => {
    const s = [...v].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? (s[m] ?? 1) : ((s[m - 1] ?? 1) + (s[m] ?? 1)) / 2;
  };
  const logPrice = eligible.map((p) =>
    Math.log(p.listPrice / medianOf(prices.get(p.categoryId) ?? [1])),
  );
  const at = (/** @type {number} */ age) => {
    const rho = revealedShare(age);
    const signal = eligible.map((p) => {
      const eps = noise.get(p.id) ?? [];
      return (
        eps.reduce((s, e) => s + rho * p.quality + Math.sqrt(1 - rho * rho) * e, 0) / eps.length
      );
    });
    return logisticScores(
      signal.map((s, i) => [s, logPrice[i] ?? 0]),
      labels,
    );
  };
  const round = (/** @type {number | null} */ x) =>
    x === null ? null : Math.round(x * 1000) / 1000;
  return {
    auc_ceiling_day7: round(rankAuc(at(7), labels)),
    auc_ceiling_day14: round(rankAuc(at(14), labels)),
    auc_latent_quality: round(
      rankAuc(
        eligible.map((p) => p.quality),
        labels,
      ),
    ),
  };
}
