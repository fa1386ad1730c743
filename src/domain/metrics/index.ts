export { degree, totalLinkStrength, betweenness, pageRank, DEFAULT_BETWEENNESS_OPTIONS, DEFAULT_PAGERANK_OPTIONS, type BetweennessOptions, type PageRankOptions } from './centrality';
export { detectBursts, sigma, DEFAULT_BURST_OPTIONS, type Burst, type BurstOptions } from './burst';
