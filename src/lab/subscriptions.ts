/**
 * Subscriptions (产品订阅): a toolkit's output for a brand, watched through alert rules — the
 * toolkit's own rules the user keeps, plus custom ones on any numeric column of its panels
 * (comparator, threshold, window). They are checked where the lab can check them: when it opens
 * and when its data changes (a static site has no server to check in the background), or by
 * `npm run alerts` on a schedule of the user's own. Pure: no engine, no storage, no Svelte.
 */
import { createQueryContext, maskFilters } from '../panel/context';
import type { Localized, ResultData } from '../panel/contract';
import { NO_FILTERS, type LabFilters } from '../panel/filters';
import type { Schema } from '../panel/params';
import { getToolkit } from '../panel/registry';
import type { AlertVerdict } from '../panel/toolkit';
import { buildAlertChecks, type AlertCheck, type AlertOutcome } from './alerts';
import { parseToolkitInputs } from './toolkit-inputs';

export type Comparator = '<' | '<=' | '>' | '>=';
export const COMPARATORS: readonly Comparator[] = ['<', '<=', '>', '>='];

/** A rule of the user's own: the mean of `column` over the last `window` rows of a panel's result. */
export interface CustomRule {
  id: string;
  panel: string;
  column: string;
  comparator: Comparator;
  threshold: number;
  /** Rows averaged, newest last (1 = the latest value); rows of other brands are left out first. */
  window: number;
}

export interface Subscription {
  id: string;
  toolkit: string;
  /** The toolkit's inputs (brand, competitors, as-of day…), as a section stores them. */
  inputs: Record<string, unknown>;
  /** The toolkit's own rules kept (ids). */
  rules: string[];
  custom: CustomRule[];
  /** ISO time it was made. */
  created: string;
}

export const SUBSCRIPTIONS_FORMAT = 'ecology-lab.subscriptions';

export interface SubscriptionsFile {
  format: typeof SUBSCRIPTIONS_FORMAT;
  version: 1;
  subscriptions: Subscription[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[\w-]{1,64}$/;

function parseCustom(value: unknown): CustomRule | null {
  if (!isRecord(value)) return null;
  const { id, panel, column, comparator, threshold, window } = value;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof panel !== 'string' || typeof column !== 'string' || column.length > 128) return null;
  if (!COMPARATORS.includes(comparator as Comparator)) return null;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) return null;
  if (typeof window !== 'number' || !Number.isInteger(window) || window < 1 || window > 366)
    return null;
  return { id, panel, column, comparator: comparator as Comparator, threshold, window };
}

/** One subscription from untrusted JSON (a file, storage), or null when it is not one we know. */
export function parseSubscription(value: unknown): Subscription | null {
  if (!isRecord(value)) return null;
  const { id, toolkit, inputs, rules, custom, created } = value;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  const definition = typeof toolkit === 'string' ? getToolkit(toolkit) : undefined;
  if (!definition || !isRecord(inputs)) return null;
  const known = new Set(definition.alerts.map((r) => r.id));
  const panels = new Set(definition.panels.map((p) => p.panel.id));
  return {
    id,
    toolkit: definition.id,
    inputs,
    rules: Array.isArray(rules)
      ? rules.filter((r): r is string => typeof r === 'string' && known.has(r))
      : [],
    custom: Array.isArray(custom)
      ? custom.map(parseCustom).filter((r): r is CustomRule => r !== null && panels.has(r.panel))
      : [],
    created: typeof created === 'string' ? created : new Date(0).toISOString(),
  };
}

/** Subscriptions from a file's text: the valid ones, and how many entries were not. */
export function parseSubscriptionsFile(text: string): {
  subscriptions: Subscription[];
  dropped: number;
} {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('not-json');
  }
  if (
    !isRecord(value) ||
    value.format !== SUBSCRIPTIONS_FORMAT ||
    !Array.isArray(value.subscriptions)
  )
    throw new Error('not-subscriptions');
  const subscriptions = value.subscriptions.map(parseSubscription);
  const valid = subscriptions.filter((s): s is Subscription => s !== null);
  return { subscriptions: valid, dropped: subscriptions.length - valid.length };
}

export function subscriptionsFile(subscriptions: readonly Subscription[]): string {
  const file: SubscriptionsFile = {
    format: SUBSCRIPTIONS_FORMAT,
    version: 1,
    subscriptions: [...subscriptions],
  };
  return JSON.stringify(file, null, 2);
}

const COMPARE: Record<Comparator, (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/**
 * A custom rule's verdict on a panel's rows: the subscribed brand's rows when the result has a
 * `brand_id` column, ordered by the first temporal column when there is one, the mean of the last
 * `window` values of the column compared with the threshold. No value, no alert.
 */
export function judgeCustom(
  rule: CustomRule,
  brand: number | null,
  data: ResultData,
): AlertVerdict {
  const hasBrand = data.columns.some((c) => c.name === 'brand_id');
  const time = data.columns.find((c) => c.kind === 'temporal')?.name;
  let rows = data.rows.filter((r) => !hasBrand || brand === null || Number(r.brand_id) === brand);
  if (time)
    rows = [...rows].sort(
      (a, b) => new Date(a[time] as never).getTime() - new Date(b[time] as never).getTime(),
    );
  const values = rows
    .slice(-rule.window)
    .map((r) => r[rule.column])
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!values.length) return { fired: false, value: null, threshold: rule.threshold, detail: null };
  const value = values.reduce((s, v) => s + v, 0) / values.length;
  return {
    fired: COMPARE[rule.comparator](value, rule.threshold),
    value,
    threshold: rule.threshold,
    detail: null,
  };
}

