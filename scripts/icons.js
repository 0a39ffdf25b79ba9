// @ts-check
/**
 * Renders the lab's app icon (`public/icons/icon.svg`) to the PNG sizes an installed app needs, in
 * Chromium (no image library). Run once after changing the SVG: `node scripts/icons.js`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './ensure-chromium.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
// `maskable`: the platform may crop to a circle, so the drawing sits in the middle 80 % on orange.
for (const [name, size, inset] of /** @type {const} */ ([
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['maskable-512.png', 512, 0.1],
])) {
  await page.setViewportSize({ width: size, height: size });
  const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;background:${inset ? '#ff5000' : 'transparent'}">` +
      `<img src="${image}" style="display:block;margin:${size * inset}px;width:${size * (1 - 2 * inset)}px">`,
  );
  await page.screenshot({ path: path.join(dir, name), omitBackground: !inset });
}
await browser.close();
