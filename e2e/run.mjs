/**
 * End-to-end test in Debian's Chromium (playwright-core, no browser download): the app opens on
 * the synthetic demo workspace; a new dataset gets two real exports through the file input; the
 * counts on screen equal what the CLI computes from the same files; a reload keeps everything;
 * every screen is screenshotted in English and Chinese into e2e/out/. Main-thread long tasks are
 * recorded with a PerformanceObserver during the import and reported (the budget is 200 ms).
 *
 * Needs `npm run build` first (npm test does it). Prints "N passed, N failed".
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'e2e', 'out');
const sampleDir = process.env.MERIDIAN_SAMPLE_DATA ?? resolve(root, '../shared/sample-data');
const FILES = ['wos-plaintext-umbrella-review-29rec.txt', 'scopus-csv-umbrella-review-29rec.csv'].map((f) => join(sampleDir, f));
const PORT = 4319;
const LONG_TASK_BUDGET_MS = 200;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};

function startServer() {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('e2e: dist/ is missing; run `npm run build` first');
  const server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error('e2e: vite preview did not start in 30 s')), 30_000);
    const onData = (chunk) => {
      if (String(chunk).includes(String(PORT))) {
        clearTimeout(timer);
        resolveStart(server);
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', (c) => process.stderr.write(c));
    server.on('exit', (code) => reject(new Error(`e2e: vite preview exited with ${code}`)));
  });
}

const number = async (page, testId) => Number((await page.getByTestId(testId).innerText()).replace(/[^\d]/g, '')) || 0;

async function shoot(page, name) {
  // Full-page shots of a scrolled page draw the fixed app bar mid-page: start from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

async function main() {
  if (!existsSync(executablePath)) throw new Error(`e2e: Chromium not found at ${executablePath} (apt-get install chromium)`);
  if (!FILES.every(existsSync)) {
    if (process.env.CI) throw new Error(`e2e: sample data missing in ${sampleDir}`);
    console.log(`e2e skipped: ${sampleDir} is absent (set MERIDIAN_SAMPLE_DATA).`);
    return;
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The independent expectation: the CLI on the same files.
  const cli = JSON.parse(execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/main.ts'), 'inspect', '--json', ...FILES], { encoding: 'utf8' }));

  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'meridian-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${PORT}/`);

    // 1. First start: the synthetic demo workspace.
    await page.getByTestId('synthetic-chip').waitFor({ timeout: 60_000 });
    await page.getByTestId('total-publications').waitFor({ timeout: 60_000 });
    const demoPublications = await number(page, 'total-publications');
    check('opens on the synthetic demo workspace', demoPublications > 500, `${demoPublications} publications, duplicates merged: ${await number(page, 'total-duplicates')}`);
    await shoot(page, 'en-import-demo');

    // 1b. A VOSviewer thesaurus on the demo's keyword map: merging keywords changes the live item count.
    await page.getByTestId('nav-maps').click();
    await page.getByTestId('maps-type').click();
    await page.getByRole('option', { name: 'Keyword co-occurrence' }).click();
    const thresholdLine = page.getByTestId('maps-threshold-line');
    const readCounts = async () => {
      await page.waitForFunction(() => /\d+ of [\d,]+ items/.test(document.querySelector('[data-testid="maps-threshold-line"]')?.textContent ?? ''), null, { timeout: 60_000 });
      const [count, total] = ((await thresholdLine.innerText()).match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
      return { count, total, text: (await thresholdLine.innerText()).trim() };
    };
    const plainCounts = await readCounts();
    const thesaurusDir = mkdtempSync(join(tmpdir(), 'meridian-thesaurus-'));
    const thesaurusFile = join(thesaurusDir, 'e2e-thesaurus.txt');
    // Both variants and their target are in at least 5 demo documents (the threshold): the count drops.
    writeFileSync(thesaurusFile, 'label\treplace by\nmetal-organic frameworks modelling\tmetal-organic frameworks\nmetal-organic frameworks assessment\tmetal-organic frameworks\n');
    await page.getByTestId('maps-thesaurus-input').setInputFiles(thesaurusFile);
    await page.getByTestId('maps-thesaurus-loaded').waitFor({ timeout: 30_000 });
    await page.waitForFunction((before) => {
      const text = document.querySelector('[data-testid="maps-threshold-line"]')?.textContent ?? '';
      return /\d+ of [\d,]+ items/.test(text) && text.trim() !== before;
    }, plainCounts.text, { timeout: 60_000 }).catch(() => undefined);
    const thesaurusCounts = await readCounts();
    const thesaurusSummary = await page.getByTestId('maps-thesaurus-summary').innerText();
    check('a thesaurus merging two keywords lowers the item count', thesaurusCounts.count < plainCounts.count && thesaurusCounts.total < plainCounts.total && /2 entries/.test(thesaurusSummary), `"${plainCounts.text}" -> "${thesaurusCounts.text}" (${thesaurusSummary})`);
    await shoot(page, 'en-maps-thesaurus');
    rmSync(thesaurusDir, { recursive: true, force: true });
    await page.getByTestId('nav-import').click();

    // 2. A new dataset with two real exports.
    await page.getByTestId('dataset-selector').click();
    await page.getByTestId('dataset-new').click();
    await page.getByTestId('dataset-name-input').fill('E2E umbrella review');
    await page.getByTestId('dataset-name-input').press('Enter');
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    const before = await page.evaluate(() => window.__longTasks.length);
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(FILES);
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    const importMs = Date.now() - t0;
    const longTasks = await page.evaluate((from) => window.__longTasks.slice(from), before);
    const worst = longTasks.reduce((m, t) => Math.max(m, t.duration), 0);
    check(`no main-thread long task over ${LONG_TASK_BUDGET_MS} ms while importing`, worst <= LONG_TASK_BUDGET_MS, `${longTasks.length} long tasks, longest ${worst.toFixed(0)} ms, import took ${importMs} ms`);
    const publications = await number(page, 'total-publications');
    const duplicates = await number(page, 'total-duplicates');
    check('publication count equals the CLI', publications === cli.dataset.publications, `UI ${publications}, CLI ${cli.dataset.publications}`);
    check('duplicates merged equals the CLI', duplicates === cli.dataset.duplicatesMerged, `UI ${duplicates}, CLI ${cli.dataset.duplicatesMerged}`);
    await page.getByTestId('top-cited').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    const topCited = await page.getByTestId('top-cited').locator('tbody tr').first().innerText();
    check('most cited works equal the CLI', topCited.includes(cli.topCitedReferences[0].label) && topCited.includes(String(cli.topCitedReferences[0].count)), `UI "${topCited.replace(/\s+/g, ' ').slice(0, 80)}", CLI "${cli.topCitedReferences[0].label}" x${cli.topCitedReferences[0].count}`);
    await shoot(page, 'en-import-result');
    await page.getByTestId('tab-files').click();
    await shoot(page, 'en-import-files');
    await page.getByTestId('tab-records').click();
    await page.getByTestId('record-row').first().waitFor();
    await shoot(page, 'en-records');
    await page.getByTestId('record-row').first().click();
    await page.getByTestId('record-drawer').waitFor();
    check('a record opens with its origin (file and line)', (await page.getByTestId('record-origin').count()) > 0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, 'en-record-drawer.png') });
    await page.keyboard.press('Escape');

    // 3. Reload: everything is still there.
    await page.reload();
    await page.getByTestId('total-publications').waitFor({ timeout: 60_000 });
    const afterReload = await number(page, 'total-publications');
    const selector = await page.getByTestId('dataset-selector').innerText();
    check('a reload keeps the dataset', afterReload === publications && selector.includes('E2E'), `${afterReload} publications in "${selector.trim()}"`);

    // 4. A science map of the two files: co-citation, as in the CLI.
    await page.getByTestId('nav-maps').click();
    const beforeMap = await page.evaluate(() => window.__longTasks.length);
    await page.getByTestId('maps-run').click();
    await page.getByTestId('maps-quality').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(500);
    const mapTasks = await page.evaluate((from) => window.__longTasks.slice(from), beforeMap);
    const worstMap = mapTasks.reduce((m, t) => Math.max(m, t.duration), 0);
    check(`no main-thread long task over ${LONG_TASK_BUDGET_MS} ms while a map is built and drawn`, worstMap <= LONG_TASK_BUDGET_MS, `${mapTasks.length} long tasks, longest ${worstMap.toFixed(0)} ms`);
    const quality = await page.getByTestId('maps-quality').innerText();
    const clusterRows = await page.getByTestId('maps-clusters').locator('tbody tr').count();
    check('a science map is built, clustered and drawn', /Q\s*-?\d/.test(quality) && clusterRows > 0, `${quality.replace(/\s+/g, ' ').slice(0, 90)}; ${clusterRows} clusters`);
    // A click on a drawn link (away from items) selects it and lists its documents.
    const chart = await page.getByTestId('maps-chart').boundingBox();
    let linkPicked = false;
    for (let i = 0; i < 80 && !linkPicked && chart; i++) {
      await page.mouse.click(chart.x + chart.width * (0.25 + (0.5 * ((i * 37) % 80)) / 80), chart.y + chart.height * (0.25 + (0.5 * ((i * 23) % 80)) / 80));
      await page.waitForTimeout(100);
      linkPicked = (await page.getByTestId('maps-link-selected').count()) > 0;
    }
    check('a link clicked on the map is selected', linkPicked);
    await page.getByTestId('cluster-rename').first().click();
    await page.getByTestId('cluster-label-input').fill('Community resilience (edited)');
    await page.getByTestId('cluster-label-input').press('Enter');
    const renamed = await page.getByTestId('maps-clusters').getByText('Community resilience (edited)').first().waitFor({ timeout: 10_000 }).then(() => true, () => false);
    check('a cluster label can be edited', renamed);
    await shoot(page, 'en-maps-result');
    // Every view of the map renders (a chart or a table) without page errors.
    const views = ['overlay', 'density', 'timeline', 'strategic', 'evolution', 'bursts', 'historiograph'];
    const rendered = [];
    for (const view of views) {
      await page.getByTestId(`maps-view-${view}`).click();
      const card = page.getByTestId(`maps-${view}`);
      const ok = await card.waitFor({ timeout: 30_000 }).then(() => true, () => false);
      await page.waitForTimeout(800);
      if (ok) rendered.push(view);
      await shoot(page, `en-maps-${view}`);
    }
    check('every map view renders', rendered.length === views.length, `rendered: ${rendered.join(', ')}`);
    await page.getByTestId('maps-view-network').click();
    // The documents behind a cluster, one click away.
    await page.getByTestId('maps-clusters').locator('tbody tr').first().click();
    const docs = await page.getByText(/Documents behind/i).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
    check('a cluster lists the documents behind it', docs);

    // 5. Every screen, in both languages.
    for (const lang of ['en', 'zh']) {
      await page.getByTestId(`lang-${lang}`).click();
      for (const screen of ['import', 'maps', 'benchmarking', 'patents', 'reports']) {
        await page.getByTestId(`nav-${screen}`).click();
        await shoot(page, `${lang}-screen-${screen}`);
      }
    }
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    check('the Chinese UI is applied', htmlLang.startsWith('zh'), `html lang=${htmlLang}`);
    await page.reload();
    await page.getByTestId('nav-import').waitFor();
    check('the language choice is remembered', (await page.evaluate(() => document.documentElement.lang)).startsWith('zh'));
    await page.getByTestId('lang-en').click();
    check('no uncaught page errors', errors.length === 0, errors.slice(0, 3).join(' | '));
  } finally {
    await context.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

main()
  .catch((error) => {
    failed++;
    console.error(`  ✗ ${error.message}`);
  })
  .finally(() => {
    console.log(`\ne2e: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  });
