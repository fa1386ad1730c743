export { layoutNetwork, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type NetworkLayout, type ComponentLayout, type LayoutMethod } from './layout-network';
export { vosLayout, vosQuality, DEFAULT_VOS_OPTIONS, type VosLayoutOptions, type VosLayoutResult, type LayoutProgress } from './vos';
export { forceLayout, DEFAULT_FORCE_OPTIONS, type ForceLayoutOptions, type ForceLayoutResult } from './force';
export { normalisedStress, DEFAULT_STRESS_OPTIONS, type StressOptions } from './stress';
export { connectedComponents, inducedSubnetwork, type Components } from './components';
export { createRng, randomPermutation, DEFAULT_SEED, type Rng } from './random';
