// @ts-check
/**
 * The lab as an installable, offline-capable app: a Workbox service worker (vite-plugin-pwa,
 * generateSW) precaches what the lab needs to open and draw the demo without a network.
 *
 * - Precached: the page, every hashed script/style, the single-threaded DuckDB build and its wasm,
 *   the Parquet reader, the demo data, the gallery's thumbnails and the icons.
 * - Not precached: the threaded (`coi`) build (opt-in, needs a cross-origin isolated host; offline
 *   the lab falls back to one thread), the benchmark page, and the `.br`/`.gz` twins (the browser
 *   stores what it decoded).
 * - DuckDB's wasm is 34 MB: Workbox's default limit (2 MiB) would leave it out silently, so the limit
 *   is set deliberately, just above the largest file the lab needs.
 * - Hashed files are fetched with the browser's normal cache (the engine has usually just
 *   downloaded the wasm); unhashed ones (page, data, icons) carry a content revision and are fetched
 *   afresh, so a new deployment's data comes with its new service worker.
 * - `prompt`: a new deployment's worker waits until the user chooses "reload" (see
 *   src/ui/offline.svelte.ts); nothing changes under a running session.
 */
import { VitePWA } from 'vite-plugin-pwa';

export const PRECACHE_LIMIT_BYTES = 40 * 1024 * 1024;

/** A Vite asset name with its content hash: `name-AbCd12_-.ext`. */
const HASHED_ASSET = /^assets\/[^/]+-[\w-]{8}\.\w+$/;

/** @returns {import('vite').PluginOption} */
export function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeManifestIcons: false,
    manifest: {
      name: '生态实验室 · Ecology Lab',
      short_name: '生态实验室',
      description:
        '服务商的浏览器数据实验室：品牌数据只在本机分析。A browser data lab for e-commerce service providers.',
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#ff5000',
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: [
        'index.html',
        'assets/*.{js,css,wasm}',
        'data/*.{parquet,json}',
        'thumbnails/*',
        'icons/*',
      ],
      globIgnores: ['**/*coi*', '**/threaded-*', '**/bench-*', 'bench/**', '**/*.br', '**/*.gz'],
      maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
      dontCacheBustURLsMatching: HASHED_ASSET,
      // Any page address in the lab's folder (`?demo=off`, `?threads=on`) opens the precached page.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/bench\//],
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
