/**
 * The part of the demo generator's `ground_truth.json` that missions grade against. The file is
 * written by scripts/data/truth.js; only the fields missions read are typed here.
 */
export interface GroundTruth {
  preset: string;
  seed: number;
  weekday_factor: Record<'weekday' | 'saturday' | 'sunday', number>;
  crowd_affinities: { crowd: string; target: string; factor: number }[];
  price_tilt: Record<string, number>;
  cross_category_pairs: { a: string; b: string; a_category_id: number; b_category_id: number }[];
  brands: {
    rising: { brand_id: number; name: string; name_en: string };
    eroding: { brand_id: number; name: string; name_en: string };
  };
  hits: { product_ids: number[]; latent_breakouts: number[] };
  aipl_markov: { eroding_inflow_cut?: number[] };
  content_affinity: { factors: Record<string, Record<string, number>> };
  service_provider_uplift: { sp_id: number; name: string; uplift: number }[];
}

/** Whether a parsed JSON value has the fields missions read (a user's own data has no truth). */
export function isGroundTruth(value: unknown): value is GroundTruth {
  const v = value as GroundTruth;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.weekday_factor === 'object' &&
    Array.isArray(v.crowd_affinities) &&
    typeof v.price_tilt === 'object' &&
    Array.isArray(v.cross_category_pairs) &&
    typeof v.brands?.rising?.brand_id === 'number' &&
    typeof v.brands?.eroding?.brand_id === 'number' &&
    Array.isArray(v.hits?.product_ids) &&
    Array.isArray(v.hits?.latent_breakouts) &&
    typeof v.content_affinity?.factors === 'object' &&
    Array.isArray(v.service_provider_uplift)
  );
}
