export * from './match';
export * from './journal-key';
export * from './list';
