/**
 * Leiden: Meridian's `domain/cluster` vs networkanalysis-ts (VOSviewer's engine), one random start
 * each, modularity with resolution 1, on a seeded planted-partition network.
 *
 *   npx tsx bench/leiden-compare.ts [nodeCount=100000] [linkCount=1000000] [seed=1]
 *
 * Prints a Markdown table. networkanalysis-ts runs its fixed 10 iterations; ours runs until stable
 * (at most 10) and, for a like-for-like row, exactly 10 iterations.
 */
import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { leiden } from '../src/domain/cluster/leiden';
import { modularity } from '../src/domain/cluster/quality';
import { createRng } from '../src/domain/cluster/random';
import { plantedPartition } from '../src/domain/cluster/test-graphs';
import { linkCount as countLinks } from '../src/domain/network/csr';

const nodeCount = Number(process.argv[2] ?? 100_000);
const linkCount = Number(process.argv[3] ?? 1_000_000);
const seed = Number(process.argv[4] ?? 1);

let t = performance.now();
const { network, communities } = plantedPartition(nodeCount, linkCount, { minSize: 50, maxSize: 450, mixing: 0.3, rng: createRng(seed) });
const buildSeconds = (performance.now() - t) / 1000;
console.log(`network: ${network.nodeCount} nodes, ${countLinks(network)} links, built in ${buildSeconds.toFixed(2)} s; planted Q = ${modularity(network, communities).toFixed(4)}`);

const rows: string[] = [];
const runOurs = (label: string, stopWhenStable: boolean): number => {
  t = performance.now();
  const r = leiden(network, { quality: 'modularity', resolution: 1, randomStarts: 1, maxIterations: 10, stopWhenStable, seed });
  const seconds = (performance.now() - t) / 1000;
  console.log(`${label}: ${seconds.toFixed(2)} s, Q = ${r.quality.toFixed(5)}, ${r.clusterCount} clusters, ${r.iterations} iterations`);
  rows.push(`${label}|${seconds.toFixed(2)}|${r.quality.toFixed(5)}|${r.clusterCount}`);
  return seconds;
};
const oursStable = runOurs('meridian (until stable, max 10)', true);
const oursTen = runOurs('meridian (10 iterations)', false);

t = performance.now();
const theirNetwork = new Network({
  nNodes: network.nodeCount,
  setNodeWeightsToTotalEdgeWeights: true,
  firstNeighborIndices: Array.from(network.offsets),
  neighbors: Array.from(network.neighbors),
  edgeWeights: Array.from(network.weights),
  checkIntegrity: false,
});
const theirBuild = (performance.now() - t) / 1000;
t = performance.now();
const algorithm = new LeidenAlgorithm();
algorithm.setResolution(1 / (2 * theirNetwork.getTotalEdgeWeight()));
algorithm.setNIterations(10);
algorithm.setRandomness(0.01);
const clustering = new Clustering({ nNodes: theirNetwork.getNNodes() });
algorithm.improveClustering(theirNetwork, clustering);
const theirs = (performance.now() - t) / 1000;
const theirQ = modularity(network, Int32Array.from(clustering.clusters));
console.log(`networkanalysis-ts (10 iterations): ${theirs.toFixed(2)} s (+${theirBuild.toFixed(2)} s network conversion), Q = ${theirQ.toFixed(5)}, ${clustering.nClusters} clusters`);
rows.push(`networkanalysis-ts (10 iterations)|${theirs.toFixed(2)}|${theirQ.toFixed(5)}|${clustering.nClusters}`);

console.log('\n| Nodes / links | Implementation | Time (s) | Q | Clusters |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(`| ${nodeCount} / ${countLinks(network)} | ${row.split('|').join(' | ')} |`);
console.log('\n| Nodes / links | Meridian (stable) s | Meridian (10 it.) s | networkanalysis-ts s | Speed-up (stable / 10 it.) |');
console.log('|---|---|---|---|---|');
console.log(
  `| ${nodeCount} / ${countLinks(network)} | ${oursStable.toFixed(2)} | ${oursTen.toFixed(2)} | ${theirs.toFixed(2)} | ${(theirs / oursStable).toFixed(2)}× / ${(theirs / oursTen).toFixed(2)}× |`,
);
