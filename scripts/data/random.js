// @ts-check
/**
 * Seeded randomness for the demo-data generator: sfc32 seeded through splitmix32, so the same seed
 * gives the same world on every machine (no Math.random anywhere in the generator).
 */

/** @param {number} seed */
function splitmix32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * @param {number} seed
 */
export function createRandom(seed) {
  const init = splitmix32(seed);
  let a = init(),
    b = init(),
    c = init(),
    d = init();
  /** Uniform in [0, 1). */
  function next() {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  }
  let spare = NaN;
  /** Standard normal (Box-Muller, caching the second value). */
  function normal() {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = NaN;
      return s;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const m = Math.sqrt(-2 * Math.log(u));
    spare = m * Math.sin(2 * Math.PI * v);
    return m * Math.cos(2 * Math.PI * v);
  }
  return {
    next,
    normal,
    /** @param {number} n integer in [0, n) */
    int: (n) => Math.floor(next() * n),
    /** @param {number} lo @param {number} hi integer in [lo, hi] */
    between: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** @param {number} p */
    chance: (p) => next() < p,
    /** @param {number} mu @param {number} sigma */
    lognormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    /** Poisson by inversion (small λ) or normal approximation (large λ). @param {number} lambda */
    poisson(lambda) {
      if (lambda <= 0) return 0;
      if (lambda > 60) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    /** Gamma(shape k ≥ 1, scale) by Marsaglia-Tsang. @param {number} k @param {number} scale */
    gamma(k, scale) {
      const d0 = k - 1 / 3;
      const c0 = 1 / Math.sqrt(9 * d0);
      for (;;) {
        let x, v;
        do {
          x = normal();
          v = 1 + c0 * x;
        } while (v <= 0);
        v = v * v * v;
        const u = next();
        if (
          u < 1 - 0.0331 * x * x * x * x ||
          Math.log(u) < 0.5 * x * x + d0 * (1 - v + Math.log(v))
        )
          return d0 * v * scale;
      }
    },
    /** @template T @param {readonly T[]} items */
    pick: (items) => /** @type {T} */ (items[Math.floor(next() * items.length)]),
  };
}

/** @typedef {ReturnType<typeof createRandom>} Random */

/**
 * A weighted sampler over indices 0..n-1 (binary search on cumulative weights).
 * @param {ArrayLike<number>} weights
 */
export function weightedSampler(weights) {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    total += Math.max(0, weights[i] ?? 0);
    cumulative[i] = total;
  }
  /** @param {Random} random */
  return (random) => {
    const target = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
