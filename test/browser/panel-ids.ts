/** The panel folders, read from disk (the browser tests add each of them). */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../panels');
export const PANEL_IDS = fs
  .readdirSync(root)
  .filter((d) => fs.existsSync(path.join(root, d, 'index.ts')))
  .sort();
