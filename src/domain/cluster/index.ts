export type { LeidenOptions, LeidenProgress, LeidenQuality, LeidenResult } from './leiden';
export { DEFAULT_LEIDEN_OPTIONS, leiden } from './leiden';
export { mergeSmallClusters, orderClustersBySize } from './post-process';
export type { Silhouette } from './quality';
export { countClusters, cpmQuality, disconnectedClusters, isEveryClusterConnected, modularity, silhouette } from './quality';
export type { Rng } from './random';
export { createRng } from './random';
