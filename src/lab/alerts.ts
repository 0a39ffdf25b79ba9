/**
 * Alerts without a screen: which rules a lab's toolkit sections carry, as queries ready to run,
 * and their evaluation over a query service. A subscription, a headless check or the lab's alert
 * strip all call `checkLabAlerts`; the UI only shows what it returns. Pure but for the service.
 */
import { approximateIntegers, columnKind, toRecords } from '../engine/records';
import { EngineError } from '../engine/errors';
import { createQueryContext, maskFilters, type DerivedTable } from '../panel/context';
import type { Localized, ResultData } from '../panel/contract';
import { panelNeeds, type AlertVerdict } from '../panel/toolkit';
import type { LabFilters } from '../panel/filters';
import type { Schema } from '../panel/params';
import type { QueryService } from '../query/service';
import { formatSignificant, type Locale } from '../i18n/format';
import { pick } from '../panel/sql';
import type { LabState } from '../state/lab-state';
import { parseAllToolkitInputs, type ToolkitInputs } from './toolkit-inputs';

export interface AlertCheck {
  id: string;
  section: string;
  /** The toolkit and the brand (id, and name when the data has one) the alert is about. */
  toolkit: string;
  brand: { id: number; name: string | null } | null;
  /** The panel (id) the alert points to. */
  panel: string;
  message: Localized;
  details: Record<string, Localized>;
  sql: string;
  derived: DerivedTable[];
  tables: string[];
  /** For a rule a model decides: every row of the query → the verdict. */
  judge?: (data: ResultData) => AlertVerdict;
}

export type AlertOutcome =
  | {
      check: AlertCheck;
      fired: boolean;
      value: number | null;
      threshold: number | null;
      detail: string | null;
    }
  | { check: AlertCheck; failed: string };

/** The alert queries of every toolkit section whose inputs are valid and whose data is there. */
export function buildAlertChecks(
  inputs: ReadonlyMap<string, ToolkitInputs>,
  schema: Schema,
  filters: LabFilters,
): AlertCheck[] {
  const checks: AlertCheck[] = [];
  for (const [section, { toolkit, parsed, missing }] of inputs) {
    if (!parsed.ok) continue;
    const brandId = typeof parsed.params.brand === 'number' ? parsed.params.brand : null;
    const brand =
      brandId === null
        ? null
        : { id: brandId, name: schema.brands?.find((b) => b.id === brandId)?.name ?? null };
    const honours = toolkit.panels[0]?.panel.honours;
    for (const rule of toolkit.alerts) {
      const ctx = createQueryContext(schema, maskFilters(filters, honours));
      let sql: string;
      try {
        sql = rule.buildQuery(parsed.params as never, ctx);
      } catch {
        continue;
      }
      // On partial data, a rule runs when what its own query reads is there.
      const text = [sql, ...ctx.derived.map((d) => d.sql)].join('\n');
      if (missing.length && panelNeeds(toolkit, ctx.readsOf(sql), text, schema.tables).length)
        continue;
      checks.push({
        id: `${section}:${rule.id}`,
        section,
        toolkit: toolkit.id,
        brand,
        panel: rule.panel,
        message: rule.message,
        details: rule.details ?? {},
        sql,
        derived: ctx.derived,
        tables: ctx.readsOf(sql),
        ...(rule.judge
          ? { judge: (data: ResultData) => rule.judge!(parsed.params as never, data) }
          : {}),
      });
    }
  }
  return checks;
}

const numberOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Run alert checks (in the background of any panel queries); each outcome as it arrives. */
export async function evaluateAlerts(
  checks: readonly AlertCheck[],
  service: QueryService,
  options: { signal?: AbortSignal; onOutcome?: (outcome: AlertOutcome) => void } = {},
): Promise<AlertOutcome[]> {
  return Promise.all(
    checks.map(async (check): Promise<AlertOutcome> => {
      let outcome: AlertOutcome;
      try {
        const result = await service.run(check, options.signal, { background: true });
        if (check.judge) {
          const { table } = result;
          const data = {
            rows: approximateIntegers(toRecords(table)),
            columns: table.schema.fields.map((f) => ({ name: f.name, kind: columnKind(f) })),
          };
          outcome = { check, ...check.judge(data) };
        } else {
          const row = approximateIntegers(toRecords(result.table, 1))[0] ?? {};
          outcome = {
            check,
            fired: row.fired === true,
            value: numberOrNull(row.value),
            threshold: numberOrNull(row.threshold),
            detail: typeof row.detail === 'string' ? row.detail : null,
          };
        }
      } catch (e) {
        if (options.signal?.aborted) throw e;
        outcome = { check, failed: e instanceof EngineError ? e.info.message : String(e) };
      }
      options.onOutcome?.(outcome);
      return outcome;
    }),
  );
}

/** Every alert of a lab, evaluated on an engine: the headless entry point. */
export function checkLabAlerts(
  lab: Pick<LabState, 'sections' | 'filters'>,
  schema: Schema,
  service: QueryService,
): Promise<AlertOutcome[]> {
  const inputs = parseAllToolkitInputs(lab.sections, schema);
  return evaluateAlerts(buildAlertChecks(inputs, schema, lab.filters), service);
}

function detailText(check: AlertCheck, detail: string | null, locale: Locale): string {
  if (detail === null) return '';
  const text = check.details[detail];
  return text ? pick(text, locale) : detail;
}

/**
 * An alert as the user reads it: the brand it is about, then its message with `{value}`,
 * `{threshold}` and `{detail}` filled in.
 */
export function formatAlert(
  outcome: Extract<AlertOutcome, { fired: boolean }>,
  locale: Locale,
): string {
  const number = (v: number | null) => (v === null ? '—' : formatSignificant(locale, v));
  const text = pick(outcome.check.message, locale)
    .replace('{value}', number(outcome.value))
    .replace('{threshold}', number(outcome.threshold))
    .replace('{detail}', detailText(outcome.check, outcome.detail, locale));
  const brand = outcome.check.brand;
  return brand ? `${brand.name ?? brand.id}${locale === 'zh-CN' ? '：' : ': '}${text}` : text;
}
