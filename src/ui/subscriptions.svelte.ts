/**
 * The user's subscriptions in this browser: the list, the last check's outcomes, the digest since
 * the last visit, and the delivery log. Checked by `checkSubscriptions` when the lab opens and
 * whenever its data changes (see SubscriptionWatcher.svelte), for every subscription, whether or
 * not its toolkit is on screen. Nothing here runs when the lab is closed.
 */
import { evaluateAlerts, formatAlert, type AlertOutcome } from '../lab/alerts';
import {
  checkStates,
  digestSince,
  parseSubscription,
  type CheckState,
  type Digest,
  type Subscription,
} from '../lab/subscriptions';
import type { QueryService } from '../query/service';

const LIST_KEY = 'ecology-lab.subscriptions';
const LAST_KEY = 'ecology-lab.subscriptions.last';
const LOG_KEY = 'ecology-lab.subscriptions.log';
/** The log keeps the newest entries only. */
const LOG_CAP = 200;

export interface Delivery {
  at: string;
  id: string;
  kind: 'fired' | 'cleared';
  zh: string;
  en: string;
}

interface LastCheck {
  at: string;
  states: Record<string, CheckState>;
}

function read<T>(key: string, fallback: T): T {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the subscriptions hold for this visit; the page says nothing worse.
  }
}

const storedList = read<unknown[]>(LIST_KEY, []);
/** What the last visit concluded: the digest compares with it all through this visit. */
const lastVisit = read<LastCheck | null>(LAST_KEY, null);

export const subs = $state<{
  list: Subscription[];
  outcomes: AlertOutcome[];
  skipped: string[];
  checking: boolean;
  /** Null until the first check of this visit. */
  digest: Digest | null;
  lastVisit: string | null;
  log: Delivery[];
}>({
  list: (Array.isArray(storedList) ? storedList : [])
    .map(parseSubscription)
    .filter((s): s is Subscription => s !== null),
  outcomes: [],
  skipped: [],
  checking: false,
  digest: null,
  lastVisit: lastVisit?.at ?? null,
  log: read<Delivery[]>(LOG_KEY, []),
});

/** The states of the latest check (this visit's, over the last visit's). */
let current: Record<string, CheckState> = { ...(lastVisit?.states ?? {}) };

function saveList(): void {
  write(LIST_KEY, $state.snapshot(subs.list));
}

export function addSubscription(subscription: Subscription): void {
  subs.list.push(subscription);
  saveList();
}

export function removeSubscription(id: string): void {
  subs.list = subs.list.filter((s) => s.id !== id);
  saveList();
}

/** Replace the list with imported subscriptions (same ids replaced, others kept). */
export function importSubscriptions(list: readonly Subscription[]): void {
  const ids = list.map((s) => s.id);
  subs.list = [...subs.list.filter((s) => !ids.includes(s.id)), ...list];
  saveList();
}

export function newSubscriptionId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Log what changed since the previous check: alerts that fired and alerts that cleared. */
function deliver(outcomes: readonly AlertOutcome[], at: string): void {
  const entries: Delivery[] = [];
  for (const o of outcomes) {
    if (!('fired' in o)) continue;
    const before = current[o.check.id];
    if (o.fired && !before?.fired)
      entries.push({
        at,
        id: o.check.id,
        kind: 'fired',
        zh: formatAlert(o, 'zh-CN'),
        en: formatAlert(o, 'en'),
      });
    else if (!o.fired && before?.fired)
      entries.push({
        at,
        id: o.check.id,
        kind: 'cleared',
        zh: formatAlert(o, 'zh-CN'),
        en: formatAlert(o, 'en'),
      });
  }
  if (!entries.length) return;
  subs.log = [...entries.reverse(), ...subs.log].slice(0, LOG_CAP);
  write(LOG_KEY, $state.snapshot(subs.log));
}

/**
 * Check every subscription on the lab's data. The digest compares with what the last visit saw;
 * the states are kept for the next visit (merged: a subscription not checkable now keeps its last).
 */
export async function checkSubscriptions(
  build: (list: readonly Subscription[]) => {
    checks: Parameters<typeof evaluateAlerts>[0];
    skipped: string[];
  },
  service: QueryService,
  signal: AbortSignal,
): Promise<void> {
  const { checks, skipped } = build(subs.list);
  subs.skipped = skipped;
  if (!checks.length) {
    subs.outcomes = [];
    return;
  }
  subs.checking = true;
  try {
    const outcomes = await evaluateAlerts(checks, service, { signal });
    if (signal.aborted) return;
    const at = new Date(Date.now()).toISOString(); // eslint-disable-line svelte/prefer-svelte-reactivity -- a timestamp, not state
    subs.outcomes = outcomes;
    subs.digest = digestSince(lastVisit?.states ?? {}, outcomes);
    deliver(outcomes, at);
    current = { ...current, ...checkStates(outcomes) };
    write(LAST_KEY, { at, states: current } satisfies LastCheck);
  } finally {
    if (!signal.aborted) subs.checking = false;
  }
}
