// @ts-check
/**
 * Columnar tables for the generator, and their Parquet files. Numeric columns grow as typed arrays;
 * low-cardinality strings are stored as byte codes and only turned into strings one chunk at a
 * time while writing, so the 30M-event stress preset fits in memory.
 */
import fs from 'node:fs';
import {
  DateDay,
  Float64,
  Int16,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import * as parquet from 'parquet-wasm/node';
import { DAY0 } from './presets.js';

/** @typedef {'int32' | 'int32?' | 'int16' | 'float64' | 'date' | 'utf8' | 'utf8?' | string[]} ColumnType */
/** An enum column is given as its list of values (stored as codes). */

const NULL_INT = -2147483648;
const EPOCH_DAY0 = Math.round(DAY0 / 86_400_000);

export class TableBuilder {
  /**
   * @param {string} name
   * @param {[string, ColumnType][]} schema
   */
  constructor(name, schema) {
    this.name = name;
    this.schema = schema;
    this.length = 0;
    this.capacity = 1024;
    /** @type {(Int32Array | Int16Array | Float64Array | Uint8Array | (string | null)[])[]} */
    this.data = schema.map(([, type]) => this.allocate(type, this.capacity));
  }

  /** @param {ColumnType} type @param {number} size */
  allocate(type, size) {
    if (Array.isArray(type)) return new Uint8Array(size);
    switch (type) {
      case 'int32':
      case 'int32?':
      case 'date':
        return new Int32Array(size);
      case 'int16':
        return new Int16Array(size);
      case 'float64':
        return new Float64Array(size);
      default:
        return [];
    }
  }

  grow() {
    this.capacity *= 2;
    this.data = this.data.map((column, i) => {
      if (Array.isArray(column)) return column;
      const bigger = this.allocate(/** @type {ColumnType} */ (this.schema[i]?.[1]), this.capacity);
      /** @type {any} */ (bigger).set(column);
      return bigger;
    });
  }

  /**
   * Append one row: numbers for numeric/date (a date is a day_idx), strings for text, a value of
   * the list for enums, null for nullable columns.
   * @param {...(number | string | null)} values
   */
  push(...values) {
    if (this.length === this.capacity) this.grow();
    const row = this.length++;
    for (let i = 0; i < values.length; i++) {
      const type = /** @type {ColumnType} */ (this.schema[i]?.[1]);
      const column = /** @type {any} */ (this.data[i]);
      const value = values[i];
      if (Array.isArray(type)) {
        const code = type.indexOf(/** @type {string} */ (value));
        if (code < 0)
          throw new Error(`${this.name}.${this.schema[i]?.[0]}: unknown value ${value}`);
        column[row] = code;
      } else if (type === 'int32?') column[row] = value === null ? NULL_INT : value;
      else if (type === 'date') column[row] = EPOCH_DAY0 + /** @type {number} */ (value);
      else if (type === 'utf8' || type === 'utf8?') column[row] = value;
      else column[row] = value;
    }
  }

  /** A numeric column's values (a view of the filled part). @param {string} name */
  numbers(name) {
    const index = this.schema.findIndex(([n]) => n === name);
    const column = this.data[index];
    if (!column || Array.isArray(column)) throw new Error(`${name} is not numeric`);
    return column.subarray(0, this.length);
  }

  /** @param {number} start @param {number} end */
  toArrow(start, end) {
    /** @type {Record<string, any>} */
    const vectors = {};
    this.schema.forEach(([name, type], i) => {
      const column = /** @type {any} */ (this.data[i]);
      if (Array.isArray(type)) {
        const codes = column.subarray(start, end);
        vectors[name] = vectorFromArray(
          Array.from(codes, (c) => type[c] ?? null),
          new Utf8(),
        );
      } else if (type === 'int32?') {
        const values = Array.from(column.subarray(start, end), (v) => (v === NULL_INT ? null : v));
        vectors[name] = vectorFromArray(values, new Int32());
      } else if (type === 'date') {
        vectors[name] = makeVector(
          makeData({ type: new DateDay(), length: end - start, data: column.slice(start, end) }),
        );
      } else if (type === 'utf8' || type === 'utf8?') {
        vectors[name] = vectorFromArray(column.slice(start, end), new Utf8());
      } else if (type === 'int32')
        vectors[name] = makeVector(
          makeData({ type: new Int32(), length: end - start, data: column.slice(start, end) }),
        );
      else if (type === 'int16')
        vectors[name] = makeVector(
          makeData({ type: new Int16(), length: end - start, data: column.slice(start, end) }),
        );
      else
        vectors[name] = makeVector(
          makeData({ type: new Float64(), length: end - start, data: column.slice(start, end) }),
        );
    });
    return new Table(vectors);
  }
}

/**
 * Write a table as ZSTD Parquet, streaming 1M-row chunks through parquet-wasm. The writer is
 * deterministic (fixed created_by), so the same rows give the same bytes.
 * @param {TableBuilder} table
 * @param {string} path
 * @param {number} [rowGroupSize]
 */
export async function writeParquet(table, path, rowGroupSize = 262_144) {
  const chunk = 1_048_576;
  let start = 0;
  const stream = new ReadableStream({
    pull(controller) {
      if (start >= table.length && start > 0) {
        controller.close();
        return;
      }
      const end = Math.min(table.length, start + chunk);
      const ipc = tableToIPC(table.toArrow(start, end), 'stream');
      for (const batch of parquet.Table.fromIPCStream(ipc).recordBatches())
        controller.enqueue(batch);
      start = end === 0 ? 1 : end;
      if (end >= table.length) controller.close();
    },
  });
  const props = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.ZSTD)
    .setCreatedBy('ecology-lab demo generator')
    .setMaxRowGroupSize(rowGroupSize)
    .build();
  const out = fs.createWriteStream(path);
  const parquetStream = await parquet.transformParquetStream(stream, props);
  for await (const part of parquetStream) out.write(Buffer.from(part));
  await new Promise((resolve, reject) =>
    out.end((/** @type {Error | undefined} */ error) =>
      error ? reject(error) : resolve(undefined),
    ),
  );
}
