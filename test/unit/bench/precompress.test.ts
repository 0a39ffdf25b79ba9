import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { precompress } from '../../../scripts/precompress.js';

describe('precompressed assets', () => {
  it('writes .br and .gz that decompress to the original, and skips tiny or incompressible files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const text = 'SELECT brand_id, sum(pay_amount) FROM orders GROUP BY 1;\n'.repeat(500);
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app.js'), text);
    fs.writeFileSync(path.join(dir, 'tiny.css'), 'a{}');
    fs.writeFileSync(
      path.join(dir, 'noise.wasm'),
      Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 251)),
    );
    fs.writeFileSync(path.join(dir, 'data.parquet'), text);
    precompress(dir);
    expect(
      zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'assets', 'app.js.br'))).toString(),
    ).toBe(text);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'assets', 'app.js.gz'))).toString()).toBe(
      text,
    );
    expect(fs.existsSync(path.join(dir, 'tiny.css.br'))).toBe(false); // under 1 KB
    expect(fs.existsSync(path.join(dir, 'data.parquet.br'))).toBe(false); // not a compressible type
  });
});
