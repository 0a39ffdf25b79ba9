/**
 * Table names derived from file names: letters (any script, so 销售数据.csv stays 销售数据), digits
 * and `_` only, not starting with a digit, at most 63 characters, unique (case-insensitively, as
 * DuckDB compares names) among the existing tables.
 */
export function deriveTableName(fileName: string, existing: Iterable<string>): string {
  const base =
    fileName
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop()
      ?.replace(
        /(\.(parquet|parq|pq|csv|tsv|txt|json|ndjson|jsonl|arrow|arrows|feather|ipc|gz|zst))+$/i,
        '',
      ) ?? '';
  return uniqueTableName(sanitizeTableName(base), existing);
}

export function sanitizeTableName(raw: string): string {
  let name = raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') name = 'table';
  if (/^\p{N}/u.test(name)) name = `t_${name}`;
  return [...name].slice(0, 63).join('');
}

export function uniqueTableName(name: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name}_${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
