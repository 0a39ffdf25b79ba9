import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const srv = spawn('node', ['scripts/serve.js', '--port', '5199']);
await new Promise(r => setTimeout(r, 1000));
const prof = '/tmp/prof-y-' + Date.now();
const ctx = await chromium.launchPersistentContext(prof, { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (let i = 0; i < 3; i++) {
  const page = ctx.pages()[0];
  if (i === 0) await page.goto('http://127.0.0.1:5199/'); else await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('lab:demo-ready').length > 0 && !document.querySelector('.refreshing'), null, { timeout: 120000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const marks = performance.getEntriesByType('mark').filter(m => !m.name.startsWith('lab:dataset')).map(m => `${m.name}@${m.startTime.toFixed(0)}`);
    const res = performance.getEntriesByType('resource').filter(r => r.name.endsWith('.js')).map(r => `${r.name.split('/').pop()} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)} ${r.transferSize}`);
    return { dcl: nav.domContentLoadedEventEnd.toFixed(0), load: nav.loadEventEnd.toFixed(0), marks, res };
  });
  console.log(i, JSON.stringify(t, null, 1));
}
await ctx.close();
srv.kill();
