// @ts-check
/** Sizes of the generated worlds (metrics.md §3.3). */

/**
 * @typedef {object} Preset
 * @property {number} consumers
 * @property {number} industries how many industries of the catalogue
 * @property {number} leavesPerIndustry
 * @property {number} brands
 * @property {number} serviceProviders
 * @property {number} productsPerBrand
 * @property {number} contentPerBrand
 * @property {number} eventDays days of behavioural events before the as-of day
 * @property {number} targetEvents roughly how many events
 * @property {number} occasionsPerYear mean purchase occasions per consumer and year (before repurchase chains)
 */

/** @type {Record<string, Preset>} */
export const PRESETS = {
  sandbox: {
    consumers: 20_000,
    industries: 3,
    leavesPerIndustry: 4,
    brands: 12,
    serviceProviders: 3,
    productsPerBrand: 50,
    contentPerBrand: 125,
    eventDays: 180,
    targetEvents: 500_000,
    occasionsPerYear: 1.05,
  },
  standard: {
    consumers: 200_000,
    industries: 8,
    leavesPerIndustry: 5,
    brands: 50,
    serviceProviders: 6,
    productsPerBrand: 100,
    contentPerBrand: 300,
    eventDays: 180,
    targetEvents: 5_000_000,
    occasionsPerYear: 1.6,
  },
  stress: {
    consumers: 1_000_000,
    industries: 8,
    leavesPerIndustry: 15,
    brands: 200,
    serviceProviders: 20,
    productsPerBrand: 200,
    contentPerBrand: 400,
    eventDays: 180,
    targetEvents: 30_000_000,
    occasionsPerYear: 1.6,
  },
};

/** Orders span two years (P needs 730 days); day_idx 0 is DAY0 and the as-of day is 729. */
export const ORDER_DAYS = 730;
export const DAY0 = Date.UTC(2024, 10, 21); // 2024-11-21, so the as-of day is 2026-11-20, just after 双11
export const AS_OF_DAY = ORDER_DAYS - 1;

/** @param {number} day */
export function dayToDate(day) {
  return new Date(DAY0 + day * 86_400_000);
}

/** day_idx of a calendar date. @param {number} y @param {number} m 1-12 @param {number} d */
export function dayOf(y, m, d) {
  return Math.round((Date.UTC(y, m - 1, d) - DAY0) / 86_400_000);
}
