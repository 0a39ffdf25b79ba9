// @ts-check
/**
 * A flights-like table of `rows` rows (day, delay, distance, time, carrier) for native DuckDB's
 * `COPY … TO '…parquet'`: the benchmark's "user's own file" and the batched-reader test write it,
 * in row groups of DuckDB's default 122,880 rows.
 * @param {number} rows
 */
export function flightsSelect(rows) {
  return `SELECT (i % 365)::INTEGER AS day, (i * 37 % 300)::SMALLINT AS delay,
      ((i * 7919) % 2500)::DOUBLE AS distance,
      TIMESTAMP '2024-01-01' + to_seconds(i // 10) AS time,
      ['AA', 'BB', 'CC', 'DD'][1 + i % 4] AS carrier
    FROM range(${rows}) t(i)`;
}
