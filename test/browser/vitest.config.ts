import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium (Debian's) against the built site, one file at a time (2 cores). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    env: { TZ: 'UTC' },
  },
});
