// @ts-check
/** Seasonality (metrics.md §3.4): weekday rhythm and the 618 and 双11 peaks, over the 730 days. */
import { ORDER_DAYS, dayOf, dayToDate } from './presets.js';

export const PROMOTIONS = [
  { name: '双11', en: 'Double 11', day: dayOf(2025, 11, 11) },
  { name: '618', en: '618', day: dayOf(2025, 6, 18) },
  { name: '双11', en: 'Double 11', day: dayOf(2026, 11, 11) },
  { name: '618', en: '618', day: dayOf(2026, 6, 18) },
].sort((a, b) => a.day - b.day);

/** Weekend lift (planted weekday rhythm): Saturday and Sunday. */
export const WEEKDAY_FACTOR = [1.4, 1, 1, 1, 1, 1, 1.35]; // index = getUTCDay(), 0 = Sunday

/** Purchase intensity per day. 双11: first wave Nov 1-3, peak on the 11th; 618: June 1-3, peak on the 18th. */
export function purchaseSeason() {
  const weights = new Float64Array(ORDER_DAYS);
  for (let d = 0; d < ORDER_DAYS; d++) weights[d] = WEEKDAY_FACTOR[dayToDate(d).getUTCDay()] ?? 1;
  for (const promo of PROMOTIONS) {
    const big = promo.name === '双11';
    const set = (/** @type {number} */ d, /** @type {number} */ f) => {
      if (d >= 0 && d < ORDER_DAYS) weights[d] = (weights[d] ?? 1) * f;
    };
    // Pre-sale: people add to cart and wait, so plain buying dips in the days before the peak.
    for (let d = promo.day - 9; d < promo.day; d++) set(d, 0.8);
    for (let d = promo.day - (big ? 10 : 17); d <= promo.day - (big ? 8 : 15); d++)
      set(d, big ? 2.6 : 1.8);
    set(promo.day, big ? 9 : 5);
    set(promo.day + 1, big ? 2 : 1.5);
  }
  return weights;
}

/** Days of a promotion's pre-sale window, when carts build up (peak−21 … peak−1). */
export function inPresale(/** @type {number} */ day) {
  return PROMOTIONS.some((p) => day >= p.day - 21 && day < p.day);
}

export function nearPeak(/** @type {number} */ day) {
  return PROMOTIONS.some((p) => day >= p.day && day <= p.day + 1);
}
