/**
 * In-browser import benchmark (issue #2 target: 50,000 WoS records, ~330 MB in files of 1,000,
 * imported in under 30 s with a peak JS heap under 2 GB, and no main-thread long task > 200 ms).
 * Writes the synthetic files to a temp folder, serves dist/ with vite preview, drops the files
 * into the import screen of Debian's Chromium and measures. Run after `npm run build`:
 *   node bench/browser-import.mjs [records=50000]
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const records = Number(process.argv[2] ?? 50000);
const files = Math.ceil(records / 1000);
const PORT = 4331;

const dir = mkdtempSync(join(tmpdir(), 'meridian-bench-'));
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/write-synthetic-wos.ts'), dir, String(files)], { stdio: 'inherit' });
const paths = readdirSync(dir).map((f) => join(dir, f)).sort();
const mb = paths.reduce((s, p) => s + statSync(p).size, 0) / 1e6;

const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.on('data', (c) => String(c).includes(String(PORT)) && ok()));
const profile = mkdtempSync(join(tmpdir(), 'meridian-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByTestId('total-publications').waitFor({ timeout: 120_000 });
  await page.getByTestId('dataset-selector').click();
  await page.getByTestId('dataset-new').click();
  await page.getByTestId('dataset-name-input').fill('Benchmark');
  await page.getByTestId('dataset-name-input').press('Enter');
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  // JS heaps, sampled every 250 ms through the DevTools protocol: the page's, and each worker's
  // (a worker answers between two JavaScript statements even while it parses, through V8's
  // interrupts). The resident memory of all Chromium processes is sampled too, for comparison.
  const cdp = await context.newCDPSession(page);
  const workers = new Map();
  cdp.on('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker' && workers.set(e.sessionId, e.targetInfo.url.split('/').pop()));
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  const pending = new Map();
  let nextId = 1;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const workerHeap = (sessionId) =>
    new Promise((done) => {
      const id = nextId++;
      pending.set(id, done);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => done(undefined));
    });
  const peakHeap = new Map();
  const peakBuffers = new Map();
  let peakTotalHeap = 0;
  let sampling = false;
  let peakRss = 0;
  const poll = setInterval(async () => {
    try {
      const rss = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' }).split('\n').reduce((sum, kb) => sum + (Number(kb) || 0), 0) * 1024;
      peakRss = Math.max(peakRss, rss);
    } catch {
      /* no chromium process listed at this instant */
    }
    if (sampling) return;
    sampling = true;
    try {
      // usedSize: the JS heap; backingStorageSize: the memory behind ArrayBuffers and typed arrays
      // (outside the JS heap: the files' bytes while they are read, the compact reference blocks'
      // spans), reported beside it and counted in the total.
      const heaps = [['page', await cdp.send('Runtime.getHeapUsage')]];
      for (const [sessionId, name] of workers) heaps.push([name, await workerHeap(sessionId)]);
      let total = 0;
      for (const [name, usage] of heaps) {
        if (!usage) continue;
        peakHeap.set(name, Math.max(peakHeap.get(name) ?? 0, usage.usedSize));
        peakBuffers.set(name, Math.max(peakBuffers.get(name) ?? 0, usage.backingStorageSize ?? 0));
        total += usage.usedSize + (usage.backingStorageSize ?? 0);
      }
      peakTotalHeap = Math.max(peakTotalHeap, total);
    } catch {
      /* the page is navigating or closing */
    } finally {
      sampling = false;
    }
  }, 250);
  const before = await page.evaluate(() => window.__longTasks.length);
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(paths);
  await page.getByTestId('import-result').waitFor({ timeout: 600_000 });
  const seconds = (Date.now() - t0) / 1000;
  await page.getByTestId('top-cited').locator('tbody tr').first().waitFor({ timeout: 600_000 });
  const matchedSeconds = (Date.now() - t0) / 1000;
  clearInterval(poll);

  const publications = await page.getByTestId('total-publications').innerText();
  const longTasks = await page.evaluate((from) => window.__longTasks.slice(from), before);
  console.log(`| In-browser import (Chromium, worker) | ${files} WoS files, ${mb.toFixed(0)} MB, ${publications.replace(/\D/g, '')} records | ${seconds.toFixed(1)} s to the import summary, ${matchedSeconds.toFixed(1)} s with the most cited works matched; peak JS heap (used, sampled every 250 ms) ${[...peakHeap].map(([name, used]) => `${name} ${(used / 2 ** 30).toFixed(2)} GiB`).join(', ')}; peak array-buffer memory ${[...peakBuffers].map(([name, used]) => `${name} ${(used / 2 ** 30).toFixed(2)} GiB`).join(', ')}; heap and buffers of all together at most ${(peakTotalHeap / 2 ** 30).toFixed(2)} GiB; all Chromium processes together peaked at ${(peakRss / 2 ** 30).toFixed(2)} GiB RSS; longest main-thread task ${Math.max(0, ...longTasks).toFixed(0)} ms | < 30 s, < 2 GB, < 200 ms |`);
} finally {
  await context.close();
  server.kill();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
