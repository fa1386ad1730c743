export * from './dates';
export * from './publication-number';
export * from './company-names';
export * from './table';
