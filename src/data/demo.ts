/**
 * The bundled demo datasets: `data/manifest.json` beside the app lists the tables (files in
 * `public/data/`), and `data/dictionary.json` describes every column in both languages.
 */
export interface DemoManifest {
  preset: string;
  seed: number;
  tables: { table: string; file: string; rows: number; bytes: number }[];
}

export interface ColumnDescription {
  zh: string;
  en: string;
  unit?: string;
  range?: string;
  /** What coded values read as (`livestream` → 直播 / Livestream). */
  values?: Record<string, { zh: string; en: string }>;
}

export interface TableDictionary {
  zh: string;
  en: string;
  columns: Record<string, ColumnDescription>;
}

export type DataDictionary = Record<string, TableDictionary>;

export function isDemoManifest(value: unknown): value is DemoManifest {
  const v = value as DemoManifest;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.tables) &&
    v.tables.every((t) => typeof t.table === 'string' && typeof t.file === 'string')
  );
}

/** Base URL of the demo data, relative to the page (works from any sub-folder). */
export function demoUrl(file: string, base: string = document.baseURI): string {
  return new URL(`data/${file}`, base).href;
}

/** The table the first query reads. */
export const DEMO_FIRST_QUERY_TABLE = 'orders';

/**
 * Loaded before the other demo tables: the first query's table, then brands (tiny), with which the
 * growth overview toolkit draws before the large event table is in.
 */
export const DEMO_FIRST_TABLES = [DEMO_FIRST_QUERY_TABLE, 'brands'];

/** What the lab shows first on the demo data: daily GMV over two years (618 and 双11 stand out). */
export const DEMO_FIRST_QUERY = `SELECT dt, sum(pay_amount) AS gmv
FROM orders
WHERE status IN ('paid', 'refunded')
GROUP BY dt
ORDER BY dt`;

/**
 * The sample brand of the first screen's demo lab and the report template: 暖颜 (id 5), the
 * sandbox's rising brand (ground_truth.json `brands.rising`).
 */
export const DEMO_BRAND = 5;

/** The demo lab a first visit opens on: the growth overview, crowd insight and GROW of one brand. */
export const DEMO_LAB_TOOLKITS = ['growth', 'crowd', 'grow'] as const;

/** The monthly report template (观星报告): the toolkits of a brand's monthly review. */
export const REPORT_TOOLKITS = ['growth', 'aipl', 'grow', 'popularity'] as const;
