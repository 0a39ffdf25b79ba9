import { contentHash } from './content-hash';
import { EngineError, labError } from '../errors';
import { yieldToEventLoop } from '../yield';
import { ident } from '../../sql/quote';
import { decideFormat, type DatasetFormat } from './format';
import {
  DEFAULT_LIMITS,
  type DatasetSource,
  type IngestLimits,
  type IngestProgress,
  type IngestResult,
  type IngestTarget,
  type ReaderContext,
} from './types';
import { readArrow } from './readers/arrow';
import { readCsv } from './readers/csv';
import { readJson } from './readers/json';
import { readExcel } from './readers/excel';
import { readParquet, type ParquetModule } from './readers/parquet';

export interface IngestorDeps {
  target: IngestTarget & { countRows(table: string): Promise<number> };
  parquet: () => Promise<ParquetModule>;
  fetch: typeof fetch;
  limits?: IngestLimits;
}

export interface IngestOptions {
  table: string;
  /** Cancel handle. */
  id?: string;
  /** Replace an existing table of that name (otherwise the name must be free). */
  replace?: boolean;
}

let tempCounter = 0;

/**
 * Loads datasets into DuckDB: source → bytes → format sniffed → reader → temporary table, renamed
 * to its final name only on success. A failure or a cancel leaves earlier tables untouched.
 */
export function createIngestor(deps: IngestorDeps) {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const cancelled = new Set<string>();
  const active = new Set<string>();

  async function ingest(
    source: DatasetSource,
    options: IngestOptions,
    onProgress: (progress: IngestProgress) => void = () => {},
  ): Promise<IngestResult> {
    const started = performance.now();
    const id = options.id ?? `ingest-${tempCounter}`;
    active.add(id);
    const state: IngestProgress = { phase: 'download', bytes: 0, rows: 0 };
    // Each report crosses to the page as a message. A download reports every network chunk: those
    // go at most every 50 ms; phase changes and row-group progress go at once.
    let reported = 0;
    const progress = (update: Partial<IngestProgress>) => {
      const chunkOnly = update.phase === undefined && state.phase === 'download';
      Object.assign(state, update);
      const now = performance.now();
      if (chunkOnly && now - reported < 50) return;
      reported = now;
      onProgress(state);
    };
    const checkpoint = async () => {
      await yieldToEventLoop();
      if (cancelled.has(id)) throw labError('cancelled', 'engine.cancelled', 'Loading cancelled');
    };
    const notices: IngestResult['notices'] = [];
    const temp = `__lab_load_${tempCounter++}`;
    const target = deps.target;
    try {
      const { blob, name } = await openSource(source, progress, checkpoint);
      const head = new Uint8Array(await blob.slice(0, 64).arrayBuffer());
      const decided = decideFormat(name, head);
      if ('error' in decided) {
        if (decided.error === 'empty')
          throw labError('input', 'dataset.empty', 'The file is empty.');
        if (decided.actual === 'xls')
          throw labError(
            'input',
            'excel.legacy',
            'The Excel 97–2003 format (.xls) cannot be read.',
          );
        throw labError(
          'input',
          'dataset.mismatch',
          `The file is named .${decided.expected} but is ${decided.actual}.`,
          {
            expected: decided.expected ?? '',
            actual: decided.actual,
          },
        );
      }
      const format: DatasetFormat = decided.format;
      const ctx: ReaderContext = {
        target,
        table: temp,
        limits,
        progress,
        checkpoint,
        notice: (code, detail) => notices.push(detail ? { code, detail } : { code }),
      };
      // No engine call before the reader's first insert: a file can be read while DuckDB starts.
      let sheets: string[] | undefined;
      if (format === 'excel')
        ({ sheets } = await readExcel(
          blob,
          ctx,
          source.kind === 'file' ? source.sheet : undefined,
        ));
      else if (format === 'parquet') await readParquet(await deps.parquet(), blob, ctx);
      else if (format === 'csv') await readCsv(blob, ctx);
      else if (format === 'json') await readJson(blob, ctx);
      else await readArrow(blob, ctx);
      await checkpoint();
      const rows = await target.countRows(temp);
      if (options.replace) await target.exec(`DROP TABLE IF EXISTS ${ident(options.table)}`);
      await target.exec(`ALTER TABLE ${ident(temp)} RENAME TO ${ident(options.table)}`);
      const hash = await contentHash(blob);
      progress({ phase: 'done', rows, totalRows: rows });
      return {
        table: options.table,
        format,
        rows,
        bytes: blob.size,
        hash,
        ms: performance.now() - started,
        notices,
        ...(sheets ? { sheets } : {}),
      };
    } catch (error) {
      await target.exec(`DROP TABLE IF EXISTS ${ident(temp)}`).catch(() => undefined);
      const failure =
        error instanceof EngineError
          ? error
          : labError('input', 'dataset.unreadable', String(error));
      // The load's working table is the lab's business: the message names the user's table.
      failure.info.message = failure.info.message.replaceAll(temp, options.table);
      throw failure;
    } finally {
      active.delete(id);
      cancelled.delete(id);
    }
  }

  async function openSource(
    source: DatasetSource,
    progress: (update: Partial<IngestProgress>) => void,
    checkpoint: () => Promise<void>,
  ): Promise<{ blob: Blob; name: string }> {
    if (source.kind === 'file') return { blob: source.file, name: source.name };
    return {
      blob: await download(source.url, deps.fetch, limits, progress, checkpoint),
      name: source.name ?? source.url,
    };
  }

  return {
    ingest,
    /** Cancel a running load; true when it was running. */
    cancel(id: string): boolean {
      if (!active.has(id)) return false;
      cancelled.add(id);
      return true;
    },
  };
}

