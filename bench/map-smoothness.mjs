/**
 * Main-thread smoothness of the Maps screen (issue target: no main-thread task over 200 ms). Run
 * after `npm run build`:
 *
 *   node bench/map-smoothness.mjs           the demo workspace's co-citation map (hundreds of items,
 *                                           tens of thousands of links), then every view tab
 *   node bench/map-smoothness.mjs --large   a 5,000-item / ~50,000-link co-citation map: imports the
 *                                           seeded file of bench/large-map-input.ts through the UI,
 *                                           runs the map from the dialog (min 2 citations, top 5,000)
 *                                           and measures every interaction of the screen
 *
 * Options: --profile STEPS  write CPU profiles of the steps whose names start with one of these
 *                           (comma-separated, e.g. "type a search,zoom") to /tmp and print their
 *                           heaviest functions (build with --minify false for readable names)
 *          --only STEPS     run only the steps whose names start with one of these (and the map itself)
 *          --dist DIR       serve another build than dist/
 *          --screenshots DIR  save the map (as drawn first, with every link, with an item selected),
 *                           the overlay and the density view (large map only)
 *
 * Long tasks are recorded with a PerformanceObserver; per step the longest task and the total
 * blocking time (the sum of each task's time beyond 50 ms) are reported.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const isLarge = args.includes('--large');
const profileSteps = (valueOf('--profile') ?? '').split(',').filter(Boolean);
const onlySteps = (valueOf('--only') ?? '').split(',').filter(Boolean);
const traceSteps = (valueOf('--trace') ?? '').split(',').filter(Boolean);
const dist = valueOf('--dist');
const screenshots = valueOf('--screenshots');
const BUDGET_MS = 200;
const PORT = 4333;

const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', ...(dist ? ['--outDir', dist] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.on('data', (c) => String(c).includes(String(PORT)) && ok()));
const profile = mkdtempSync(join(tmpdir(), 'meridian-smooth-'));
const inputDir = mkdtempSync(join(tmpdir(), 'meridian-large-map-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1440, height: 900 }, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

const blocking = (tasks) => tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);

try {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = profileSteps.length || traceSteps.length ? await context.newCDPSession(page) : undefined;
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.getByTestId('total-publications').waitFor({ timeout: 120_000 });

  const taskCount = () => page.evaluate(() => window.__longTasks.length);
  const tasksSince = (from) => page.evaluate((f) => window.__longTasks.slice(f), from);
  /** Waits until no long task was recorded for `quiet` ms (at most `max` ms). */
  const settle = async (quiet = 1000, max = 20_000) => {
    const started = Date.now();
    let count = await taskCount();
    let lastChange = Date.now();
    while (Date.now() - lastChange < quiet && Date.now() - started < max) {
      await page.waitForTimeout(200);
      const now = await taskCount();
      if (now !== count) {
        count = now;
        lastChange = Date.now();
      }
    }
  };
  /** "N items, M links" of the map on screen (the chart's subtitle is drawn on the canvas: read the item table and the links slider). */
  const mapSize = async () => {
    const itemCount = /([\d,]+) items\./.exec(await page.getByText(/[\d,]+ items\. Click a row/).innerText())?.[1] ?? '?';
    const linkCount = / of ([\d,]+)/.exec(await page.getByTestId('maps-chart-card').getByText(/Links drawn/).innerText())?.[1] ?? '?';
    return `${itemCount} items, ${linkCount} links`;
  };
  const steps = [];
  /** Runs one interaction, waits for the page to settle and records its long tasks. */
  const step = async (name, action) => {
    if (onlySteps.length && !name.startsWith('run the map') && !onlySteps.some((p) => name.startsWith(p))) return;
    const from = await taskCount();
    const isProfiled = cdp && profileSteps.some((p) => name.startsWith(p));
    const isTraced = cdp && traceSteps.some((p) => name.startsWith(p));
    const traceEvents = [];
    if (isTraced) {
      cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    }
    if (isProfiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const t0 = Date.now();
    const detail = await action();
    const ms = Date.now() - t0;
    await settle();
    if (isTraced) {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      printTrace(traceEvents, name);
    }
    if (isProfiled) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      const file = join(tmpdir(), `meridian-${name.replace(/\W+/g, '-')}.cpuprofile`);
      writeFileSync(file, JSON.stringify(cpu));
      printProfile(cpu, file);
    }
    const tasks = await tasksSince(from);
    steps.push({ name, tasks, ms, detail });
    console.error(`  ${name}: ${tasks.length} long tasks, longest ${Math.max(0, ...tasks).toFixed(0)} ms, blocking ${blocking(tasks).toFixed(0)} ms${detail ? ` (${detail})` : ''}`);
  };

  if (!isLarge) {
    await page.getByTestId('nav-maps').click();
    const before = await taskCount();
    const t0 = Date.now();
    await page.getByTestId('maps-run').click();
    await page.getByTestId('maps-quality').waitFor({ timeout: 300_000 });
    const seconds = (Date.now() - t0) / 1000;
    await page.waitForTimeout(1500);
    const sizeText = await mapSize();
    const worstOf = async (from) => Math.max(0, ...(await tasksSince(from)));
    const perStep = [`map ${(await worstOf(before)).toFixed(0)} ms`];
    for (const view of ['overlay', 'density', 'timeline', 'strategic', 'evolution', 'bursts', 'historiograph', 'network']) {
      const tab = page.getByTestId(`maps-view-${view}`);
      if (!(await tab.count())) continue;
      const from = await taskCount();
      await tab.click();
      await page.waitForTimeout(1500);
      perStep.push(`${view} ${(await worstOf(from)).toFixed(0)} ms`);
    }
    console.log(`longest task per step: ${perStep.join(', ')}`);
    const tasks = await tasksSince(before);
    console.log(`| Maps screen, demo co-citation map (${sizeText}) then every view | map on screen in ${seconds.toFixed(1)} s; ${tasks.length} long tasks, longest ${Math.max(0, ...tasks).toFixed(0)} ms | main thread < 200 ms |`);
  } else {
    // 1. The seeded input, imported into a new dataset through the file input.
    const file = join(inputDir, 'savedrecs-large-map.txt');
    execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/large-map-input.ts'), file], { stdio: 'inherit' });
    await page.getByTestId('dataset-selector').click();
    await page.getByTestId('dataset-new').click();
    await page.getByTestId('dataset-name-input').fill('Large map');
    await page.getByTestId('dataset-name-input').press('Enter');
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('import-result').waitFor({ timeout: 300_000 });
    await page.getByTestId('top-cited').locator('tbody tr').first().waitFor({ timeout: 300_000 });

    // 2. The map dialog: co-citation of cited references (the default), min 2 citations, top 5,000.
    await page.getByTestId('nav-maps').click();
    await page.getByTestId('maps-min').fill('2');
    await page.getByLabel('Items to map').fill('5000');
    await page.waitForFunction(() => /\d+ of [\d,]+ items/.test(document.querySelector('[data-testid="maps-threshold-line"]')?.textContent ?? ''), null, { timeout: 120_000 });
    await page.getByTestId('maps-run').waitFor();
    let mapSeconds = 0;
    await step('run the map, first render', async () => {
      const t0 = Date.now();
      await page.getByTestId('maps-run').click();
      await page.getByTestId('maps-quality').waitFor({ timeout: 600_000 });
      await page.getByTestId('maps-chart').locator('canvas').first().waitFor();
      mapSeconds = (Date.now() - t0) / 1000;
      return `on screen after ${mapSeconds.toFixed(1)} s`;
    });
    const sizeText = await mapSize();
    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      await page.getByTestId('maps-chart-card').screenshot({ path: join(screenshots, 'large-map.png') });
    }
    // The map's box on screen, scrolled into view first (a click lower on the page scrolls it away).
    const chartBox = async () => {
      await page.getByTestId('maps-chart').scrollIntoViewIfNeeded();
      return page.getByTestId('maps-chart').boundingBox();
    };
    let chart = await chartBox();
    const wheel = async (times) => {
      chart = await chartBox();
      await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
      for (const delta of [-300, 300]) {
        for (let i = 0; i < times; i++) {
          await page.mouse.wheel(0, delta);
          await page.waitForTimeout(150);
        }
      }
    };

    await step('zoom in and out (mouse wheel)', () => wheel(5));
    await step('pan (drag)', async () => {
      chart = await chartBox();
      const cx = chart.x + chart.width / 2;
      const cy = chart.y + chart.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 1; i <= 20; i++) await page.mouse.move(cx + i * 10, cy + i * 5);
      for (let i = 19; i >= 0; i--) await page.mouse.move(cx + i * 10, cy + i * 5);
      await page.mouse.up();
    });
    await step('hover over nodes', async () => {
      for (let i = 0; i < 60; i++) {
        await page.mouse.move(chart.x + chart.width * (0.2 + 0.6 * (((i * 37) % 60) / 60)), chart.y + chart.height * (0.2 + 0.6 * (((i * 23) % 60) / 60)));
        await page.waitForTimeout(30);
      }
      await page.mouse.move(chart.x + 4, chart.y + 4);
    });
    await step('type a search', async () => {
      await page.getByTestId('maps-search').pressSequentially('smith 2009', { delay: 80 });
      await page.waitForTimeout(300);
      return (await page.getByTestId('maps-chart-card').getByText(/match/).first().innerText().catch(() => '')).trim();
    });
    await step('clear the search', async () => {
      await page.getByTestId('maps-search').fill('');
    });
    await step('links slider to its maximum', async () => {
      const slider = page.getByRole('slider', { name: /Links drawn/ });
      await slider.focus();
      await slider.press('End');
      await page.waitForTimeout(300);
      const layers = await page.getByTestId('maps-chart').locator('canvas').count();
      return `${(await page.getByTestId('maps-chart-card').getByText(/Links drawn/).innerText()).trim()}; ${layers} canvas layers`;
    });
    if (screenshots && (await page.getByTestId('maps-chart-card').isVisible())) await page.getByTestId('maps-chart-card').screenshot({ path: join(screenshots, 'large-map-all-links.png') });
    await step('zoom with every link drawn', () => wheel(3));
    for (const view of ['overlay', 'density', 'timeline', 'strategic', 'evolution', 'bursts', 'historiograph', 'network']) {
      const tab = page.getByTestId(`maps-view-${view}`);
      if (!(await tab.count())) continue;
      await step(`view: ${view}`, async () => {
        await tab.click();
        if (view !== 'network') await page.getByTestId(`maps-${view}`).waitFor({ timeout: 120_000 }).catch(() => undefined);
        await page.waitForTimeout(500);
      });
      if ((view === 'density' || view === 'overlay') && screenshots && (await page.getByTestId(`maps-${view}`).count())) await page.getByTestId(`maps-${view}`).screenshot({ path: join(screenshots, `large-${view}.png`) });
    }
    const sortKeys = await page.getByTestId('maps-items').locator('[data-testid^="maps-items-sort-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid').slice('maps-items-sort-'.length)));
    for (const key of sortKeys) {
      await step(`sort items by ${key}`, async () => {
        await page.getByTestId(`maps-items-sort-${key}`).click();
        await page.waitForTimeout(300);
      });
    }
    await step('open an item\'s details (table row)', async () => {
      await page.getByTestId('maps-items').locator('tbody tr').first().click();
      await page.getByTestId('maps-details').waitFor();
      await page.waitForTimeout(300);
    });
    await step('click a node on the map', async () => {
      // Items sit on a canvas: try points until one opens another item's details.
      chart = await chartBox();
      const before = await page.getByTestId('maps-details').innerText();
      for (let i = 0; i < 40; i++) {
        await page.mouse.click(chart.x + chart.width * (0.3 + 0.4 * (((i * 37) % 40) / 40)), chart.y + chart.height * (0.3 + 0.4 * (((i * 23) % 40) / 40)));
        await page.waitForTimeout(80);
        if ((await page.getByTestId('maps-details').innerText()) !== before) return `after ${i + 1} clicks`;
      }
      return 'no node hit';
    });
    await step('click a cluster', async () => {
      await page.getByTestId('maps-clusters').locator('tbody tr').nth(1).click();
      await page.waitForTimeout(300);
    });
    if (screenshots && (await page.getByTestId('maps-chart-card').isVisible())) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.getByTestId('maps-chart-card').screenshot({ path: join(screenshots, 'large-map-selected.png') });
    }

    const all = steps.flatMap((s) => s.tasks);
    console.log(`\nLarge co-citation map: ${sizeText}; map on screen ${mapSeconds.toFixed(1)} s after Run; ${errors.length} page errors\n`);
    console.log('| Step | Long tasks | Longest task | Total blocking time | Within 200 ms |\n|---|---|---|---|---|');
    for (const s of steps) {
      const worst = Math.max(0, ...s.tasks);
      console.log(`| ${s.name}${s.detail ? ` (${s.detail})` : ''} | ${s.tasks.length} | ${worst.toFixed(0)} ms | ${blocking(s.tasks).toFixed(0)} ms | ${worst <= BUDGET_MS ? 'yes' : '**no**'} |`);
    }
    console.log(`\n| Maps screen, large co-citation map (${sizeText}), every interaction | map on screen in ${mapSeconds.toFixed(1)} s; ${all.length} long tasks, longest ${Math.max(0, ...all).toFixed(0)} ms | main thread < 200 ms |`);
    if (errors.length) console.log(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  }
} finally {
  await context.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
  rmSync(inputDir, { recursive: true, force: true });
}

/** Writes a Chrome trace of a step to /tmp and prints its longest main-thread tasks and what they spent their time on. */
function printTrace(events, name) {
  const file = join(tmpdir(), `meridian-${name.replace(/\W+/g, '-')}.trace.json`);
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  const mainThread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000).sort((a, b) => b.dur - a.dur);
  console.error(`  trace written to ${file}: ${tasks.length} main-thread tasks over 50 ms`);
  for (const task of tasks.slice(0, 4)) {
    const totals = new Map();
    for (const e of onMain) if (e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
    const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
    console.error(`    task at ${(task.ts / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(0)} ms: ${top}`);
  }
}

/** Prints the functions with the most self time in a CDP CPU profile. */
function printProfile(cpu, file) {
  const self = new Map();
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const deltas = cpu.timeDeltas ?? [];
  for (let i = 0; i < cpu.samples.length; i++) {
    const node = byId.get(cpu.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.error(`  profile written to ${file}; self time:`);
  for (const [key, ms] of top) console.error(`    ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
