/**
 * The parse-throughput rows of `npm run bench` measured in Chromium instead of Node: the same
 * inputs (bench/parse-inputs.ts), imported from their bytes by the same domain code (bundled for
 * the browser with Vite's library build) in a module worker, as the app's workspace worker does.
 * Five fresh workers per input, each importing once to warm up and then three times, as
 * bench/parse-throughput.ts does in Node. Prints one Markdown row per input.
 *   node bench/browser-parse.mjs
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'meridian-parse-'));
const INPUTS = [
  ['wos', 'WoS plain text parse (Chromium worker)', 'wos-plaintext', 7500, '>= 40 MB/s (in Node)'],
  ['scopus', 'Scopus CSV parse (Chromium worker)', 'scopus-csv', 4140, '>= 25 MB/s (in Node)'],
];

execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/write-parse-inputs.ts'), dir], { stdio: 'inherit' });
await build({
  configFile: false,
  logLevel: 'warn',
  build: { outDir: dir, emptyOutDir: false, minify: true, lib: { entry: join(root, 'src/domain/import/index.ts'), formats: ['es'], fileName: () => 'import.js' } },
});
writeFileSync(
  join(dir, 'worker.js'),
  `import { importFile } from './import.js';
onmessage = async ({ data: { which, format, records } }) => {
  const bytes = new Uint8Array(await (await fetch(which + '.bin')).arrayBuffer());
  const rates = [];
  for (let k = 0; k < 4; k++) {
    const t0 = performance.now();
    const result = importFile(bytes, 'bench');
    const ms = performance.now() - t0;
    if (!result.ok || result.result.format !== format || result.result.stats.records !== records) throw new Error('bench: the ' + which + ' input did not parse as ' + records + ' ' + format + ' records');
    rates.push(bytes.length / 1e6 / (ms / 1000));
  }
  postMessage({ mb: bytes.length / 1e6, cold: rates[0], rates: rates.slice(1) });
};`,
);
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>parse bench</title>');

const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const file = join(dir, new URL(req.url, 'http://x').pathname.replace(/^\/+/, '') || 'index.html');
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  console.log(`Chromium ${browser.version()}\n\n| Benchmark | Input | Result | Target |\n|---|---|---|---|`);
  for (const [which, name, format, records, target] of INPUTS) {
    const rates = [];
    const colds = [];
    let mb = 0;
    for (let i = 0; i < 5; i++) {
      const out = await page.evaluate(
        (job) =>
          new Promise((done, fail) => {
            const worker = new Worker('worker.js', { type: 'module' });
            worker.onmessage = (e) => (worker.terminate(), done(e.data));
            worker.onerror = (e) => (worker.terminate(), fail(new Error(e.message)));
            worker.postMessage(job);
          }),
        { which, format, records },
      );
      mb = out.mb;
      colds.push(out.cold);
      rates.push(...out.rates);
    }
    const mid = median(rates);
    console.log(`| ${name} | ${mb.toFixed(1)} MB, ${records.toLocaleString('en')} records (as in Node) | ${mid.toFixed(1)} MB/s (${((mb / mid) * 1000).toFixed(0)} ms); median of 15 imports in 5 fresh workers after one warm-up import each, range ${Math.min(...rates).toFixed(1)}-${Math.max(...rates).toFixed(1)}; first import of a fresh worker: median ${median(colds).toFixed(1)} MB/s | ${target} |`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
