/**
 * `npm run alerts -- <lab or subscriptions file> <data folder>`: the lab's alert core run by Node on
 * a folder of Parquet/CSV/JSON files, for providers who check on a schedule of their own (cron, a
 * CI job). The file is a lab (`.lab.json`: its toolkit sections' rules) or the subscriptions the
 * lab exported (their kept and custom rules). The engine is the lab's own, on DuckDB-WASM's Node
 * build, so the verdicts are the lab's.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  buildAlertChecks,
  evaluateAlerts,
  formatAlert,
  type AlertCheck,
  type AlertOutcome,
} from '../../src/lab/alerts';
import {
  subscriptionChecks,
  SUBSCRIPTIONS_FORMAT,
  parseSubscriptionsFile,
} from '../../src/lab/subscriptions';
import { parseAllToolkitInputs } from '../../src/lab/toolkit-inputs';
import type { Schema } from '../../src/panel/params';
import { nameSql } from '../../src/panel/lookup';
import { createQueryService } from '../../src/query/service';
import { decodeLabFile } from '../../src/state/lab-file';
import { createNodeEngine, queryEngineOf, type NodeEngine } from './node-engine';

const DATA_FILE = /\.(parquet|csv|tsv|json|ndjson|jsonl|arrow|xlsx)$/i;
/** The bundled demo's own metadata beside its tables: not data. */
const DEMO_METADATA = new Set(['manifest.json', 'dictionary.json', 'ground_truth.json']);

/**
 * Every data file of the folder, loaded as a table named after the file; a file that is no table
 * (the demo's manifest.json, a damaged export) is skipped and named in `skipped`.
 */
export async function loadFolder(
  engine: NodeEngine,
  folder: string,
): Promise<{ tables: string[]; skipped: { file: string; reason: string }[] }> {
  const skipped: { file: string; reason: string }[] = [];
  const files = fs
    .readdirSync(folder)
    .filter((f) => DATA_FILE.test(f) && !DEMO_METADATA.has(f))
    .sort();
  const tables: string[] = [];
  for (const file of files) {
    const table = path.basename(file).replace(DATA_FILE, '').replace(/[^\w]/g, '_');
    const bytes = fs.readFileSync(path.join(folder, file));
    try {
      await engine.ingestor.ingest(
        { kind: 'file', file: new Blob([bytes]), name: file },
        { table, id: table },
      );
      tables.push(table);
    } catch (error) {
      skipped.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { tables, skipped };
}

/** The schema as the lab builds it: tables and columns, and the brands named in the reader's language. */
export async function readLabSchema(engine: NodeEngine, locale: 'zh-CN' | 'en'): Promise<Schema> {
  const rows = await engine.rows(
    "SELECT table_name AS t, column_name AS c, data_type AS type FROM duckdb_columns() WHERE schema_name = 'main' ORDER BY table_name, column_index",
  );
  const tables: Schema['tables'] = {};
  for (const r of rows)
    (tables[r.t as string] ??= []).push({ name: r.c as string, type: r.type as string });
  const brandColumns = (tables.brands ?? []).map((c) => c.name);
  if (!brandColumns.includes('brand_id') || !brandColumns.includes('name')) return { tables };
  const brands = await engine.rows(
    `SELECT brand_id::INTEGER AS id, ${nameSql('brands', brandColumns, locale)} AS name FROM brands ORDER BY brand_id`,
  );
  return { tables, brands: brands.map((b) => ({ id: Number(b.id), name: String(b.name) })) };
}

/** The checks a lab file or a subscriptions file asks for. */
export function checksOf(text: string, schema: Schema): AlertCheck[] {
  let format: unknown;
  try {
    format = (JSON.parse(text) as { format?: unknown }).format;
  } catch {
    throw new Error('The file is not JSON: give a .lab.json or an exported subscriptions file.');
  }
  if (format === SUBSCRIPTIONS_FORMAT)
    return subscriptionChecks(parseSubscriptionsFile(text).subscriptions, schema).checks;
  const { state, notices } = decodeLabFile(text);
  const refused = notices.find((n) => n.code.startsWith('file.'));
  if (refused) throw new Error(`The lab file was refused (${refused.code}).`);
  return buildAlertChecks(parseAllToolkitInputs(state.sections, schema), schema, state.filters);
}

/** Load the folder, run the file's checks: every outcome, and the files that were no table. */
export async function runAlerts(
  file: string,
  folder: string,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): Promise<{ outcomes: AlertOutcome[]; skipped: { file: string; reason: string }[] }> {
  const engine = await createNodeEngine();
  const { skipped } = await loadFolder(engine, folder);
  const schema = await readLabSchema(engine, locale);
  const checks = checksOf(fs.readFileSync(file, 'utf8'), schema);
  const service = createQueryService(queryEngineOf(engine), () => 1);
  return { outcomes: await evaluateAlerts(checks, service), skipped };
}

/** The command line: prints fired alerts (or JSON with `--json`); exit code 0, or 1 on an error. */
export async function main(args: string[], print: (line: string) => void): Promise<number> {
  const json = args.includes('--json');
  const locale = args.includes('--en') ? 'en' : 'zh-CN';
  const [file, folder] = args.filter((a) => !a.startsWith('--'));
  if (!file || !folder) {
    print('usage: npm run alerts -- <lab.json | subscriptions.json> <data folder> [--en] [--json]');
    return 1;
  }
  const { outcomes, skipped } = await runAlerts(file, folder, locale);
  if (!json) for (const s of skipped) print(`· ${s.file}: ${s.reason}`);
  const fired = outcomes.filter(
    (o): o is Extract<AlertOutcome, { fired: boolean }> => 'fired' in o && o.fired,
  );
  const failed = outcomes.filter((o) => 'failed' in o);
  if (json) {
    print(
      JSON.stringify(
        outcomes.map((o) => ({
          id: o.check.id,
          toolkit: o.check.toolkit,
          brand: o.check.brand,
          ...('fired' in o
            ? {
                fired: o.fired,
                value: o.value,
                threshold: o.threshold,
                text: formatAlert(o, locale),
              }
            : { failed: o.failed }),
        })),
        null,
        2,
      ),
    );
  } else {
    print(
      locale === 'en'
        ? `${outcomes.length} checks, ${fired.length} fired, ${failed.length} failed`
        : `共检查 ${outcomes.length} 项，触发 ${fired.length} 项，失败 ${failed.length} 项`,
    );
    for (const o of fired) print(`⚠ ${formatAlert(o, locale)}`);
    for (const o of failed) if ('failed' in o) print(`✗ ${o.check.id}: ${o.failed}`);
  }
  return 0;
}
