export * from './types';
export * from './build';
export { mergeDuplicates, mergePublications, titleKey, publicationNumberKey } from './merge';
export * from './summary';
