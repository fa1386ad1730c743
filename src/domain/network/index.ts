export * from './csr';
export * from './units';
export * from './build';
export * from './normalize';
export { accumulatePairs, restrictIncidence, type Incidence } from './accumulate';
