/**
 * The service worker that keeps the lab usable offline (built by scripts/offline.js). Registered
 * once the engine is up and no dataset is loading: its precache then finds DuckDB's wasm in the
 * browser's cache, and its 51 MB do not compete with the first visit's loads (registered beside
 * them, the demo was ready 1.5–2 s later on a 2-core machine). A new deployment's worker waits: the user is told and reloads when
 * they choose (the page hides, the lab is saved, the new version opens), never mid-session.
 */
export const offline = $state<{
  /** A new version is installed and waits for a reload. */
  updateReady: boolean;
  /** The lab, the engine and the demo are kept in this browser (first install done). */
  ready: boolean;
  /** Why the worker could not be registered (no secure context, a host that refuses it). */
  error: string | null;
}>({ updateReady: false, ready: false, error: null });

let update: ((reload?: boolean) => Promise<void>) | null = null;
/** Updates are looked for hourly too: a lab left open for days still hears of a new version. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export async function registerOffline(): Promise<void> {
  // The dev server has no service worker (its modules change on every edit).
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => (offline.updateReady = true),
    onOfflineReady: () => (offline.ready = true),
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update(), UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => (offline.error = String(error)),
  });
}

/** Register once `busy` (the lab is loading data) has been false for a second. */
export function registerOfflineWhenIdle(busy: () => boolean): void {
  const stop = $effect.root(() => {
    $effect(() => {
      if (busy()) return;
      const timer = setTimeout(() => {
        stop();
        void registerOffline().catch(() => undefined);
      }, 1000);
      return () => clearTimeout(timer);
    });
  });
}

/** The waiting version takes over and the page reloads into it (the lab saves as it hides). */
export function reloadIntoUpdate(): void {
  void update?.(true);
}
