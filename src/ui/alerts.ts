/** Which alert rules the lab's toolkit sections carry, as queries ready to run. Pure. */
import { createQueryContext, maskFilters, type DerivedTable } from '../panel/context';
import type { Localized } from '../panel/contract';
import type { LabFilters } from '../panel/filters';
import { parseParams, type Schema } from '../panel/params';
import { getToolkit } from '../panel/registry';
import { missingRequirements } from '../panel/toolkit';
import type { SectionState } from '../state/lab-state';

export interface AlertCheck {
  id: string;
  section: string;
  /** The panel (id) the alert points to. */
  panel: string;
  message: Localized;
  sql: string;
  derived: DerivedTable[];
}

export function buildAlertChecks(
  sections: readonly SectionState[],
  schema: Schema,
  filters: LabFilters,
): AlertCheck[] {
  const checks: AlertCheck[] = [];
  for (const section of sections) {
    const toolkit = section.toolkit ? getToolkit(section.toolkit.id) : undefined;
    const inputsOf = toolkit?.panels[0]?.panel;
    if (!toolkit || !inputsOf || missingRequirements(toolkit, schema.tables).length) continue;
    const parsed = parseParams(inputsOf, section.toolkit?.inputs ?? {}, schema);
    if (!parsed.ok) continue;
    for (const rule of toolkit.alerts) {
      const ctx = createQueryContext(schema, maskFilters(filters, inputsOf.honours));
      checks.push({
        id: `${section.id}:${rule.id}`,
        section: section.id,
        panel: rule.panel,
        message: rule.message,
        sql: rule.buildQuery(parsed.params, ctx),
        derived: ctx.derived,
      });
    }
  }
  return checks;
}

/** Fill `{value}`, `{threshold}` and `{detail}` into an alert message. */
export function formatAlert(
  template: string,
  row: { value?: unknown; threshold?: unknown; detail?: unknown },
  locale: 'zh-CN' | 'en',
): string {
  const number = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v)
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(v) < 1 ? 3 : 1 }).format(v)
      : '—';
  return template
    .replace('{value}', number(row.value))
    .replace('{threshold}', number(row.threshold))
    .replace('{detail}', typeof row.detail === 'string' ? row.detail : '');
}
