export * from './burst-table';
