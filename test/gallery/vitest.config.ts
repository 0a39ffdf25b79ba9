import { defineConfig } from 'vitest/config';

/** `npm run gallery`: screenshots of every panel and toolkit (not part of `npm test`). */
export default defineConfig({
  test: {
    include: ['test/gallery/**/*.spec.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: 'forks',
    env: { TZ: 'UTC' },
  },
});
