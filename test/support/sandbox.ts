/** The bundled sandbox preset loaded into the lab's Node engine (shared by data and metric tests). */
import fs from 'node:fs';
import path from 'node:path';
import { createNodeEngine, type NodeEngine } from './node-engine';

export const SANDBOX_DIR = path.resolve(import.meta.dirname, '../../public/data');

export interface Manifest {
  tables: { table: string; file: string; rows: number; bytes: number }[];
}

export function readJson<T>(file: string, dir = SANDBOX_DIR): T {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
}

/** The sandbox, or another generated preset's folder (`npm run data -- --preset standard --out DIR`). */
export async function loadSandbox(tables?: string[], dir = SANDBOX_DIR): Promise<NodeEngine> {
  const engine = await createNodeEngine();
  const manifest = readJson<Manifest>('manifest.json', dir);
  for (const entry of manifest.tables) {
    if (tables && !tables.includes(entry.table)) continue;
    const bytes = fs.readFileSync(path.join(dir, entry.file));
    await engine.ingestor.ingest(
      { kind: 'file', file: new Blob([bytes]), name: entry.file },
      { table: entry.table },
    );
  }
  return engine;
}