const COMPARATOR_WORDS: Record<Comparator, Localized> = {
  '<': { zh: '低于', en: 'below' },
  '<=': { zh: '不高于', en: 'at or below' },
  '>': { zh: '高于', en: 'above' },
  '>=': { zh: '不低于', en: 'at or above' },
};

/** The message of a custom rule, in the alert strip's form (`{value}`, `{threshold}`). */
export function customMessage(rule: CustomRule, panelTitle: Localized): Localized {
  const words = COMPARATOR_WORDS[rule.comparator];
  const windowZh = rule.window > 1 ? `近 ${rule.window} 期均值` : '最新值';
  const windowEn = rule.window > 1 ? `mean of the last ${rule.window}` : 'latest';
  return {
    zh: `${panelTitle.zh} · ${rule.column}（${windowZh}）为 {value}，${words.zh} {threshold}`,
    en: `${panelTitle.en} · ${rule.column} (${windowEn}) is {value}, ${words.en} {threshold}`,
  };
}

/** The check id of a subscription's rule: `sub-<subscription>:<rule>`. */
export const subscriptionSection = (subscription: Pick<Subscription, 'id'>) =>
  `sub-${subscription.id}`;

/**
 * Every subscription's checks, as alert checks: its toolkit's rules the user kept and its custom
 * rules (the panel's own query, judged on its rows). A subscription whose data is missing or whose
 * inputs no longer parse (a brand gone) has no checks; `skipped` says which.
 */
export function subscriptionChecks(
  subscriptions: readonly Subscription[],
  schema: Schema,
  filters: LabFilters = NO_FILTERS,
): { checks: AlertCheck[]; skipped: string[] } {
  const checks: AlertCheck[] = [];
  const skipped: string[] = [];
  for (const subscription of subscriptions) {
    const section = subscriptionSection(subscription);
    const inputs = parseToolkitInputs(
      {
        id: section,
        title: '',
        toolkit: {
          id: subscription.toolkit,
          version: getToolkit(subscription.toolkit)?.version ?? 1,
          inputs: subscription.inputs,
        },
      },
      schema,
    );
    if (!inputs || !inputs.parsed.ok || inputs.missing.length) {
      skipped.push(subscription.id);
      continue;
    }
    const kept = new Set(subscription.rules);
    checks.push(
      ...buildAlertChecks(new Map([[section, inputs]]), schema, filters).filter((c) =>
        kept.has(c.id.slice(section.length + 1)),
      ),
    );
    const brand =
      typeof inputs.parsed.params.brand === 'number' ? inputs.parsed.params.brand : null;
    const model = checks.find((c) => c.section === section) ?? null;
    for (const rule of subscription.custom) {
      const panel = inputs.toolkit.panels.find((p) => p.panel.id === rule.panel)?.panel;
      if (!panel) continue;
      const ctx = createQueryContext(schema, maskFilters(filters, panel.honours));
      const sql = panel.buildQuery(inputs.parsed.params as never, ctx);
      if (!sql) continue;
      checks.push({
        id: `${section}:${rule.id}`,
        section,
        toolkit: subscription.toolkit,
        brand:
          model?.brand ??
          (brand === null
            ? null
            : { id: brand, name: schema.brands?.find((b) => b.id === brand)?.name ?? null }),
        panel: rule.panel,
        message: customMessage(rule, panel.title),
        details: {},
        sql,
        derived: ctx.derived,
        tables: ctx.readsOf(sql),
        judge: (data) => judgeCustom(rule, brand, data),
      });
    }
  }
  return { checks, skipped };
}

/** What a check concluded, as kept between visits. */
export interface CheckState {
  fired: boolean;
  value: number | null;
}

export interface Digest {
  /** Fired now and not at the last check (or never checked before). */
  newlyFired: AlertOutcome[];
  /** Fired now and at the last check. */
  stillFired: AlertOutcome[];
  /** Fired at the last check, not now. */
  cleared: string[];
  /** Values that moved, of checks that did not change state. */
  changed: { id: string; from: number; to: number }[];
}

/** What changed since the last check: the "since your last visit" digest. */
export function digestSince(
  previous: Readonly<Record<string, CheckState>>,
  outcomes: readonly AlertOutcome[],
): Digest {
  const digest: Digest = { newlyFired: [], stillFired: [], cleared: [], changed: [] };
  for (const outcome of outcomes) {
    if (!('fired' in outcome)) continue;
    const id = outcome.check.id;
    const before = previous[id];
    if (outcome.fired) (before?.fired ? digest.stillFired : digest.newlyFired).push(outcome);
    else if (before?.fired) digest.cleared.push(id);
    else if (
      before?.value !== null &&
      before?.value !== undefined &&
      outcome.value !== null &&
      before.value !== outcome.value
    )
      digest.changed.push({ id, from: before.value, to: outcome.value });
  }
  return digest;
}

/** The states to keep for the next visit. */
export function checkStates(outcomes: readonly AlertOutcome[]): Record<string, CheckState> {
  const states: Record<string, CheckState> = {};
  for (const o of outcomes)
    if ('fired' in o) states[o.check.id] = { fired: o.fired, value: o.value };
  return states;
}
