/**
 * Issue #3 benchmarks: network construction, layout and the whole map pipeline, on seeded
 * synthetic data. Leiden against networkanalysis-ts is in bench/leiden-compare.ts.
 */
import { createRng } from '../src/domain/cluster/random';
import { plantedPartition } from '../src/domain/cluster/test-graphs';
import { layoutNetwork } from '../src/domain/layout';
import { buildNetwork } from '../src/domain/network/build';
import { linkCount } from '../src/domain/network/csr';
import { normalizeNetwork } from '../src/domain/network/normalize';
import { topicalCorpus, zipfCorpus } from './synthetic-corpus';

const rows: string[] = [];
const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const seconds = (from: number): string => `${((performance.now() - from) / 1000).toFixed(2)} s`;

{
  const pubs = zipfCorpus(10_000, 40, 200_000, 1);
  const t0 = performance.now();
  const built = buildNetwork(pubs, { type: 'co-citation', unit: 'cited-references', workLabels: new Map(), minOccurrences: 5 });
  rows.push(`| Co-citation network, 10,000 records x 40 references, min 5 citations | ${built.network.nodeCount.toLocaleString('en')} items, ${linkCount(built.network).toLocaleString('en')} links | ${seconds(t0)} | < 1 s |`);
}
{
  const pubs = topicalCorpus(20_000, 200, 2);
  const before = process.memoryUsage();
  const t0 = performance.now();
  const built = buildNetwork(pubs, { type: 'coupling', unit: 'documents', workLabels: new Map(), minOccurrences: 0 });
  const after = process.memoryUsage();
  const grown = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  rows.push(`| Bibliographic coupling of 20,000 records (200 specialties) | ${built.network.nodeCount.toLocaleString('en')} documents, ${linkCount(built.network).toLocaleString('en')} links | ${seconds(t0)}; memory added ${gib(grown)}, process RSS ${gib(after.rss)} | < 10 s, < 1.5 GB |`);
}
{
  const { network } = plantedPartition(5000, 50_000, { minSize: 20, maxSize: 200, mixing: 0.3, rng: createRng(5) });
  const normalized = normalizeNetwork(network);
  const t0 = performance.now();
  const layout = layoutNetwork(normalized, { seed: 0 });
  rows.push(`| Layout of 5,000 items / ${linkCount(network).toLocaleString('en')} links (${layout.method}) | planted partition | ${seconds(t0)}; normalised stress ${layout.quality.stress.toFixed(3)} | < 10 s (VOSviewer's engine: minutes) |`);
}

console.log('\n| Benchmark | Input / output | Result | Target |\n|---|---|---|---|');
for (const row of rows) console.log(row);