/** http(s) only; the lab never fetches `file:`, `data:` or `javascript:` URLs. */
export function parseDatasetUrl(url: string, base?: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw labError('input', 'url.invalid', `Not a valid URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw labError('input', 'url.invalid', `Only http(s) URLs can be loaded: ${url}`);
  return parsed;
}

async function download(
  url: string,
  fetchImpl: typeof fetch,
  limits: IngestLimits,
  progress: (update: Partial<IngestProgress>) => void,
  checkpoint: () => Promise<void>,
): Promise<Blob> {
  const parsed = parseDatasetUrl(url, globalThis.location?.href);
  let response: Response;
  try {
    // no-cache: the browser keeps the file and asks the host whether it changed (a 304 costs no
    // bytes), so a returning visit does not download the data again and a new deployment is
    // still seen. (The engine-notes' `no-store` was for URLs DuckDB range-read itself; the lab
    // never lets DuckDB read URLs.)
    response = await fetchImpl(parsed.href, { cache: 'no-cache', credentials: 'omit' });
  } catch {
    throw labError(
      'input',
      'url.network',
      `Cannot reach ${parsed.href} (offline, blocked, or no CORS).`,
      {
        url: parsed.href,
      },
    );
  }
  if (!response.ok)
    throw labError('input', 'url.http', `${parsed.href} answered HTTP ${response.status}.`, {
      url: parsed.href,
      status: response.status,
    });
  const total = Number(response.headers.get('content-length')) || undefined;
  if (total && total > limits.maxDecodedBytes)
    throw labError(
      'too-large',
      'dataset.too-large',
      'The file is too large to load in the browser.',
      {
        size: total,
        limit: limits.maxDecodedBytes,
      },
    );
  progress({ phase: 'download', bytes: 0, ...(total ? { totalBytes: total } : {}) });
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let lastCheck = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    if (received > limits.maxDecodedBytes) {
      await reader.cancel();
      throw labError(
        'too-large',
        'dataset.too-large',
        'The file is too large to load in the browser.',
        {
          size: received,
          limit: limits.maxDecodedBytes,
        },
      );
    }
    progress({ bytes: received });
    // A cancel point about every megabyte, not every network chunk.
    if (received - lastCheck >= 1 << 20) {
      lastCheck = received;
      await checkpoint();
    }
  }
  progress({ phase: 'download', bytes: received }); // the total, whatever the throttle held back
  return new Blob(chunks as BlobPart[]);
}
