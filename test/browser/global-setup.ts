import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the built site (`npm test` builds it first) from a sub-folder, as a static host would. */
export default async function setup(project: TestProject) {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const server = await startServer({ dir: dist, basePath: '/lab/' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
