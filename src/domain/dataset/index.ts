export * from './types';
export * from './build';
export { mergeDuplicates } from './merge';
