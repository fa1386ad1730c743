/**
 * Main-thread smoothness of the Maps screen on the demo workspace: runs the default co-citation
 * map (hundreds of items, tens of thousands of links), then every view tab, and reports the
 * longest main-thread task (budget 200 ms). Run after `npm run build`: node bench/map-smoothness.mjs
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4333;
const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.on('data', (c) => String(c).includes(String(PORT)) && ok()));
const profile = mkdtempSync(join(tmpdir(), 'meridian-smooth-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1440, height: 900 }, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByTestId('total-publications').waitFor({ timeout: 120_000 });
  await page.getByTestId('nav-maps').click();
  const before = await page.evaluate(() => window.__longTasks.length);
  const t0 = Date.now();
  await page.getByTestId('maps-run').click();
  await page.getByTestId('maps-quality').waitFor({ timeout: 300_000 });
  const seconds = (Date.now() - t0) / 1000;
  await page.waitForTimeout(1500);
  const subtitle = await page.getByTestId('maps-chart-card').innerText();
  const worstOf = async (from) => Math.max(0, ...(await page.evaluate((f) => window.__longTasks.slice(f), from)));
  const perStep = [`map ${(await worstOf(before)).toFixed(0)} ms`];
  for (const view of ['overlay', 'density', 'timeline', 'strategic', 'evolution', 'bursts', 'historiograph', 'network']) {
    const tab = page.getByTestId(`maps-view-${view}`);
    if (!(await tab.count())) continue;
    const from = await page.evaluate(() => window.__longTasks.length);
    await tab.click();
    await page.waitForTimeout(1500);
    perStep.push(`${view} ${(await worstOf(from)).toFixed(0)} ms`);
  }
  console.log(`longest task per step: ${perStep.join(', ')}`);
  const tasks = await page.evaluate((from) => window.__longTasks.slice(from), before);
  const size = /([\d,]+) items\s*·\s*([\d,]+) links/.exec(subtitle);
  console.log(`| Maps screen, demo co-citation map (${size ? `${size[1]} items, ${size[2]} links` : 'default'}) then every view | map on screen in ${seconds.toFixed(1)} s; ${tasks.length} long tasks, longest ${Math.max(0, ...tasks).toFixed(0)} ms | main thread < 200 ms |`);
} finally {
  await context.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
