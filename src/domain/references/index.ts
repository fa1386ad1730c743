export * from './match';
export * from './journal-key';
