/**
 * Errors cross the worker boundary as plain objects (structured clone drops Error subclasses and
 * their fields), so every engine failure is turned into {@link EngineErrorInfo} in the worker and
 * back into an {@link EngineError} on the main thread.
 */

/** What kind of failure: decides the message the UI shows and whether a restart helps. */
export type EngineErrorKind =
  | 'sql' // DuckDB refused or failed the statement (syntax, binder, catalog, permission…)
  | 'cancelled' // the caller cancelled
  | 'input' // a dataset could not be read (bad file, bad URL, wrong format)
  | 'too-large' // a dataset or result does not fit the memory budget
  | 'crashed' // the worker died or stopped answering
  | 'internal';

export interface EngineErrorInfo {
  kind: EngineErrorKind;
  /** DuckDB's error class when known, e.g. "Parser Error", "Permission Error". */
  name: string;
  message: string;
  /** The SQL that failed, when a statement failed. */
  sql?: string;
  /** Character offset of the error in the SQL, when DuckDB reports one. */
  position?: number;
  /** A message key and values for the UI (i18n), for failures the lab itself detects. */
  code?: string;
  detail?: Record<string, string | number>;
}

export class EngineError extends Error {
  readonly info: EngineErrorInfo;
  constructor(info: EngineErrorInfo) {
    super(info.message);
    this.name = info.name;
    this.info = info;
  }
}

/** A failure the lab detected itself, with an i18n code; thrown inside the worker. */
export function labError(
  kind: EngineErrorKind,
  code: string,
  message: string,
  detail?: Record<string, string | number>,
): EngineError {
  return new EngineError({ kind, name: 'LabError', code, message, ...(detail ? { detail } : {}) });
}

const DUCKDB_ERROR = /^([A-Z][A-Za-z ]+ Error): ?/;

/** Normalize anything thrown into a plain, cloneable {@link EngineErrorInfo}. */
export function toErrorInfo(error: unknown, sql?: string): EngineErrorInfo {
  if (error instanceof EngineError)
    return sql && !error.info.sql ? { ...error.info, sql } : error.info;
  const raw = error instanceof Error ? error.message : String(error);
  const structured = parseStructured(raw);
  if (structured) return { ...structured, ...(sql ? { sql } : {}) };
  const match = DUCKDB_ERROR.exec(raw);
  const name = match?.[1] ?? (error instanceof Error ? error.name : 'Error');
  const message = match ? raw.slice(match[0].length) : raw;
  const kind: EngineErrorKind = /INTERRUPT|interrupted/i.test(raw)
    ? 'cancelled'
    : /out of memory|memory limit|Out of Memory|Aborted\(OOM\)/i.test(raw)
      ? 'too-large'
      : match
        ? 'sql'
        : 'internal';
  return {
    kind,
    name,
    message,
    ...(kind === 'too-large' ? { code: OUT_OF_MEMORY } : {}),
    ...(sql ? { sql } : {}),
  };
}

/**
 * DuckDB's out-of-memory text advises `SET memory_limit`/`temp_directory`, which the lockdown
 * forbids (and the browser has no disk to spill to): the lab says what a user can do instead.
 */
const OUT_OF_MEMORY = 'engine.out-of-memory';

/** Pending queries report errors as JSON: {exception_type, exception_message, position}. */
function parseStructured(raw: string): EngineErrorInfo | null {
  if (!raw.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(raw) as {
      exception_type?: string;
      exception_message?: string;
      position?: string;
    };
    if (!parsed.exception_type || parsed.exception_message === undefined) return null;
    const type = parsed.exception_type;
    const kind: EngineErrorKind =
      type === 'INTERRUPT' ? 'cancelled' : type === 'Out of Memory' ? 'too-large' : 'sql';
    const position = Number(parsed.position);
    return {
      kind,
      ...(kind === 'too-large' ? { code: OUT_OF_MEMORY } : {}),
      name: `${type} Error`,
      message: parsed.exception_message,
      ...(Number.isFinite(position) && parsed.position !== undefined ? { position } : {}),
    };
  } catch {
    return null;
  }
}

/** True for objects shaped like {@link EngineErrorInfo} (what Comlink hands back). */
export function isErrorInfo(value: unknown): value is EngineErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EngineErrorInfo).kind === 'string' &&
    typeof (value as EngineErrorInfo).message === 'string'
  );
}
