/**
 * Which part of the lab is on screen. The first screen (首页) greets a visit to the lab's address;
 * a shared link or `?demo=off` opens straight into the lab (实验室), where the SQL query lives.
 */
export type View = 'home' | 'lab' | 'data' | 'gallery' | 'missions' | 'subscriptions' | 'host';

export const VIEWS: readonly View[] = [
  'home',
  'lab',
  'data',
  'gallery',
  'missions',
  'subscriptions',
  'host',
];

/** The views the header lists as tabs (the host check is reached from 我的数据 and the first screen). */
export const TABS: readonly View[] = VIEWS.filter((v) => v !== 'host');

export const nav = $state<{ view: View }>({ view: 'lab' });

/** This tab's view, kept so that a reload shows what the user was looking at. */
const VIEW_KEY = 'ecology-lab.view';

export function go(view: View): void {
  nav.view = view;
  globalThis.scrollTo?.({ top: 0 });
  try {
    globalThis.sessionStorage?.setItem(VIEW_KEY, view);
  } catch {
    // No session storage: a reload lands on the default view.
  }
}

/**
 * The view a page load starts on: this tab's last view after a reload; otherwise the first screen
 * for a visit to the lab's address, the lab itself for a shared link or `?demo=off`.
 */
export function initialView(opensLink: boolean, demo: boolean): View {
  let kept: string | null;
  try {
    kept = globalThis.sessionStorage?.getItem(VIEW_KEY) ?? null;
  } catch {
    kept = null;
  }
  if (!opensLink && VIEWS.includes(kept as View)) return kept as View;
  return demo && !opensLink ? 'home' : 'lab';
}

const WELCOMED_KEY = 'ecology-lab.welcomed';

/** Whether this browser has been given the demo lab once (it is not given again over own work). */
export function welcomed(): boolean {
  try {
    return globalThis.localStorage?.getItem(WELCOMED_KEY) === '1';
  } catch {
    return true;
  }
}

export function markWelcomed(): void {
  try {
    globalThis.localStorage?.setItem(WELCOMED_KEY, '1');
  } catch {
    // Storage refused (private mode, full): the demo lab is offered again next time, no harm.
  }
}
